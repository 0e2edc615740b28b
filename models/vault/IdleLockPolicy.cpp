// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/IdleLockPolicy.h"

#include <algorithm>

namespace ecoute::notes {

IdleLockPolicy::IdleLockPolicy(Clock clock, QObject *parent) : QObject(parent), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockPolicy::checkIdle);
}

QDateTime IdleLockPolicy::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void IdleLockPolicy::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
    scheduleCheck();
}

void IdleLockPolicy::setArmed(bool armed)
{
    m_armed = armed;
    m_lastActivity = now();
    scheduleCheck();
}

void IdleLockPolicy::recordActivity()
{
    // Only a timestamp: re-arming a timer on every mouse move would be wasteful.
    m_lastActivity = now();
    if (m_armed && !m_timer.isActive())
        scheduleCheck();
}

void IdleLockPolicy::checkIdle()
{
    if (!m_armed || m_timeout.count() == 0)
        return;
    if (m_lastActivity.msecsTo(now()) >= m_timeout.count())
        request(Reason::Idle);
    else
        scheduleCheck();
}

void IdleLockPolicy::scheduleCheck()
{
    m_timer.stop();
    if (!m_armed || m_timeout.count() == 0)
        return;
    const qint64 remaining = m_timeout.count() - m_lastActivity.msecsTo(now());
    m_timer.start(static_cast<int>(std::clamp<qint64>(remaining, 0, m_timeout.count())));
}

void IdleLockPolicy::lockNow()
{
    request(Reason::Manual);
}

void IdleLockPolicy::screenLocked()
{
    request(Reason::ScreenLocked);
}

void IdleLockPolicy::systemSuspending()
{
    request(Reason::Suspending);
}

void IdleLockPolicy::request(Reason reason)
{
    if (!m_armed)
        return;
    m_armed = false; // one request per unlocked period; the vault re-arms on unlock
    m_timer.stop();
    emit lockRequested(reason);
}

} // namespace ecoute::notes
