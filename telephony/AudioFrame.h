// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

namespace ecoute::telephony {

/// The bridge's one audio format: 8 kHz mono 16-bit PCM in 20 ms frames (G.711's rate and the
/// usual packet time of trunks and softphones).
inline constexpr int kSampleRate = 8000;
inline constexpr int kFrameMs = 20;
inline constexpr int kFrameSamples = kSampleRate * kFrameMs / 1000;

using AudioFrame = std::array<std::int16_t, kFrameSamples>;

} // namespace ecoute::telephony
