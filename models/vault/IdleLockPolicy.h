// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace ecoute::notes {

/// Decides when the notes must lock: after a period without user activity (default
/// 5 minutes), when the OS locks the screen or suspends, and on request (Ctrl+L).
/// It only asks (lockRequested); the vault does the locking. The widgets layer feeds it
/// activity and the OS signals.
class IdleLockPolicy : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, ScreenLocked, Suspending, Manual };
    Q_ENUM(Reason)
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::minutes defaultIdleTimeout {5};

    explicit IdleLockPolicy(Clock clock = {}, QObject *parent = nullptr);

    /// Zero disables locking on inactivity (the other reasons still apply).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_timeout; }
    /// Only an armed policy asks to lock; arm it while the notes are unlocked.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

public slots:
    void recordActivity();
    /// Checks the idle deadline now; the internal timer calls it too.
    void checkIdle();
    void lockNow();
    void screenLocked();
    void systemSuspending();

signals:
    void lockRequested(ecoute::notes::IdleLockPolicy::Reason reason);

private:
    QDateTime now() const;
    void request(Reason reason);
    void scheduleCheck();

    Clock m_clock;
    std::chrono::milliseconds m_timeout = defaultIdleTimeout;
    bool m_armed = false;
    QDateTime m_lastActivity;
    QTimer m_timer;
};

} // namespace ecoute::notes
