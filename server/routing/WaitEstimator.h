// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

/// Estimates how long a waiting help-seeker still waits, from how often
/// contacts of the same queue were taken lately. It says nothing rather than
/// guess: no estimate without at least three recent pick-ups.
class WaitEstimator
{
public:
    static constexpr int kSamples = 10;
    static constexpr qint64 kWindowSecs = 3600;

    /// A contact of this queue was taken at `at`.
    void recordPickup(const QString &queue, const QDateTime &at);
    /// Seconds until the contact at `position` (1 = next) is likely taken.
    std::optional<int> estimateSeconds(const QString &queue, int position, const QDateTime &now) const;

private:
    QHash<QString, QList<QDateTime>> m_pickups; ///< newest last, at most kSamples
};

} // namespace ecoute::server
