// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ecoute::models {

/// A volunteer's request for a supervisor (protocol "SupervisionRequest" object).
struct SupervisionRequest
{
    QString id;
    protocol::SupervisionKind kind = protocol::SupervisionKind::WhenPossible;
    protocol::SupervisionState state = protocol::SupervisionState::Closed;
    QString volunteer;
    QString volunteerName;
    QString contactId; ///< empty when it concerns no particular contact
    QString message;
    QDateTime createdAt;
    QString supervisor; ///< who accepted it (empty while waiting)
    QString supervisorName;
    QDateTime acceptedAt;

    static SupervisionRequest fromJson(const QJsonObject &json);
    bool isValid() const { return !id.isEmpty(); }
    bool isUrgent() const { return kind == protocol::SupervisionKind::Urgent; }
    bool isDebrief() const { return kind == protocol::SupervisionKind::Debrief; }
    bool isWaiting() const { return state == protocol::SupervisionState::Waiting; }
    bool isAccepted() const { return state == protocol::SupervisionState::Accepted; }
    /// Waiting or accepted: not cancelled or closed yet.
    bool isOpen() const { return isWaiting() || isAccepted(); }
    QString volunteerDisplay() const { return volunteerName.isEmpty() ? volunteer : volunteerName; }
    QString supervisorDisplay() const { return supervisorName.isEmpty() ? supervisor : supervisorName; }
    /// Seconds since it was made (never negative).
    qint64 waitingSeconds(const QDateTime &now) const;
};

/// A message between staff, apart from any transcript: a whisper of a
/// supervisor to a volunteer, or a debrief message (whisper.message, debrief.message).
struct StaffMessage
{
    QString id; ///< the server's id; the same message is shown once
    QString from; ///< user name of the author
    QString text;
    QDateTime at;
    QString clientMsgId;

    static StaffMessage fromJson(const QJsonObject &json);
};

/// Parses the protocol's ISO 8601 times (with or without milliseconds).
QDateTime parseProtocolTime(const QJsonValue &value);

} // namespace ecoute::models
