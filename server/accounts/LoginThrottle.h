// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"

#include "server/transport/SourceKey.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace ecoute::server {

/// Slows down password guessing without letting a guesser lock the real
/// person out. Failures are counted per (account, source), per account and
/// per source, in memory only; each count forgets one failure every
/// kForgetOneFailureMs. A user name counts whether it exists or not, so the
/// answers reveal nothing.
/// - (account, source): kFreeFailures free, then a lock of 1 s doubling to
///   kMaxDelayMs for that source on that account only.
/// - account: from kAccountAlarm failures on (all sources together) the
///   account is under attack: every (account, source) then gets only
///   kFreeFailuresUnderAttack. A source that never failed on it still gets in
///   at once, so someone elsewhere delays the real person, never locks them out.
/// - source: kFreeSourceFailures over all accounts, then the same doubling
///   lock for everything that source tries (a spray of user names).
/// A success clears its (account, source) count.
class LoginThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr int kFreeFailuresUnderAttack = 1;
    static constexpr int kAccountAlarm = 20;
    static constexpr int kFreeSourceFailures = 30;
    static constexpr qint64 kBaseDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = qint64 {5} * 60 * 1000;
    static constexpr qint64 kForgetOneFailureMs = qint64 {5} * 60 * 1000;
    static constexpr int kMaxTracked = 10000; ///< per table: pairs, accounts, sources

    explicit LoginThrottle(const Clock &clock = Clock::system());

    /// Loopback peers get the per-source bound too (off by default: behind a
    /// reverse proxy on the same host every staff member is loopback, and one
    /// guesser there must not lock them all out; per account and source still applies).
    void setLimitLoopback(bool limit) { m_limitLoopback = limit; }

    /// Milliseconds to wait before the next attempt from source on user, or
    /// nullopt if allowed now.
    std::optional<qint64> retryAfterMs(const QString &user, const SourceKey &source) const;
    /// Counted before the password is checked (so parallel guesses cannot all
    /// slip through while their checks wait); a success withdraws it.
    void recordFailure(const QString &user, const SourceKey &source);
    void recordSuccess(const QString &user, const SourceKey &source);

    /// Without a source (tests, callers that have none): all share one.
    std::optional<qint64> retryAfterMs(const QString &user) const { return retryAfterMs(user, {}); }
    void recordFailure(const QString &user) { recordFailure(user, {}); }
    void recordSuccess(const QString &user) { recordSuccess(user, {}); }

    /// The account's failures from all sources, as decayed now.
    int accountFailures(const QString &user) const;
    /// Entries kept in all three tables (each at most kMaxTracked).
    int trackedEntries() const;

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
        int decayedAt(qint64 now) const;
    };
    template<typename Key> class Table
    {
    public:
        const Entry *find(const Key &key) const;
        /// Adds one failure (after decay) and locks from freeFailures on.
        const Entry &fail(const Key &key, qint64 now, int freeFailures);
        /// Withdraws one failure (a success counted as failure beforehand).
        void withdraw(const Key &key, qint64 now);
        void remove(const Key &key) { m_entries.remove(key); }
        int size() const { return static_cast<int>(m_entries.size()); }

    private:
        void makeRoom(qint64 now);
        QHash<Key, Entry> m_entries;
    };
    using PairKey = std::pair<QString, SourceKey>;

    static QString account(const QString &user) { return user.trimmed().toCaseFolded(); }
    static qint64 lockFor(int failures, int freeFailures);

    const Clock &m_clock;
    bool m_limitLoopback = false;
    Table<PairKey> m_pairs;
    Table<QString> m_accounts;
    Table<SourceKey> m_sources;
};

} // namespace ecoute::server
