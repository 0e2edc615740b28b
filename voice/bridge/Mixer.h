// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/Telephony.h"

#include <cstdint>
#include <functional>

namespace ecoute::voice {

/// The bridge's audio clock: calls `onFrame` 50 times a second on libre's loop. libre's timers
/// fire late by a millisecond or two, so each run catches up on the frames that are due (by
/// tmr_jiffies) instead of drifting; after a stall of more than 100 ms it starts over rather than
/// sending a burst.
class Mixer
{
public:
    explicit Mixer(std::function<void()> onFrame);
    ~Mixer();
    Mixer(const Mixer &) = delete;
    Mixer &operator=(const Mixer &) = delete;

    void start();
    void stop();
    std::uint64_t framesRun() const { return m_frames; }

private:
    static void onTimer(void *arg);
    void run();

    std::function<void()> m_onFrame;
    tmr m_timer {};
    std::uint64_t m_nextMs = 0;
    std::uint64_t m_frames = 0;
};

} // namespace ecoute::voice
