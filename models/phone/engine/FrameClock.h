// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/Libre.h"

#include <cstdint>
#include <functional>

namespace ecoute::models::engine {

/// The call's 20 ms audio clock on libre's timers (libre's thread): one tick per frame, on
/// average exactly 50 a second. A late timer is caught up with a few ticks in a row; a clock
/// far behind (the machine was suspended) skips ahead rather than bursting.
class FrameClock
{
public:
    explicit FrameClock(std::function<void()> onTick);
    ~FrameClock();
    FrameClock(const FrameClock &) = delete;
    FrameClock &operator=(const FrameClock &) = delete;

    void start();
    void stop();

private:
    static void onTimer(void *arg);
    void run();

    std::function<void()> m_onTick;
    tmr m_timer {};
    std::uint64_t m_nextMs = 0;
};

} // namespace ecoute::models::engine
