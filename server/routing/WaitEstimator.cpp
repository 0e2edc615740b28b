// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/WaitEstimator.h"

#include <algorithm>

namespace ecoute::server {

void WaitEstimator::recordPickup(const QString &queue, const QDateTime &at)
{
    QList<QDateTime> &pickups = m_pickups[queue];
    pickups.append(at);
    while (pickups.size() > kSamples)
        pickups.removeFirst();
}

std::optional<int> WaitEstimator::estimateSeconds(const QString &queue, int position,
                                                  const QDateTime &now) const
{
    const auto it = m_pickups.constFind(queue);
    if (it == m_pickups.cend() || position < 1)
        return std::nullopt;
    QList<QDateTime> recent;
    for (const QDateTime &at : *it) {
        if (at.secsTo(now) <= kWindowSecs)
            recent.append(at);
    }
    if (recent.size() < 3)
        return std::nullopt;
    const double span = recent.first().msecsTo(recent.last()) / 1000.0;
    double interval = span / (recent.size() - 1);
    // A queue that has not moved for longer than usual is slower than its history says.
    interval = std::max(interval, recent.last().msecsTo(now) / 1000.0);
    return static_cast<int>(std::max(1.0, interval * position));
}

} // namespace ecoute::server
