// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/TextDecoding.h"

#include <QStringDecoder>

namespace ecoute::mail {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return !utf8.hasError();
}

bool isUtf8Name(const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    return name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii";
}

} // namespace

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    if (bytes.isEmpty())
        return {};
    if (isUtf8Name(charset))
        return QString::fromUtf8(bytes); // invalid sequences become U+FFFD
    if (!charset.trimmed().isEmpty()) {
        QStringDecoder declared(charset.trimmed().constData());
        if (declared.isValid())
            return declared(bytes);
    }
    // Unknown or missing: most such mail is UTF-8 or a Western Windows code page.
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QStringDecoder western("windows-1252");
    if (western.isValid())
        return western(bytes);
    return QString::fromLatin1(bytes);
}

QString cleanBodyText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    QString out;
    out.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control)
            out.append(c);
    }
    return out;
}

QString cleanHeaderText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    return out.simplified();
}

bool capText(QString &text, qint64 maxChars)
{
    if (maxChars < 0 || text.size() <= maxChars)
        return false;
    qsizetype cut = qsizetype(maxChars);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    text.truncate(cut);
    return true;
}

} // namespace ecoute::mail
