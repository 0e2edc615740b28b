// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace ecoute::server {

/// Slows down password guessing per user name (known or not, so it reveals
/// nothing). Five failures are free; then each failure locks the name for
/// 1 s, 2 s, 4 s ... up to 5 min. A success resets the count. In memory only.
class LoginThrottle
{
public:
    using Clock = std::function<qint64()>; ///< monotonic milliseconds
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kBaseDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = 5 * 60 * 1000;
    static constexpr int kMaxTrackedNames = 10000;

    explicit LoginThrottle(Clock clock = {});

    /// Milliseconds to wait before the next attempt, or nullopt if allowed now.
    std::optional<qint64> retryAfterMs(const QString &user) const;
    void recordFailure(const QString &user);
    void recordSuccess(const QString &user);

private:
    struct Entry
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    static QString key(const QString &user) { return user.trimmed().toCaseFolded(); }
    void forgetStaleEntries(qint64 now);

    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace ecoute::server
