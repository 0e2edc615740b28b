// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::mail {

/// HTML mail into plain text, with libxml2's forgiving HTML parser and no network: scripts,
/// styles, the head, frames and objects are dropped, images leave nothing (no URL), links keep
/// their text, block elements become line breaks and white space is collapsed.
QString htmlToText(const QString &html);

} // namespace ecoute::mail
