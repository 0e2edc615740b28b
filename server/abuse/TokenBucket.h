// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ecoute::server::abuse {

/// A token bucket on a monotonic millisecond clock the caller passes in: holds
/// up to `capacity` tokens (the burst) and regains `perSecond` tokens a second
/// (the sustained rate). Starts full.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double capacity, double perSecond, qint64 nowMs)
        : m_capacity(capacity), m_perMs(perSecond / 1000.0), m_tokens(capacity), m_updatedMs(nowMs)
    {
    }

    /// Milliseconds until `cost` tokens are there, 0 if they are there now.
    qint64 waitMs(double cost, qint64 nowMs)
    {
        refill(nowMs);
        cost = std::min(cost, m_capacity); // one item larger than the burst still passes when full
        if (m_tokens >= cost)
            return 0;
        if (m_perMs <= 0)
            return -1;
        // The epsilon keeps rounding noise from adding a whole millisecond.
        return std::max<qint64>(1, qint64(std::ceil((cost - m_tokens) / m_perMs - 1e-9)));
    }
    /// Takes the tokens; call only after waitMs() answered 0.
    void take(double cost) { m_tokens = std::max(0.0, m_tokens - std::min(cost, m_capacity)); }

    /// Full again at nowMs: nothing would be lost by forgetting this bucket.
    bool isFull(qint64 nowMs)
    {
        refill(nowMs);
        return m_tokens >= m_capacity;
    }

private:
    void refill(qint64 nowMs)
    {
        if (nowMs > m_updatedMs)
            m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_updatedMs) * m_perMs);
        m_updatedMs = std::max(m_updatedMs, nowMs);
    }

    double m_capacity = 0;
    double m_perMs = 0;
    double m_tokens = 0;
    qint64 m_updatedMs = 0;
};

} // namespace ecoute::server::abuse
