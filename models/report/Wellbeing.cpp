// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/Wellbeing.h"

namespace ecoute::models {

Wellbeing::Wellbeing(QObject *parent) : QObject(parent) { }

bool Wellbeing::handle(const protocol::Envelope &envelope)
{
    if (envelope.messageType != protocol::MessageType::ShiftSummary)
        return false;
    const QJsonObject &body = envelope.body;
    ShiftSummary summary;
    summary.since = QDateTime::fromString(body.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
    summary.contacts = body.value(QLatin1String("contacts")).toInt();
    summary.hard = body.value(QLatin1String("hard")).toInt();
    summary.imminent = body.value(QLatin1String("imminent")).toInt();
    emit shiftSummary(summary);
    return true;
}

} // namespace ecoute::models
