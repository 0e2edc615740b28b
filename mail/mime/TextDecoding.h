// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ecoute::mail {

/// Bytes in a declared charset into text, best effort: an unknown or missing charset is read as
/// UTF-8 when the bytes are valid UTF-8, else as windows-1252; invalid sequences become U+FFFD.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);

/// Body text made safe to show: CRLF and lone CR become LF, control characters other than LF and
/// tab are removed.
QString cleanBodyText(QString text);

/// A header value made one clean line: line breaks and control characters become spaces, runs
/// of spaces collapse, ends trimmed.
QString cleanHeaderText(const QString &text);

/// Cuts text at most `maxChars` long without splitting a surrogate pair; true if it cut.
bool capText(QString &text, qint64 maxChars);

} // namespace ecoute::mail
