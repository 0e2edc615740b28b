// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/AudioFrame.h"

#include <cstdint>
#include <span>

namespace ecoute::models::engine {

/// How loud a stretch of audio is, in dBFS: the RMS of the samples relative to full scale, so a
/// full-scale square wave is 0 dBFS, a full-scale sine about −3 dBFS, and digital silence
/// kFloorDb (well under the −60 dBFS a level meter shows as silence).
namespace AudioLevel {
inline constexpr float kFloorDb = -100.0F;
float dbfs(std::span<const std::int16_t> samples);
} // namespace AudioLevel

/// Averages the power of the frames added since the last reading (the softphone reads about
/// ten times a second, every five frames).
class LevelMeter
{
public:
    void add(const telephony::AudioFrame &frame);
    int frames() const { return m_frames; }
    /// The level of the frames added since the last call (kFloorDb if none), and starts over.
    float takeDb();

private:
    double m_sumOfSquares = 0;
    std::int64_t m_samples = 0;
    int m_frames = 0;
};

} // namespace ecoute::models::engine
