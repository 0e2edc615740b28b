// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/Contact.h"

#include <QJsonArray>

#include <algorithm>

namespace ecoute::models {

namespace {
QDateTime parseTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}
} // namespace

Contact Contact::fromJson(const QJsonObject &json)
{
    Contact c;
    c.id = json.value(QLatin1String("id")).toString();
    c.channel = json.value(QLatin1String("channel")).toString();
    c.pseudonym = json.value(QLatin1String("pseudonym")).toString();
    c.language = json.value(QLatin1String("language")).toString();
    c.state = json.value(QLatin1String("state")).toString();
    c.createdAt = parseTime(json.value(QLatin1String("createdAt")));
    c.urgent = json.value(QLatin1String("urgent")).toBool();
    c.practice = json.value(QLatin1String("practice")).toBool();
    c.answerBy = parseTime(json.value(QLatin1String("answerBy")));
    c.threadLength = std::max(0, json.value(QLatin1String("threadLength")).toInt());
    return c;
}

Handover Handover::fromJson(const QJsonObject &json)
{
    Handover h;
    h.fromUser = json.value(QLatin1String("fromUser")).toString();
    h.fromName = json.value(QLatin1String("fromName")).toString();
    h.note = json.value(QLatin1String("note")).toString();
    h.at = parseTime(json.value(QLatin1String("at")));
    return h;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &json)
{
    ChatMessage m;
    m.seq = json.value(QLatin1String("seq")).toInteger();
    m.from = json.value(QLatin1String("from")).toString();
    m.text = json.value(QLatin1String("text")).toString();
    m.at = parseTime(json.value(QLatin1String("at")));
    const QJsonArray attachments = json.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        m.attachments.append({attachment.value(QLatin1String("name")).toString(),
                              attachment.value(QLatin1String("type")).toString(),
                              std::max<qint64>(0, attachment.value(QLatin1String("size")).toInteger())});
    }
    m.event = json.value(QLatin1String("event")).toString();
    return m;
}

} // namespace ecoute::models
