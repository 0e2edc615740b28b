// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/identity/CallerIdentity.h"

#include <QUrl>
#include <QtGlobal>

#include <sodium.h>

#include <utility>

// Nothing in this file logs: every input may carry a caller's number.

namespace ecoute::voice {

namespace {

constexpr qsizetype kHashBytes = 16;
constexpr qsizetype kMinDigits = 6;
constexpr qsizetype kMaxDigits = 15; // E.164

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // idempotent and thread-safe
    return ready;
}

/// A name-addr or addr-spec header value, split: `"Jean" <sip:…>;tag=1` → display "Jean", uri "sip:…".
struct NameAddr
{
    QString display;
    QString uri;
};

NameAddr splitNameAddr(const QString &value)
{
    NameAddr result;
    QString rest = value.trimmed();
    if (rest.startsWith(u'"')) {
        // A quoted display name may hold '<', ',' or an escaped quote.
        qsizetype i = 1;
        QString display;
        for (; i < rest.size() && rest.at(i) != u'"'; ++i) {
            if (rest.at(i) == u'\\' && i + 1 < rest.size())
                ++i;
            display.append(rest.at(i));
        }
        result.display = display;
        rest = rest.mid(i + 1);
    }
    const qsizetype open = rest.indexOf(u'<');
    if (open >= 0) {
        if (result.display.isEmpty())
            result.display = rest.left(open).trimmed();
        const qsizetype close = rest.indexOf(u'>', open + 1);
        result.uri = rest.mid(open + 1, close < 0 ? -1 : close - open - 1).trimmed();
        return result;
    }
    // Without angle brackets, ';' starts header parameters and ',' the next value.
    qsizetype end = rest.size();
    for (const QChar stop : {u';', u','}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    result.uri = rest.left(end).trimmed();
    return result;
}

/// The scheme-less part of a sip:, sips: or tel: URI; empty for any other scheme.
QString uriBody(const QString &uri)
{
    for (const QLatin1String scheme :
         {QLatin1String("sips:"), QLatin1String("sip:"), QLatin1String("tel:")}) {
        if (uri.startsWith(scheme, Qt::CaseInsensitive))
            return uri.mid(scheme.size());
    }
    return {};
}

struct UserHost
{
    QString user;
    QString host;
};

UserHost userAndHost(const QString &uri)
{
    const QString body = uriBody(uri);
    const qsizetype at = body.indexOf(u'@');
    UserHost result;
    if (at < 0 && uri.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        result.user = body;
    } else if (at >= 0) {
        result.user = body.left(at);
        result.host = body.mid(at + 1);
    }
    // User parameters (";isub=…", ";phone-context=…") and host parameters or port.
    result.user = result.user.section(u';', 0, 0);
    result.host = result.host.section(u';', 0, 0).section(u':', 0, 0).section(u'?', 0, 0);
    result.user = QUrl::fromPercentEncoding(result.user.toUtf8()).trimmed();
    return result;
}

bool isAnonymousWord(const QString &word)
{
    for (const QLatin1String anonymous :
         {QLatin1String("anonymous"), QLatin1String("restricted"), QLatin1String("unavailable"),
          QLatin1String("unknown"), QLatin1String("private"), QLatin1String("withheld")}) {
        if (word.compare(anonymous, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// RFC 3323 anonymous identities and what trunks send for a withheld number.
bool isAnonymous(const QString &headerValue)
{
    const NameAddr nameAddr = splitNameAddr(headerValue);
    if (nameAddr.display.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0)
        return true;
    const UserHost userHost = userAndHost(nameAddr.uri);
    return userHost.host.compare(QLatin1String("anonymous.invalid"), Qt::CaseInsensitive) == 0
        || isAnonymousWord(userHost.user);
}

/// RFC 3323/3325: "id" asks the network to withhold the asserted identity; "user" and "header"
/// ask it to hide who calls. Any of them means the caller did not want to be known.
bool privacyWithholds(const QString &privacy)
{
    static const QList<QLatin1String> withholding {QLatin1String("id"), QLatin1String("user"),
                                                   QLatin1String("header")};
    QString normalised = privacy;
    normalised.replace(u',', u';');
    for (const QStringView token : QStringView(normalised).split(u';')) {
        for (const QLatin1String word : withholding) {
            if (token.trimmed().compare(word, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool isVisualSeparator(QChar c)
{
    return c == u'-' || c == u'.' || c == u' ' || c == u'(' || c == u')';
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

} // namespace

CallerIdentity::CallerIdentity(QByteArray key, QString defaultCountryCode)
    : m_key(std::move(key)), m_countryCode(std::move(defaultCountryCode))
{
    m_key.detach(); // our own bytes, so that the destructor wipes the only copy it owns
}

CallerIdentity::~CallerIdentity()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

CallerIdentity::Result CallerIdentity::identify(const CallerSignals &callerSignals) const
{
    const Result withheld;
    // Any sign the caller asked not to be known wins over what the trunk asserts.
    if (privacyWithholds(callerSignals.privacy) || isAnonymous(callerSignals.from)
        || (!callerSignals.assertedIdentity.trimmed().isEmpty()
            && isAnonymous(callerSignals.assertedIdentity)))
        return withheld;
    QString number = normalizedNumber(callerSignals.assertedIdentity, m_countryCode);
    if (number.isEmpty())
        number = normalizedNumber(callerSignals.from, m_countryCode);
    if (number.isEmpty())
        return withheld;
    // Fail closed: without a sound key there is no hash, so no recognition either.
    if (m_key.size() != qsizetype(crypto_generichash_KEYBYTES) || !sodiumReady())
        return withheld;

    QByteArray utf8 = number.toUtf8();
    unsigned char out[kHashBytes];
    const int rc = crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char *>(utf8.constData()),
        static_cast<unsigned long long>(utf8.size()),
        reinterpret_cast<const unsigned char *>(m_key.constData()), static_cast<size_t>(m_key.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return withheld;
    Result result;
    result.withheld = false;
    // A leading letter: never mistaken for a number, wherever the hash ends up.
    result.hash =
        u'c' + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
    sodium_memzero(out, sizeof out);
    return result;
}

QString CallerIdentity::normalizedNumber(const QString &headerValue, const QString &defaultCountryCode)
{
    if (headerValue.trimmed().isEmpty() || isAnonymous(headerValue))
        return {};
    QString user = userAndHost(splitNameAddr(headerValue).uri).user;
    user.removeIf(isVisualSeparator);

    QString international;
    if (user.startsWith(u'+')) {
        international = user.mid(1);
    } else if (user.startsWith(QLatin1String("00"))) {
        international = user.mid(2);
    } else if (user.startsWith(u'0')) {
        if (defaultCountryCode.size() > 3 || !allDigits(defaultCountryCode))
            return {}; // a national number we cannot complete
        international = defaultCountryCode + user.mid(1);
    } else if (allDigits(defaultCountryCode) && user.startsWith(defaultCountryCode)
               && user.size() - defaultCountryCode.size() >= 8) {
        international = user; // international without the '+', as many trunks send it
    } else if (defaultCountryCode.size() <= 3 && allDigits(defaultCountryCode)) {
        international = defaultCountryCode + user; // national, in a plan without a trunk prefix
    } else {
        return {};
    }
    if (!allDigits(international) || international.size() < kMinDigits || international.size() > kMaxDigits)
        return {};
    return u'+' + international;
}

} // namespace ecoute::voice
