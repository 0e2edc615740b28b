// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/AttachmentName.h"

namespace ecoute::mail {

namespace {

constexpr qsizetype kMaxChars = 100;
constexpr qsizetype kMaxExtension = 10;

bool isHidden(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse;
}

QString leftWhole(const QString &text, qsizetype chars)
{
    if (chars > 0 && chars < text.size() && text.at(chars - 1).isHighSurrogate())
        --chars;
    return text.left(chars);
}

} // namespace

QString sanitiseAttachmentName(const QString &name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSurrogate()) {
            // Keep a well-formed pair, drop a lone half.
            if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
                cleaned.append(c);
                cleaned.append(name.at(++i));
            }
            continue;
        }
        if (!isHidden(c))
            cleaned.append(c);
    }
    // "C:\x\evil.exe", "../../etc/passwd": only the last component; a drive letter is no name.
    cleaned.replace(u'\\', u'/');
    cleaned = cleaned.mid(cleaned.lastIndexOf(u'/') + 1);
    cleaned.replace(u':', u'_');
    cleaned = cleaned.simplified();
    while (cleaned.startsWith(u'.') || cleaned.startsWith(u' '))
        cleaned.remove(0, 1);
    if (cleaned.size() > kMaxChars) {
        const qsizetype dot = cleaned.lastIndexOf(u'.');
        const qsizetype extension = dot > 0 ? cleaned.size() - dot : 0;
        if (extension > 1 && extension <= kMaxExtension)
            cleaned = leftWhole(cleaned, kMaxChars - extension).trimmed() + cleaned.mid(dot);
        else
            cleaned = leftWhole(cleaned, kMaxChars).trimmed();
    }
    return cleaned.isEmpty() ? QStringLiteral("attachment") : cleaned;
}

} // namespace ecoute::mail
