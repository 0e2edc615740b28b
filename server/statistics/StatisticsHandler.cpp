// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/StatisticsHandler.h"

#include "server/storage/AuditLog.h"
#include "server/transport/ClientConnection.h"
#include "server/staff/StaffSession.h"
#include "server/statistics/Statistics.h"

#include <QDateTime>

namespace ecoute::server {

using protocol::ErrorCode;

bool StatisticsHandler::handle(StaffSession &s, const protocol::Envelope &e)
{
    if (e.type != QLatin1String("stats.get"))
        return false;
    const Account *me = s.account();
    const bool allowed =
        me && (me->role == QLatin1String("admin") || me->role == QLatin1String("supervisor"));
    if (!allowed) {
        m_audit.record({me ? me->name : QString(), QStringLiteral("stats.get.refused"), {}, {}, {}});
        s.connection().sendError(ErrorCode::Forbidden,
                                 QStringLiteral("only admins and supervisors read the statistics"), e.id);
        return true;
    }
    const auto parsed =
        StatisticsPeriod::parse(e.text("from"), e.text("to"), QDateTime::currentDateTimeUtc().date());
    if (const auto *error = std::get_if<StatisticsPeriod::Error>(&parsed)) {
        s.connection().sendError(ErrorCode::WrongType, error->message, e.id, -1,
                                 QStringLiteral("body.") + error->field);
        return true;
    }
    const auto body = m_statistics.snapshot(std::get<StatisticsPeriod>(parsed), m_minCount);
    if (!body) {
        s.connection().sendError(ErrorCode::Internal, QStringLiteral("could not read the statistics"), e.id);
        return true;
    }
    s.connection().send(QStringLiteral("stats.snapshot"), *body, e.id);
    return true;
}

} // namespace ecoute::server
