// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/Statistics.h"

#include "server/core/Logging.h"
#include "server/statistics/ReportTally.h"
#include "server/statistics/StatisticsTally.h"
#include "server/statistics/TimeTally.h"
#include "server/storage/Database.h"

#include <QSqlError>

namespace ecoute::server {

namespace {
QStringList idList(const QVariant &stored)
{
    return stored.toString().split(u',', Qt::SkipEmptyParts);
}
} // namespace

std::optional<QTimeZone> StatisticsSettings::zoneFromId(const QString &id)
{
    const QByteArray name = id.toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(name))
        return std::nullopt;
    return QTimeZone(name);
}

std::optional<QJsonObject> Statistics::snapshot(const StatisticsPeriod &period, int minCount) const
{
    // Practice contacts are training exercises a trainer played, not people who
    // reached the line: they are left out here, in the query, so that no later
    // change to the counting can let one in (their reports are kept apart too).
    // Only the columns the figures need are read: no id, pseudonym, volunteer or text.
    Statement q = m_db.statement(QStringLiteral(
        "SELECT c.channel, c.language, c.created_at, c.accepted_at, c.ended_at, c.ended_by, c.hard, "
        "c.requeued, r.contact_id IS NOT NULL, r.topics, r.risk, r.history, r.outcomes "
        "FROM contacts c LEFT JOIN reports r ON r.contact_id = c.id AND r.practice = 0 "
        "WHERE c.practice = 0 AND c.created_at >= ? AND c.created_at < ?"));
    if (!q)
        return std::nullopt;
    // Stored timestamps are ISO 8601 UTC, so a date compares as their prefix.
    q->bindValue(0, period.from.toString(Qt::ISODate));
    q->bindValue(1, period.to.toString(Qt::ISODate));
    if (!q->exec()) {
        qCWarning(lcDb) << "could not read the statistics:" << q->lastError().text();
        return std::nullopt;
    }
    StatisticsTally tally(period);
    ReportTally reports(m_settings.topicIds);
    TimeTally times(period, m_settings.timeZone);
    while (q->next()) {
        // The schema allows no other channel; a damaged row is left out, not guessed.
        const auto channel = protocol::fromString<protocol::Channel>(q->value(0).toString());
        if (!channel) {
            qCWarning(lcDb) << "a stored contact has an unknown channel; not counted";
            continue;
        }
        ContactFacts facts {*channel,
                            q->value(1).toString(),
                            q->value(2).toString(),
                            q->value(3).toString(),
                            q->value(4).toString(),
                            q->value(5).toString(),
                            q->value(6).toBool(),
                            q->value(7).toBool(),
                            std::nullopt};
        if (q->value(8).toBool())
            facts.report = ReportFacts {idList(q->value(9)), q->value(10).toString(), q->value(11).toString(),
                                        idList(q->value(12))};
        tally.add(facts);
        reports.add(facts);
        times.add(facts);
    }
    QJsonObject body = tally.toJson(minCount);
    reports.writeTo(body, minCount);
    times.writeTo(body, minCount);
    return body;
}

} // namespace ecoute::server
