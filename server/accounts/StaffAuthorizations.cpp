// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/StaffAuthorizations.h"

#include "server/accounts/SessionTokens.h"
#include "server/core/Clock.h"

namespace ecoute::server {

StaffAuthorizations::StaffAuthorizations(AccountStore &accounts, SessionTokens &tokens, const Clock &clock)
    : m_accounts(accounts), m_tokens(tokens), m_clock(clock)
{
}

bool StaffAuthorizations::isFresh(qint64 loadedMs) const
{
    return m_clock.monotonicMs() - loadedMs < kMaxAgeMs;
}

StaffAuthorizations::Check StaffAuthorizations::check(const QString &token, qint64 userId)
{
    const QString key = SessionTokens::hashToken(token);
    auto it = m_tokenEntries.find(key);
    if (it == m_tokenEntries.end() || !isFresh(it->loadedMs)) {
        TokenEntry entry;
        entry.loadedMs = m_clock.monotonicMs();
        if (const auto session = m_tokens.lookup(token)) {
            entry.userId = session->userId;
            entry.expiresAt = session->expiresAt;
        }
        if (m_tokenEntries.size() >= kMaxTokenEntries)
            m_tokenEntries.clear(); // read again as needed; keeps revoked tokens from piling up
        it = m_tokenEntries.insert(key, entry);
    }
    Check result;
    if (userId == 0)
        return result;
    auto snapshot = account(userId);
    if (snapshot && snapshot->disabled) {
        // Said even when the token went with it (disabling revokes sessions): the workstation tells why.
        result.verdict = Verdict::AccountDisabled;
        return result;
    }
    if (!snapshot || it->userId != userId || it->expiresAt <= m_clock.now())
        return result;
    result.verdict = Verdict::Valid;
    result.account = std::move(snapshot);
    return result;
}

std::optional<Account> StaffAuthorizations::account(qint64 userId)
{
    auto it = m_accountEntries.find(userId);
    if (it == m_accountEntries.end() || !isFresh(it->loadedMs))
        it = m_accountEntries.insert(userId, {m_accounts.findById(userId), m_clock.monotonicMs()});
    return it->account;
}

void StaffAuthorizations::forgetToken(const QString &token)
{
    // Remembered as revoked rather than dropped: the next check needs no SQL either.
    m_tokenEntries.insert(SessionTokens::hashToken(token), {0, {}, m_clock.monotonicMs()});
}

void StaffAuthorizations::forgetAll()
{
    m_tokenEntries.clear();
    m_accountEntries.clear();
}

} // namespace ecoute::server
