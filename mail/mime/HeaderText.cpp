// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/HeaderText.h"

#include "mail/mime/TextDecoding.h"

#include <QRegularExpression>

namespace ecoute::mail {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeQ(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0
                   && hexValue(text.at(i + 2)) >= 0) {
            out.append(char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray decodeB(const QByteArray &text)
{
    // Lenient: senders drop padding; stray characters are skipped by QByteArray's decoder.
    QByteArray padded = text;
    while (padded.size() % 4 != 0)
        padded.append('=');
    return QByteArray::fromBase64(padded);
}

QByteArray unfold(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r' || c == '\n')
            continue; // folding: the white space after the line break stays
        out.append(c);
    }
    return out;
}

} // namespace

QString decodeHeaderText(const QByteArray &raw)
{
    static const QRegularExpression word(
        QStringLiteral(R"(=\?([^?\s*]+)(?:\*[^?\s]*)?\?([QqBb])\?([^?\s]*)\?=)"));
    // Latin-1 maps every byte to one QChar, so offsets and bytes survive the regular expression.
    const QByteArray value = unfold(raw);
    const QString latin = QString::fromLatin1(value);

    QString out;
    QByteArray pendingBytes;
    QByteArray pendingCharset;
    auto flushWords = [&] {
        if (!pendingBytes.isEmpty())
            out += decodeCharset(pendingBytes, pendingCharset);
        pendingBytes.clear();
        pendingCharset.clear();
    };

    qsizetype position = 0;
    bool previousWasEncoded = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const auto match = it.next();
        const QByteArray gap = value.mid(position, match.capturedStart() - position);
        // White space between two encoded words is not part of the text (RFC 2047 §6.2).
        if (!(previousWasEncoded && gap.trimmed().isEmpty())) {
            flushWords();
            out += decodeCharset(gap, QByteArray());
        }
        const QByteArray charset = match.captured(1).toLatin1().toLower();
        const QByteArray text = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).compare(QLatin1String("q"), Qt::CaseInsensitive) == 0
            ? decodeQ(text)
            : decodeB(text);
        if (charset != pendingCharset)
            flushWords();
        pendingCharset = charset;
        pendingBytes += bytes;
        previousWasEncoded = true;
        position = match.capturedEnd();
    }
    flushWords();
    out += decodeCharset(value.mid(position), QByteArray());
    return out;
}

} // namespace ecoute::mail
