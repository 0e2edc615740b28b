// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace ecoute::notes {

/// Growing waits after wrong passphrases, so guessing at the keyboard is slow.
/// (Someone holding a copy of the file guesses offline: there, Argon2's cost is the defence.)
/// The count is kept in a small file so restarting Ecoute does not reset it.
class UnlockThrottle
{
public:
    /// `statePath` empty: kept in memory only.
    explicit UnlockThrottle(QString statePath = {});

    /// No wait for the first `freeAttempts` failures, then 1 s, 2 s, 4 s ... up to 5 minutes.
    static constexpr int freeAttempts = 3;
    static constexpr std::chrono::seconds maximumDelay {300};
    static std::chrono::seconds delayAfter(int consecutiveFailures);

    int consecutiveFailures() const { return m_failures; }
    /// Zero when an attempt is allowed now.
    std::chrono::seconds remainingDelay(const QDateTime &now) const;
    void recordFailure(const QDateTime &now);
    void recordSuccess();

private:
    void save() const;

    QString m_statePath;
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace ecoute::notes
