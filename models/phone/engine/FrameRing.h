// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/AudioFrame.h"

#include <mutex>
#include <vector>

namespace ecoute::models::engine {

/// A bounded, thread-safe queue of 20 ms frames between an audio device (Qt's thread) and the
/// engine's clock (libre's): when the reader falls behind, the oldest frames go, so the delay
/// never grows past the capacity.
class FrameRing
{
public:
    explicit FrameRing(int capacity);

    /// Adds a frame, dropping the oldest when full.
    void push(const telephony::AudioFrame &frame);
    /// The oldest frame; false when empty.
    bool pop(telephony::AudioFrame &frame);
    void clear();
    int size() const;
    /// Frames dropped because the ring was full, since the last clear().
    int dropped() const;

private:
    mutable std::mutex m_mutex;
    std::vector<telephony::AudioFrame> m_frames;
    int m_head = 0; ///< the oldest frame
    int m_count = 0;
    int m_dropped = 0;
};

} // namespace ecoute::models::engine
