// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"
#include "server/reports/ReportStore.h"

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace ecoute::server {

class Router;

/// Wellbeing: remembers when each volunteer came on shift and, when they go off, tells their
/// windows what the shift held (shift.summary). Also the counts the team board shows of each
/// member (unreported contacts, hard ones in the last 12 hours): counts only, never content.
class ShiftLedger
{
public:
    static constexpr int kHardWindowHours = 12;
    static constexpr int kStaleShiftHours = 24;

    ShiftLedger(ReportStore &store, Router &router, const Clock &clock)
        : m_store(store), m_router(router), m_clock(clock)
    {
    }

    /// The presence a user chose changed (the router calls it): off to anything else starts a shift
    /// (unless one is already running: a reconnect does not restart it); anything else to off ends
    /// it with shift.summary to the user's windows.
    void presenceChanged(qint64 userId, protocol::PresenceState before, protocol::PresenceState after);
    /// shift.summary's body for a shift from since to now.
    QJsonObject summary(qint64 userId, const QDateTime &since) const;
    /// The extra fields of a team.snapshot member: unreported, hard.
    QJsonObject memberCounts(qint64 userId) const;
    /// When the user's shift started, if one is running (invalid otherwise).
    QDateTime shiftStart(qint64 userId) const { return m_since.value(userId); }

private:
    ReportStore &m_store;
    Router &m_router;
    const Clock &m_clock;
    QHash<qint64, QDateTime> m_since;
};

} // namespace ecoute::server
