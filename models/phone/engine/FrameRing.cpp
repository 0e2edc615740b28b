// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/FrameRing.h"

#include <algorithm>

namespace ecoute::models::engine {

FrameRing::FrameRing(int capacity) : m_frames(std::size_t(std::max(1, capacity))) { }

void FrameRing::push(const telephony::AudioFrame &frame)
{
    const std::lock_guard lock(m_mutex);
    const int capacity = int(m_frames.size());
    if (m_count == capacity) {
        m_head = (m_head + 1) % capacity;
        --m_count;
        ++m_dropped;
    }
    m_frames[std::size_t((m_head + m_count) % capacity)] = frame;
    ++m_count;
}

bool FrameRing::pop(telephony::AudioFrame &frame)
{
    const std::lock_guard lock(m_mutex);
    if (m_count == 0)
        return false;
    frame = m_frames[std::size_t(m_head)];
    m_head = (m_head + 1) % int(m_frames.size());
    --m_count;
    return true;
}

void FrameRing::clear()
{
    const std::lock_guard lock(m_mutex);
    m_head = m_count = m_dropped = 0;
}

int FrameRing::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_count;
}

int FrameRing::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace ecoute::models::engine
