// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/LoginThrottle.h"

#include <QDeadlineTimer>
#include <QList>

#include <algorithm>
#include <limits>

namespace ecoute::server {

LoginThrottle::LoginThrottle(const Clock &clock) : m_clock(clock) { }

int LoginThrottle::Entry::decayedAt(qint64 now) const
{
    const qint64 forgotten = std::max<qint64>(0, now - lastFailureMs) / kForgetOneFailureMs;
    return static_cast<int>(std::max<qint64>(0, failures - forgotten));
}

qint64 LoginThrottle::lockFor(int failures, int freeFailures)
{
    if (failures < freeFailures)
        return 0;
    const int doublings = std::min(failures - freeFailures, 20);
    return std::min(kBaseDelayMs << doublings, kMaxDelayMs);
}

template<typename Key> const LoginThrottle::Entry *LoginThrottle::Table<Key>::find(const Key &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

template<typename Key>
const LoginThrottle::Entry &LoginThrottle::Table<Key>::fail(const Key &key, qint64 now, int freeFailures)
{
    if (m_entries.size() >= kMaxTracked && !m_entries.contains(key))
        makeRoom(now);
    Entry &entry = m_entries[key];
    entry.failures = entry.decayedAt(now) + 1;
    entry.lastFailureMs = now;
    if (const qint64 lock = lockFor(entry.failures, freeFailures); lock > 0)
        entry.lockedUntilMs = std::max(entry.lockedUntilMs, now + lock);
    return entry;
}

template<typename Key> void LoginThrottle::Table<Key>::withdraw(const Key &key, qint64 now)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->failures = std::max(0, it->decayedAt(now) - 1);
    it->lastFailureMs = now;
    if (it->failures == 0 && it->lockedUntilMs <= now)
        m_entries.erase(it);
}

template<typename Key> void LoginThrottle::Table<Key>::makeRoom(qint64 now)
{
    // Forgotten and unlocked entries first; they cost nothing to lose.
    m_entries.removeIf(
        [now](const auto &it) { return it.value().decayedAt(now) == 0 && it.value().lockedUntilMs <= now; });
    if (m_entries.size() < kMaxTracked)
        return;
    // Then every unlocked one: at worst its source gets a few more free tries.
    m_entries.removeIf([now](const auto &it) { return it.value().lockedUntilMs <= now; });
    if (m_entries.size() < kMaxTracked)
        return;
    // Still full (many addresses or names at once): the older half goes, so a
    // flood of new keys cannot wipe the newest locks.
    QList<qint64> ages;
    ages.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries))
        ages.append(entry.lastFailureMs);
    const auto middle = ages.begin() + ages.size() / 2;
    std::nth_element(ages.begin(), middle, ages.end());
    const qint64 cut = *middle;
    m_entries.removeIf([cut](const auto &it) { return it.value().lastFailureMs <= cut; });
}

std::optional<qint64> LoginThrottle::retryAfterMs(const QString &user, const SourceKey &source) const
{
    const qint64 now = m_clock.monotonicMs();
    qint64 until = 0;
    if (const Entry *pair = m_pairs.find({account(user), source}))
        until = std::max(until, pair->lockedUntilMs);
    const Entry *src = m_limitLoopback || !source.isLoopback() ? m_sources.find(source) : nullptr;
    if (src)
        until = std::max(until, src->lockedUntilMs);
    if (until <= now)
        return std::nullopt;
    return until - now;
}

void LoginThrottle::recordFailure(const QString &user, const SourceKey &source)
{
    const qint64 now = m_clock.monotonicMs();
    const QString name = account(user);
    // The account alone never locks: that is what would lock the real person out.
    const Entry &onAccount = m_accounts.fail(name, now, std::numeric_limits<int>::max());
    const int freeFailures = onAccount.failures >= kAccountAlarm ? kFreeFailuresUnderAttack : kFreeFailures;
    m_pairs.fail({name, source}, now, freeFailures);
    if (m_limitLoopback || !source.isLoopback())
        m_sources.fail(source, now, kFreeSourceFailures);
}

void LoginThrottle::recordSuccess(const QString &user, const SourceKey &source)
{
    const qint64 now = m_clock.monotonicMs();
    const QString name = account(user);
    m_pairs.remove({name, source});
    // The attempt was counted as a failure beforehand; the attack on the
    // account, if any, goes on elsewhere, so its other failures stay.
    m_accounts.withdraw(name, now);
    m_sources.withdraw(source, now);
}

int LoginThrottle::trackedEntries() const
{
    return m_pairs.size() + m_accounts.size() + m_sources.size();
}

int LoginThrottle::accountFailures(const QString &user) const
{
    const Entry *entry = m_accounts.find(account(user));
    return entry ? entry->decayedAt(m_clock.monotonicMs()) : 0;
}

} // namespace ecoute::server
