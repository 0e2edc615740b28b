// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"

namespace ecoute::server {

class AuditLog;
class StaffSession;
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
    bool handle(StaffSession &session, const protocol::Envelope &e);

private:
    Statistics &m_statistics;
    AuditLog &m_audit;
    int m_minCount;
};

} // namespace ecoute::server
