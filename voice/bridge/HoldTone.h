// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/Telephony.h"

#include <cstdint>

namespace ecoute::voice {

/// The hold sound between spoken prompts (CallerPrompts): a soft 440 Hz beep of 0.4 s every 4 s at
/// −20 dBFS, faded in and out so it does not click. (The tests' tones are 700, 1000 and 1600 Hz;
/// 440 Hz stays out of their way.)
class HoldTone
{
public:
    static constexpr double kFrequencyHz = 440.0;
    static constexpr int kOnSamples = kSampleRate * 400 / 1000;
    static constexpr int kPeriodSamples = kSampleRate * 4;
    static constexpr double kAmplitude = 0.1; ///< of full scale: −20 dBFS

    /// The next 20 ms, starting with a beep.
    void next(AudioFrame &out);
    /// Starts over with a beep (a caller put back on hold hears one at once).
    void restart() { m_position = 0; }
    /// Whether the last beep ended at least `samples` ago (a prompt may start without cutting one).
    bool pausedFor(int samples) const
    {
        return m_position >= static_cast<std::uint32_t>(kOnSamples + samples);
    }

private:
    std::uint32_t m_position = 0; ///< sample index within the period
};

} // namespace ecoute::voice
