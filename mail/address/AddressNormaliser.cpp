// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/address/AddressNormaliser.h"

#include <QUrl>

namespace ecoute::mail {

namespace {

// RFC 5322 specials and white space: a local part with any of these would need quoting, and a
// quoted local part is rare enough in help-seekers' mail to be refused rather than interpreted.
bool isAllowedLocalChar(QChar c)
{
    if (c.unicode() < 0x21 || c.unicode() == 0x7f || c.category() == QChar::Other_Control || c.isSpace())
        return false;
    static const QString specials = QStringLiteral("()<>[]:;@\\,\"");
    return !specials.contains(c);
}

bool isValidAceDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label)
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
    }
    return true;
}

} // namespace

QString normaliseAddress(QStringView address)
{
    QStringView spec = address.trimmed();
    // "Name <local@domain>": the address is what the last angle brackets hold.
    const qsizetype close = spec.lastIndexOf(u'>');
    if (close >= 0) {
        const qsizetype open = spec.lastIndexOf(u'<', close);
        if (open < 0 || !spec.mid(close + 1).trimmed().isEmpty())
            return {};
        spec = spec.mid(open + 1, close - open - 1).trimmed();
    }
    const qsizetype at = spec.lastIndexOf(u'@');
    if (at <= 0 || at == spec.size() - 1)
        return {};
    const QString local = spec.left(at).toString().toLower();
    QString domain = spec.mid(at + 1).toString().toLower();
    if (local.size() > 64)
        return {};
    for (const QChar c : local)
        if (!isAllowedLocalChar(c))
            return {};
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String("..")))
        return {};
    if (domain.endsWith(u'.'))
        domain.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    if (!isValidAceDomain(ace))
        return {};
    return local + u'@' + ace;
}

} // namespace ecoute::mail
