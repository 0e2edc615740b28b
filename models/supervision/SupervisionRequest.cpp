// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supervision/SupervisionRequest.h"

#include <QJsonValue>

namespace ecoute::models {

QDateTime parseProtocolTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

SupervisionRequest SupervisionRequest::fromJson(const QJsonObject &json)
{
    SupervisionRequest r;
    r.id = json.value(QLatin1String("id")).toString();
    // Unknown names (a newer server) read as the least demanding: not urgent, not open.
    r.kind = protocol::fromString<protocol::SupervisionKind>(json.value(QLatin1String("kind")).toString())
                 .value_or(protocol::SupervisionKind::WhenPossible);
    r.state = protocol::fromString<protocol::SupervisionState>(json.value(QLatin1String("state")).toString())
                  .value_or(protocol::SupervisionState::Closed);
    r.volunteer = json.value(QLatin1String("volunteer")).toString();
    r.volunteerName = json.value(QLatin1String("volunteerName")).toString();
    r.contactId = json.value(QLatin1String("contactId")).toString();
    r.message = json.value(QLatin1String("message")).toString();
    r.createdAt = parseProtocolTime(json.value(QLatin1String("createdAt")));
    r.supervisor = json.value(QLatin1String("supervisor")).toString();
    r.supervisorName = json.value(QLatin1String("supervisorName")).toString();
    r.acceptedAt = parseProtocolTime(json.value(QLatin1String("acceptedAt")));
    return r;
}

qint64 SupervisionRequest::waitingSeconds(const QDateTime &now) const
{
    if (!createdAt.isValid())
        return 0;
    return qMax<qint64>(0, createdAt.secsTo(now));
}

StaffMessage StaffMessage::fromJson(const QJsonObject &json)
{
    StaffMessage m;
    m.id = json.value(QLatin1String("id")).toVariant().toString();
    m.from = json.value(QLatin1String("from")).toString();
    m.text = json.value(QLatin1String("text")).toString();
    m.at = parseProtocolTime(json.value(QLatin1String("at")));
    m.clientMsgId = json.value(QLatin1String("clientMsgId")).toString();
    return m;
}

} // namespace ecoute::models
