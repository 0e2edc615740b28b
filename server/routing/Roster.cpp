// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/Roster.h"

#include <algorithm>

namespace ecoute::server {

StaffPresence &Roster::connect(qint64 userId, std::optional<protocol::PresenceState> resumedPresence,
                               const QDateTime &now)
{
    auto it = m_entries.find(userId);
    if (it == m_entries.end()) {
        it = m_entries.insert(userId, StaffPresence {});
        it->chosen = resumedPresence.value_or(protocol::PresenceState::Off);
        it->idleSince = now;
    } else if (it->connections == 0 && resumedPresence) {
        // Back during a grace period (or after a restart): the session says
        // what was chosen last; a fresh login says "off".
        it->chosen = *resumedPresence;
    }
    ++it->connections;
    it->graceUntil = QDateTime(); // back in time: nothing is handed on
    return *it;
}

bool Roster::disconnect(qint64 userId)
{
    auto it = m_entries.find(userId);
    if (it == m_entries.end() || it->connections == 0)
        return false;
    return --it->connections == 0;
}

StaffPresence *Roster::find(qint64 userId)
{
    auto it = m_entries.find(userId);
    return it == m_entries.end() ? nullptr : &*it;
}

const StaffPresence *Roster::find(qint64 userId) const
{
    auto it = m_entries.constFind(userId);
    return it == m_entries.cend() ? nullptr : &*it;
}

void Roster::choose(qint64 userId, protocol::PresenceState state, const QString &reason, const QDateTime &now)
{
    StaffPresence *p = find(userId);
    if (!p)
        return;
    if (state == protocol::PresenceState::Available && !p->isAvailable())
        p->idleSince = now;
    p->chosen = state;
    p->reason = state == protocol::PresenceState::Pause ? reason : QString();
}

void Roster::startWrapup(qint64 userId, const QDateTime &until)
{
    if (StaffPresence *p = find(userId))
        p->wrapupUntil = until;
}

void Roster::startWrapupAfterContact(qint64 userId, int seconds, const QDateTime &now)
{
    StaffPresence *p = find(userId);
    if (!p)
        return;
    const QDateTime until = now.addSecs(seconds);
    p->wrapupUntil = p->inWrapup(now) ? std::max(until, p->wrapupUntil) : until;
}

bool Roster::extendWrapup(qint64 userId, int seconds, int maxSeconds, const QDateTime &now)
{
    StaffPresence *p = find(userId);
    if (!p || !p->inWrapup(now))
        return false;
    p->wrapupUntil = std::min(p->wrapupUntil.addSecs(seconds), now.addSecs(maxSeconds));
    return true;
}

void Roster::endWrapup(qint64 userId, const QDateTime &now)
{
    if (StaffPresence *p = find(userId)) {
        p->wrapupUntil = QDateTime();
        p->idleSince = now;
    }
}

void Roster::startGrace(qint64 userId, const QDateTime &until)
{
    if (StaffPresence *p = find(userId))
        p->graceUntil = until;
}

QList<qint64> Roster::takeEndedWrapups(const QDateTime &now)
{
    QList<qint64> ended;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->wrapupUntil.isValid() && it->wrapupUntil <= now) {
            it->wrapupUntil = QDateTime();
            it->idleSince = now;
            ended.append(it.key());
        }
    }
    return ended;
}

QList<qint64> Roster::takeEndedGraces(const QDateTime &now)
{
    QList<qint64> ended;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->graceUntil.isValid() && it->graceUntil <= now) {
            it->graceUntil = QDateTime();
            ended.append(it.key());
        }
    }
    return ended;
}

} // namespace ecoute::server
