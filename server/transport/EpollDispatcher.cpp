// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/EpollDispatcher.h"

#include "server/core/Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace ecoute::server {

namespace {
constexpr int kEventsPerPass = 256;

qint64 roundedUpMs(std::chrono::nanoseconds wait)
{
    return std::chrono::ceil<std::chrono::milliseconds>(wait).count();
}
} // namespace

EpollDispatcher::EpollDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent), m_epoll(::epoll_create1(EPOLL_CLOEXEC)),
      m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        qFatal("cannot create an epoll instance or eventfd: %s", strerror(errno));
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wake);
    ::close(m_epoll);
}

void EpollDispatcher::updateInterest(int fd, const Watch &watch, bool known)
{
    epoll_event event {};
    event.events =
        (watch.read ? EPOLLIN : 0u) | (watch.write ? EPOLLOUT : 0u) | (watch.exception ? EPOLLPRI : 0u);
    event.data.fd = fd;
    const int op = event.events == 0 ? EPOLL_CTL_DEL : known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    // A descriptor closed before its notifier went has left the set already (ENOENT, EBADF).
    if (::epoll_ctl(m_epoll, op, fd, &event) != 0 && op != EPOLL_CTL_DEL)
        qCWarning(lcServer) << "epoll_ctl failed for a socket:" << strerror(errno);
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const bool known = m_watches.contains(fd);
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateInterest(fd, watch, known);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    for (QSocketNotifier *Watch::*kind : {&Watch::read, &Watch::write, &Watch::exception}) {
        if ((*it).*kind == notifier)
            (*it).*kind = nullptr;
    }
    const Watch watch = *it;
    updateInterest(fd, watch, true);
    if (!watch.read && !watch.write && !watch.exception)
        m_watches.erase(it);
}

bool EpollDispatcher::activate(int fd, QSocketNotifier *Watch::*kind)
{
    // Looked up again for every event: an earlier handler of this pass may have
    // removed or replaced the notifier.
    const auto it = m_watches.constFind(fd);
    if (it == m_watches.constEnd() || !((*it).*kind))
        return false;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent((*it).*kind, &event);
    return true;
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(interval);
    m_timers[timerId] = Timer {interval, timerType, object, deadline};
    m_due.emplace(deadline, timerId);
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_due.erase({it->second.deadline, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object != object) {
            ++it;
            continue;
        }
        m_due.erase({it->second.deadline, it->first});
        it = m_timers.erase(it);
        any = true;
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(id, static_cast<int>(timer.intervalMs), timer.type));
    }
    return timers;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    return static_cast<int>(std::max<qint64>(0, roundedUpMs(it->second.deadline - Clock::now())));
}

int EpollDispatcher::msUntilNextTimer() const
{
    if (m_due.empty())
        return -1;
    const qint64 wait = roundedUpMs(m_due.begin()->first - Clock::now());
    return static_cast<int>(std::clamp<qint64>(wait, 0, INT_MAX));
}

bool EpollDispatcher::fireDueTimers()
{
    const Clock::time_point now = Clock::now();
    // Taken first: handlers start and stop timers, this pass fires each due one once.
    QVarLengthArray<int, 32> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        due.append(it->second);
    for (const int id : due) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end())
            continue; // stopped by an earlier handler
        Timer &timer = it->second;
        // Rescheduled before the handler runs, which may stop or restart it.
        m_due.erase({timer.deadline, id});
        const auto interval = std::chrono::milliseconds(timer.intervalMs);
        timer.deadline += interval;
        if (timer.deadline < now) // late (the loop was busy): the next one is a full interval away
            timer.deadline = now + interval;
        m_due.emplace(timer.deadline, id);
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer.object, &event);
    }
    return !due.isEmpty();
}

void EpollDispatcher::drainWakeUps()
{
    eventfd_t count = 0;
    ::eventfd_read(m_wake, &count);
    m_wakePending.storeRelease(0);
}

void EpollDispatcher::wakeUp()
{
    // One write per batch of posts is enough to wake the pass.
    if (m_wakePending.testAndSetAcquire(0, 1))
        ::eventfd_write(m_wake, 1);
}

void EpollDispatcher::interrupt()
{
    m_interrupted.storeRelease(1);
    wakeUp();
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelease(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.loadAcquire();
    if (wait)
        Q_EMIT aboutToBlock();
    const bool timers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const int timeout = wait ? (timers ? msUntilNextTimer() : -1) : 0;

    epoll_event events[kEventsPerPass];
    int ready = ::epoll_wait(m_epoll, events, kEventsPerPass, timeout);
    if (ready < 0) {
        if (errno != EINTR)
            qCWarning(lcServer) << "epoll_wait failed:" << strerror(errno);
        ready = 0;
    }
    Q_EMIT awake();

    bool handled = false;
    const bool sockets = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        const uint32_t what = events[i].events;
        if (fd == m_wake) {
            drainWakeUps();
            continue;
        }
        if (!sockets)
            continue;
        // As Qt's poll dispatcher: a hang-up or an error wakes readers and writers alike.
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR))
            handled |= activate(fd, &Watch::read);
        if (what & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            handled |= activate(fd, &Watch::write);
        if (what & EPOLLPRI)
            handled |= activate(fd, &Watch::exception);
    }
    if (timers)
        handled |= fireDueTimers();
    return handled;
}

} // namespace ecoute::server
