// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

namespace ecoute::server {

class AuditLog;
class StaffRecipient;
class Statistics;

/// stats.get on the staff endpoint: only admins and supervisors read the
/// statistics; anyone else is refused (forbidden) and the refusal audited.
class StatisticsHandler
{
public:
    StatisticsHandler(Statistics &statistics, AuditLog &audit, int minCount)
        : m_statistics(statistics), m_audit(audit), m_minCount(minCount)
    {
    }

    /// True if the type is stats.get (then it was answered).
    bool handle(StaffRecipient &session, const protocol::Envelope &e);
    /// The message types handle() answers (tst_server_dispatch checks none is orphaned).
    static QList<protocol::MessageType> handledTypes();

private:
    using Handlers = protocol::HandlerTable<StatisticsHandler, StaffRecipient &, const protocol::Envelope &>;
    static const Handlers &handlers();
    void get(StaffRecipient &s, const protocol::Envelope &e);

    Statistics &m_statistics;
    AuditLog &m_audit;
    int m_minCount;
};

} // namespace ecoute::server
