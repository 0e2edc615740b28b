// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ecoute::models {

/// A volunteer's shift state. Off, Available and Pause are chosen by the volunteer;
/// Busy (available but at capacity) and Wrapup (after a contact) are set by the server.
using Presence = protocol::PresenceState;

/// The wire name ("available").
QString presenceName(Presence presence);
/// Off for names outside the vocabulary.
Presence presenceFromName(const QString &name);
/// Translated label for the shift bar and status texts.
QString presenceLabel(Presence presence);
/// "1:05" for 65 seconds (never negative).
QString formatCountdown(qint64 seconds);

/// The effective state as the server pushes it (presence.state).
struct PresenceStatus
{
    Presence state = Presence::Off;
    /// What the volunteer chose (off/available/pause); Busy and Wrapup map to Available.
    Presence chosen = Presence::Off;
    QString reason; ///< optional reason of a pause
    QDateTime wrapupUntil; ///< valid in Wrapup

    static PresenceStatus fromJson(const QJsonObject &body);
    /// Seconds of wrap-up left at now; 0 outside wrap-up or once it is over.
    qint64 wrapupSecondsLeft(const QDateTime &now) const;
    /// Translated one-line description: "Pause: lunch", "Wrap-up: 1:45 left"…
    QString describe(const QDateTime &now) const;

    bool operator==(const PresenceStatus &other) const = default;
};

} // namespace ecoute::models
