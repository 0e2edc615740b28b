// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"

namespace ecoute::tests {

/// A clock that moves only when the test says so (like KeePassXC's MockClock).
class ManualClock final : public server::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    /// Starts the monotonic count at startMs (tests that reason in absolute milliseconds).
    explicit ManualClock(qint64 startMs) : ManualClock() { m_monotonicMs = startMs; }
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    /// Moves the monotonic count (and the wall clock by as much) to ms.
    void setMonotonicMs(qint64 ms) { advanceMs(ms - m_monotonicMs); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 1'000'000; ///< not zero: code may treat 0 as "never"
};

} // namespace ecoute::tests
