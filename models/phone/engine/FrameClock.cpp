// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/FrameClock.h"

#include "telephony/AudioFrame.h"

namespace ecoute::models::engine {

namespace {
constexpr int kMaxCatchUpTicks = 5;
} // namespace

FrameClock::FrameClock(std::function<void()> onTick) : m_onTick(std::move(onTick))
{
    tmr_init(&m_timer);
}

FrameClock::~FrameClock()
{
    stop();
}

void FrameClock::start()
{
    m_nextMs = tmr_jiffies() + telephony::kFrameMs;
    tmr_start(&m_timer, telephony::kFrameMs, onTimer, this);
}

void FrameClock::stop()
{
    tmr_cancel(&m_timer);
}

void FrameClock::onTimer(void *arg)
{
    static_cast<FrameClock *>(arg)->run();
}

void FrameClock::run()
{
    // Rearm first: a tick may stop the clock (the call ends), and that must stick.
    std::uint64_t now = tmr_jiffies();
    int due = 0;
    for (; due < kMaxCatchUpTicks && now >= m_nextMs; ++due)
        m_nextMs += telephony::kFrameMs;
    if (now >= m_nextMs)
        m_nextMs = now + telephony::kFrameMs; // too far behind: skip ahead
    tmr_start(&m_timer, m_nextMs - now, onTimer, this);
    for (int tick = 0; tick < due && tmr_isrunning(&m_timer); ++tick)
        m_onTick();
}

} // namespace ecoute::models::engine
