// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/HoldTone.h"

#include <array>
#include <cmath>
#include <numbers>

namespace ecoute::voice {

namespace {

constexpr int kRampSamples = kSampleRate * 10 / 1000;

/// The beep, computed once: every caller on hold shares it.
const std::array<std::int16_t, HoldTone::kOnSamples> &beep()
{
    static const auto table = [] {
        std::array<std::int16_t, HoldTone::kOnSamples> samples {};
        for (int i = 0; i < HoldTone::kOnSamples; ++i) {
            const int edge = std::min(i, HoldTone::kOnSamples - 1 - i);
            // A raised-cosine fade over the first and last 10 ms.
            const double ramp =
                edge >= kRampSamples ? 1.0 : 0.5 - 0.5 * std::cos(std::numbers::pi * edge / kRampSamples);
            const double phase = 2.0 * std::numbers::pi * HoldTone::kFrequencyHz * i / kSampleRate;
            samples[i] = static_cast<std::int16_t>(
                std::lround(32767.0 * HoldTone::kAmplitude * ramp * std::sin(phase)));
        }
        return samples;
    }();
    return table;
}

} // namespace

void HoldTone::next(AudioFrame &out)
{
    const auto &tone = beep();
    for (int i = 0; i < kFrameSamples; ++i) {
        out[i] = m_position < static_cast<std::uint32_t>(kOnSamples) ? tone[m_position] : 0;
        m_position = (m_position + 1) % kPeriodSamples;
    }
}

} // namespace ecoute::voice
