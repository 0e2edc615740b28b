// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace ecoute::server {

class Clock;
class SessionTokens;

/// What every push to a staff connection and every frame from one is checked
/// against, read from memory instead of SQL: each account's snapshot (role,
/// centre, disabled) and each session token's validity, loaded once and kept
/// until something changes them. In-process changes (logout, a revoked
/// resume) forget their entry at once; the admin CLI, another process, tells
/// the running server through its control socket (ControlSocket), which
/// forgets everything before the CLI returns. An entry older than
/// kMaxAgeMs is read again anyway: a backstop for a change nobody announced.
class StaffAuthorizations
{
public:
    static constexpr qint64 kMaxAgeMs = qint64 {60} * 1000;
    static constexpr qsizetype kMaxTokenEntries = 10000;

    enum class Verdict { Valid, SessionExpired, AccountDisabled };
    struct Check
    {
        Verdict verdict = Verdict::SessionExpired;
        std::optional<Account> account; ///< the snapshot when Valid
    };

    StaffAuthorizations(AccountStore &accounts, SessionTokens &tokens, const Clock &clock);

    /// The session token is known, not expired, belongs to userId, and that
    /// account exists and is enabled.
    Check check(const QString &token, qint64 userId);
    /// The account as last read (nullopt if there is none).
    std::optional<Account> account(qint64 userId);

    /// The token was revoked here (logout, a refused resume).
    void forgetToken(const QString &token);
    /// Accounts or sessions were changed elsewhere: everything is read again.
    void forgetAll();

private:
    struct TokenEntry
    {
        qint64 userId = 0; ///< 0: unknown or revoked
        QDateTime expiresAt;
        qint64 loadedMs = 0;
    };
    struct AccountEntry
    {
        std::optional<Account> account;
        qint64 loadedMs = 0;
    };

    bool isFresh(qint64 loadedMs) const;

    AccountStore &m_accounts;
    SessionTokens &m_tokens;
    const Clock &m_clock;
    QHash<QString, TokenEntry> m_tokenEntries; ///< by token hash
    QHash<qint64, AccountEntry> m_accountEntries;
};

} // namespace ecoute::server
