// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>

#include <chrono>
#include <set>
#include <unordered_map>
#include <utility>

namespace ecoute::server {

/// An event dispatcher on Linux epoll, for the I/O threads and the main thread.
/// Qt's own dispatchers (glib and the Unix one) hand the kernel every socket of
/// the thread on each loop iteration (poll), so their cost per frame grows with
/// the number of connections: with 2,200 connections the profile of the relay
/// benchmark was more than half poll. Here the kernel keeps the interest list
/// and reports only the sockets that are ready.
///
/// Level-triggered, like poll: a notifier fires as long as its condition
/// holds, which is what QAbstractSocket expects. Timers are kept ordered by
/// deadline; posted events are sent at the start of every pass and wake it up
/// through an eventfd.
class EpollDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
    };
    struct Timer
    {
        qint64 intervalMs;
        Qt::TimerType type;
        QObject *object;
        Clock::time_point deadline;
    };

    /// Tells epoll what the fd's notifiers wait for now (adds, changes or removes it).
    void updateInterest(int fd, const Watch &watch, bool known);
    /// Sends SockAct to the fd's notifier of that kind, if one is still registered.
    bool activate(int fd, QSocketNotifier *Watch::*kind);
    /// Milliseconds until the first timer is due (rounded up), or -1 without timers.
    int msUntilNextTimer() const;
    bool fireDueTimers();
    void drainWakeUps();

    int m_epoll = -1;
    int m_wake = -1; ///< eventfd: posted events and interrupt() from any thread
    QAtomicInt m_wakePending {0};
    QAtomicInt m_interrupted {0};
    QHash<int, Watch> m_watches;
    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<Clock::time_point, int>> m_due; ///< (deadline, timer id), earliest first
};

} // namespace ecoute::server
