// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/StatisticsHandler.h"

#include "server/routing/Recipients.h"
#include "server/statistics/Statistics.h"
#include "server/storage/AuditLog.h"

#include "protocol/HandlerTable.h"

#include <QDateTime>

namespace ecoute::server {

using protocol::ErrorCode;

bool StatisticsHandler::handle(StaffRecipient &s, const protocol::Envelope &e)
{
    return handlers().dispatch(*this, e.messageType, s, e);
}

const StatisticsHandler::Handlers &StatisticsHandler::handlers()
{
    static constexpr Handlers table {
        {protocol::MessageType::StatsGet, &StatisticsHandler::get},
    };
    return table;
}

QList<protocol::MessageType> StatisticsHandler::handledTypes()
{
    return handlers().types();
}

void StatisticsHandler::get(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *me = s.account();
    const bool allowed = me && (me->role == protocol::Role::Admin || me->role == protocol::Role::Supervisor);
    if (!allowed) {
        m_audit.record({me ? me->name : QString(), QStringLiteral("stats.get.refused"), {}, {}, {}});
        s.pushError(ErrorCode::Forbidden, QStringLiteral("only admins and supervisors read the statistics"),
                    e.id);
        return;
    }
    const auto parsed =
        StatisticsPeriod::parse(e.text("from"), e.text("to"), QDateTime::currentDateTimeUtc().date());
    if (const auto *error = std::get_if<StatisticsPeriod::Error>(&parsed)) {
        s.pushError(ErrorCode::WrongType, error->message, e.id, -1, QStringLiteral("body.") + error->field);
        return;
    }
    const auto body = m_statistics.snapshot(std::get<StatisticsPeriod>(parsed), m_minCount);
    if (!body) {
        s.pushError(ErrorCode::Internal, QStringLiteral("could not read the statistics"), e.id);
        return;
    }
    s.push(QStringLiteral("stats.snapshot"), *body, e.id);
}

} // namespace ecoute::server
