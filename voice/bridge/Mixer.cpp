// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/Mixer.h"

#include "voice/bridge/Telephony.h"

namespace ecoute::voice {

namespace {

constexpr int kMaxCatchUpFrames = 5;

} // namespace

Mixer::Mixer(std::function<void()> onFrame) : m_onFrame(std::move(onFrame))
{
    tmr_init(&m_timer);
}

Mixer::~Mixer()
{
    stop();
}

void Mixer::start()
{
    m_nextMs = tmr_jiffies() + kFrameMs;
    tmr_start(&m_timer, kFrameMs, onTimer, this);
}

void Mixer::stop()
{
    tmr_cancel(&m_timer);
}

void Mixer::onTimer(void *arg)
{
    static_cast<Mixer *>(arg)->run();
}

void Mixer::run()
{
    std::uint64_t now = tmr_jiffies();
    for (int frame = 0; frame < kMaxCatchUpFrames && now >= m_nextMs; ++frame) {
        m_onFrame();
        ++m_frames;
        m_nextMs += kFrameMs;
    }
    now = tmr_jiffies();
    if (now >= m_nextMs)
        m_nextMs = now + kFrameMs; // too far behind: skip ahead
    tmr_start(&m_timer, m_nextMs - now, onTimer, this);
}

} // namespace ecoute::voice
