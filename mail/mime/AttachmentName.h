// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::mail {

/// An attachment's name fit to show and to store under: the last path component only (either
/// slash), no control or formatting characters (bidi overrides), no leading dots, at most 100
/// characters with the extension kept; "attachment" when nothing is left.
QString sanitiseAttachmentName(const QString &name);

} // namespace ecoute::mail
