// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/TimeTally.h"

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace ecoute::server {

namespace {
const QString kAnswered = QStringLiteral("answered");
const QString kUnanswered = QStringLiteral("unanswered");

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

/// The grid's cells as one suppression group; keys sort in row order.
QString cellKey(int day, int hour)
{
    return QStringLiteral("%1-%2").arg(day).arg(hour, 2, 10, QLatin1Char('0'));
}
} // namespace

TimeTally::TimeTally(const StatisticsPeriod &period, const QTimeZone &zone) : m_zone(zone)
{
    for (QDate month(period.from.year(), period.from.month(), 1); month < period.to;
         month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        QMap<QString, int> channels;
        for (const QString &channel : protocol::names<protocol::Channel>())
            channels.insert(channel, 0);
        m_channels.insert(key, channels);
        m_answered.insert(key, {{kAnswered, 0}, {kUnanswered, 0}});
        m_waits.insert(key, {});
    }
}

qint64 TimeTally::nearestRank(const QList<qint64> &sorted, int percent)
{
    const qsizetype rank = (percent * sorted.size() + 99) / 100; // ceil(p * n / 100), at least 1
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

void TimeTally::place(Grid &grid, const QString &isoUtc)
{
    const QDateTime at = utc(isoUtc);
    if (!at.isValid())
        return;
    const QDateTime local = at.toTimeZone(m_zone);
    ++grid[local.date().dayOfWeek() - 1][local.time().hour()];
}

void TimeTally::add(const ContactFacts &c)
{
    const QString month = c.createdAt.left(7); // "YYYY-MM" of a stored UTC timestamp, as in months
    const bool answered = !c.acceptedAt.isEmpty();
    if (auto it = m_channels.find(month); it != m_channels.end())
        ++(*it)[protocol::toString(c.channel)];
    if (auto it = m_answered.find(month); it != m_answered.end())
        ++(*it)[answered ? kAnswered : kUnanswered];
    place(m_offered, c.createdAt);
    if (!answered)
        return;
    place(m_answeredAt, c.acceptedAt);
    // Arrival is created_at (waiting_since is only a later return to the queue). A contact
    // handed back keeps only its last acceptance, so its first wait is unknown: left out.
    if (c.requeued)
        return;
    const qint64 seconds = utc(c.createdAt).secsTo(utc(c.acceptedAt));
    if (auto it = m_waits.find(month); it != m_waits.end() && seconds >= 0)
        it->append(seconds);
}

QJsonValue TimeTally::gridJson(const Grid &grid, int minCount)
{
    QMap<QString, int> cells;
    for (int day = 0; day < 7; ++day)
        for (int hour = 0; hour < 24; ++hour)
            cells.insert(cellKey(day, hour), grid[day][hour]);
    const QJsonObject shown = StatisticsTally::suppress(cells, minCount);
    QJsonArray rows;
    for (int day = 0; day < 7; ++day) {
        QJsonArray row;
        for (int hour = 0; hour < 24; ++hour)
            row.append(shown.value(cellKey(day, hour)));
        rows.append(row);
    }
    return rows;
}

QJsonObject TimeTally::percentiles(QList<qint64> waits, int minCount)
{
    std::sort(waits.begin(), waits.end());
    // A percentile of a few waits would describe those few people: not published.
    const bool shown = !waits.isEmpty() && waits.size() >= minCount;
    return {{QStringLiteral("p50"), shown ? QJsonValue(nearestRank(waits, 50)) : QJsonValue()},
            {QStringLiteral("p90"), shown ? QJsonValue(nearestRank(waits, 90)) : QJsonValue()}};
}

void TimeTally::writeTo(QJsonObject &body, int minCount) const
{
    // Each month's channels, and each month's answered/unanswered pair, is one group.
    const auto perMonth = [minCount](const QMap<QString, QMap<QString, int>> &months) {
        QJsonObject out;
        for (auto it = months.begin(); it != months.end(); ++it)
            out.insert(it.key(), StatisticsTally::suppress(it.value(), minCount));
        return out;
    };
    QJsonObject waits;
    QList<qint64> all;
    for (auto it = m_waits.begin(); it != m_waits.end(); ++it) {
        waits.insert(it.key(), percentiles(it.value(), minCount));
        all += it.value();
    }
    body.insert(QStringLiteral("monthsByChannel"), perMonth(m_channels));
    body.insert(QStringLiteral("answeredByMonth"), perMonth(m_answered));
    body.insert(QStringLiteral("waitByMonth"), waits);
    // The period's own percentiles: monthly ones cannot be combined into it.
    body.insert(QStringLiteral("wait"), percentiles(all, minCount));
    body.insert(QStringLiteral("heatmap"),
                QJsonObject {{QStringLiteral("offered"), gridJson(m_offered, minCount)},
                             {QStringLiteral("answered"), gridJson(m_answeredAt, minCount)}});
    body.insert(QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id()));
}

} // namespace ecoute::server
