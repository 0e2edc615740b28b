// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace ecoute::server {

LoginThrottle::LoginThrottle(Clock clock) : m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] {
            return QDeadlineTimer::current().deadline();
        };
}

std::optional<qint64> LoginThrottle::retryAfterMs(const QString &user) const
{
    const auto it = m_entries.constFind(key(user));
    if (it == m_entries.constEnd())
        return std::nullopt;
    const qint64 remaining = it->lockedUntilMs - m_clock();
    if (remaining <= 0)
        return std::nullopt;
    return remaining;
}

void LoginThrottle::recordFailure(const QString &user)
{
    const qint64 now = m_clock();
    if (m_entries.size() >= kMaxTrackedNames)
        forgetStaleEntries(now);
    Entry &entry = m_entries[key(user)];
    ++entry.failures;
    if (entry.failures >= kFreeFailures) {
        const int doublings = std::min(entry.failures - kFreeFailures, 20);
        entry.lockedUntilMs = now + std::min(kBaseDelayMs << doublings, kMaxDelayMs);
    }
}

void LoginThrottle::recordSuccess(const QString &user)
{
    m_entries.remove(key(user));
}

void LoginThrottle::forgetStaleEntries(qint64 now)
{
    // Unlocked entries are cheap to lose: at worst a guesser gets five more tries.
    m_entries.removeIf([now](const auto &it) { return it.value().lockedUntilMs <= now; });
    if (m_entries.size() >= kMaxTrackedNames)
        m_entries.clear();
}

} // namespace ecoute::server
