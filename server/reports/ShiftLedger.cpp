// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/ShiftLedger.h"

#include "server/routing/Router.h"

namespace ecoute::server {

using protocol::PresenceState;

void ShiftLedger::presenceChanged(qint64 userId, PresenceState before, PresenceState after)
{
    const bool wasOn = before != PresenceState::Off;
    const bool isOn = after != PresenceState::Off;
    if (!wasOn && isOn) {
        // A reconnect keeps the shift running; one left without going off long ago does not count.
        const QDateTime known = m_since.value(userId);
        if (!known.isValid() || known.secsTo(m_clock.now()) > kStaleShiftHours * 3600)
            m_since.insert(userId, m_clock.now());
        return;
    }
    if (wasOn && !isOn) {
        // A shift the server did not see start (it restarted meanwhile) counts the last hours.
        QDateTime since = m_since.take(userId);
        if (!since.isValid())
            since = m_clock.now().addSecs(-kHardWindowHours * 3600);
        m_router.sendToUser(userId, QStringLiteral("shift.summary"), summary(userId, since));
    }
}

QJsonObject ShiftLedger::summary(qint64 userId, const QDateTime &since) const
{
    const WorkCounts counts = m_store.workSince(userId, since);
    return {{QStringLiteral("since"), ReportStore::timestamp(since)},
            {QStringLiteral("contacts"), counts.contacts},
            {QStringLiteral("hard"), counts.hard},
            {QStringLiteral("imminent"), counts.imminent}};
}

QJsonObject ShiftLedger::memberCounts(qint64 userId) const
{
    const QDateTime now = m_clock.now();
    return {{QStringLiteral("unreported"), m_store.unreportedCount(userId, now.addDays(-30))},
            {QStringLiteral("hard"), m_store.workSince(userId, now.addSecs(-kHardWindowHours * 3600)).hard}};
}

} // namespace ecoute::server
