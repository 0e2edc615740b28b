// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ecoute::mail {

/// A raw unstructured header value (Subject) into text: unfolded, RFC 2047 encoded words decoded
/// (adjacent words of one charset together, so a character split across them survives), the
/// charset of each word or of undeclared 8-bit bytes guessed as decodeCharset does. Never fails:
/// an unknown charset or broken encoding gives its best reading, with U+FFFD for what is lost.
QString decodeHeaderText(const QByteArray &raw);

} // namespace ecoute::mail
