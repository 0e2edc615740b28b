// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

/// Where one staff member stands, whichever of their windows asked: what they
/// chose (off, available, pause), their wrap-up, since when they are idle,
/// how many connections they have and, once the last one dropped with
/// conversations still open, until when those wait for them.
struct StaffPresence
{
    protocol::PresenceState chosen = protocol::PresenceState::Off;
    QString reason;
    QDateTime wrapupUntil; ///< invalid: not in wrap-up
    QDateTime idleSince; ///< for "longest idle first"
    int connections = 0;
    QDateTime graceUntil; ///< invalid: no grace period running

    bool isAvailable() const { return chosen == protocol::PresenceState::Available; }
    bool onShift() const { return chosen != protocol::PresenceState::Off; }
    bool inWrapup(const QDateTime &now) const { return wrapupUntil.isValid() && wrapupUntil > now; }
};

/// The presence of every staff member the router knows: connected, or
/// disconnected but still within their grace period. Plain state, no I/O:
/// it also keeps the deadlines of wrap-ups and grace periods, and says which
/// ended at a given time.
class Roster
{
public:
    /// A connection of this user arrived. The first one brings the presence
    /// it resumes (from the session token); later ones share the user's.
    StaffPresence &connect(qint64 userId, std::optional<protocol::PresenceState> resumedPresence,
                           const QDateTime &now);
    /// A connection left. Returns true if it was the user's last.
    bool disconnect(qint64 userId);
    void forget(qint64 userId) { m_entries.remove(userId); }

    StaffPresence *find(qint64 userId);
    const StaffPresence *find(qint64 userId) const;
    QList<qint64> users() const { return m_entries.keys(); }

    /// Chooses off/available/pause. Becoming available restarts the idle clock.
    void choose(qint64 userId, protocol::PresenceState state, const QString &reason, const QDateTime &now);
    void startWrapup(qint64 userId, const QDateTime &until);
    /// After a real contact: wrap-up for seconds from now, never cutting short a longer one running.
    void startWrapupAfterContact(qint64 userId, int seconds, const QDateTime &now);
    /// Adds seconds to the wrap-up running, but never beyond maxSeconds from now.
    /// False (nothing changed) if no wrap-up is running.
    bool extendWrapup(qint64 userId, int seconds, int maxSeconds, const QDateTime &now);
    /// Ends the wrap-up early: idle from now.
    void endWrapup(qint64 userId, const QDateTime &now);
    /// The last connection left with conversations open: they wait for the user until then.
    void startGrace(qint64 userId, const QDateTime &until);
    /// The users whose wrap-up or grace period is over at now (cleared here).
    QList<qint64> takeEndedWrapups(const QDateTime &now);
    QList<qint64> takeEndedGraces(const QDateTime &now);

private:
    QHash<qint64, StaffPresence> m_entries;
};

} // namespace ecoute::server
