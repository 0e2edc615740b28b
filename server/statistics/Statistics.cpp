// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/Statistics.h"

#include "server/core/Logging.h"
#include "server/statistics/StatisticsTally.h"
#include "server/storage/Database.h"

#include <QSqlError>

namespace ecoute::server {

std::optional<QJsonObject> Statistics::snapshot(const StatisticsPeriod &period, int minCount) const
{
    // Practice contacts are training exercises a trainer played, not people who
    // reached the line: they are left out here, in the query, so that no later
    // change to the counting can let one in. Only the columns the figures need
    // are read: no id, pseudonym, volunteer or text.
    Statement q = m_db.statement(
        QStringLiteral("SELECT channel, language, created_at, accepted_at, ended_at, ended_by, hard "
                       "FROM contacts WHERE practice = 0 AND created_at >= ? AND created_at < ?"));
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
    while (q->next()) {
        // The schema allows no other channel; a damaged row is left out, not guessed.
        const auto channel = protocol::fromString<protocol::Channel>(q->value(0).toString());
        if (!channel) {
            qCWarning(lcDb) << "a stored contact has an unknown channel; not counted";
            continue;
        }
        tally.add({*channel, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                   q->value(4).toString(), q->value(5).toString(), q->value(6).toBool()});
    }
    return tally.toJson(minCount);
}

} // namespace ecoute::server
