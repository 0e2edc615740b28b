// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace ecoute::telephony {

/// Keeps a leg's playout delay bounded. Jitter raises what a leg holds for a moment; a stall (the
/// mixer catching up with silence while packets wait in the socket) raises it for good, since
/// nothing plays faster than real time. When the leg has held more than kTargetFrames after every
/// pull for kPatiencePulls pulls (about 1 s), the surplus is standing delay, not jitter: one frame
/// goes, and the count starts again. Pure and deterministic: MediaLeg feeds it the depth.
class PlayoutDepth
{
public:
    static constexpr int kTargetFrames = 2;
    static constexpr int kPatiencePulls = 50;

    /// `framesWaiting`: what the leg still holds after a pull. True when one frame is to be dropped.
    bool afterPull(int framesWaiting)
    {
        if (framesWaiting <= kTargetFrames) {
            m_deepPulls = 0;
            return false;
        }
        if (++m_deepPulls < kPatiencePulls)
            return false;
        m_deepPulls = 0;
        return true;
    }

    void reset() { m_deepPulls = 0; }

    /// Mean square of `count` samples: which of two frames is the quieter one to drop.
    static std::int64_t meanSquare(const std::int16_t *samples, int count)
    {
        if (count <= 0)
            return 0;
        std::int64_t sum = 0;
        for (int i = 0; i < count; ++i)
            sum += std::int64_t(samples[i]) * samples[i];
        return sum / count;
    }

private:
    int m_deepPulls = 0; ///< pulls in a row after which the leg held more than kTargetFrames
};

} // namespace ecoute::telephony
