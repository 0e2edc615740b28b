// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ecoute::voice {

/// What a SIP trunk says about who calls, as the bridge reads it off the INVITE. Never leaves
/// the bridge: CallerIdentity turns it into a keyed hash or "withheld".
struct CallerSignals
{
    QString from; ///< the From header's value, e.g. `"Jean" <sip:+352621123456@trunk.example>;tag=1`
    QString assertedIdentity; ///< P-Asserted-Identity, if any
    QString privacy; ///< the Privacy header, e.g. "id" or "none"
};

/// Recognising a repeat caller without knowing who they are: the caller's number, normalised,
/// becomes a keyed BLAKE2b hash (libsodium crypto_generichash, key from IdentityKey); a withheld
/// number (Privacy: id, an anonymous URI, no number at all) gets no hash at all, even when the
/// trunk sends an asserted identity.
class CallerIdentity
{
public:
    struct Result
    {
        bool withheld = true;
        QString hash; ///< empty when withheld; otherwise stable for the same number and key
        bool operator==(const Result &other) const = default;
    };

    /// `key` is crypto_generichash_KEYBYTES (32) bytes; `defaultCountryCode` ("352") completes
    /// national numbers ("0621…" → "+352621…").
    CallerIdentity(QByteArray key, QString defaultCountryCode);
    ~CallerIdentity();
    CallerIdentity(const CallerIdentity &) = delete;
    CallerIdentity &operator=(const CallerIdentity &) = delete;

    Result identify(const CallerSignals &callerSignals) const;

    /// The number in E.164 form ("+352621123456") from a SIP/tel URI or header value; empty if
    /// there is no usable number (anonymous, letters, too short or too long).
    static QString normalizedNumber(const QString &headerValue, const QString &defaultCountryCode);

private:
    QByteArray m_key; ///< wiped on destruction
    QString m_countryCode;
};

} // namespace ecoute::voice
