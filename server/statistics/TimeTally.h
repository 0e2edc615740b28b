// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/statistics/StatisticsTally.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <array>

namespace ecoute::server {

/// When people reached the line and how long they waited: contacts per month
/// by channel, answered and unanswered per month, the wait's p50/p90 per month
/// and over the period, and a weekday x hour heatmap of contacts offered and answered in the line's
/// time zone (where more volunteers are needed).
class TimeTally
{
public:
    TimeTally(const StatisticsPeriod &period, const QTimeZone &zone);

    void add(const ContactFacts &contact);
    /// Adds monthsByChannel, answeredByMonth, waitByMonth, wait, heatmap and timeZone to a
    /// stats.snapshot body.
    void writeTo(QJsonObject &body, int minCount) const;

    /// The value at percentile p (1-100) of sorted values by nearest rank:
    /// the ceil(p/100 * n)-th smallest. values must not be empty.
    static qint64 nearestRank(const QList<qint64> &sorted, int percent);

private:
    using Grid = std::array<std::array<int, 24>, 7>; ///< [weekday, Monday = 0][hour]

    void place(Grid &grid, const QString &isoUtc);
    static QJsonValue gridJson(const Grid &grid, int minCount);
    /// {p50, p90} of the waits, both null when fewer than minCount.
    static QJsonObject percentiles(QList<qint64> waits, int minCount);

    QTimeZone m_zone;
    QMap<QString, QMap<QString, int>> m_channels; ///< "YYYY-MM" -> chat / email / phone
    QMap<QString, QMap<QString, int>> m_answered; ///< "YYYY-MM" -> answered / unanswered
    QMap<QString, QList<qint64>> m_waits; ///< "YYYY-MM" -> seconds from arrival to answer
    Grid m_offered {};
    Grid m_answeredAt {};
};

} // namespace ecoute::server
