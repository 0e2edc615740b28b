// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/MailReply.h"

namespace ecoute::models {

QDateTime parseMailTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

MailReply MailReply::fromJson(const QJsonObject &json)
{
    MailReply r;
    r.replyId = json.value(QLatin1String("replyId")).toString();
    r.contactId = json.value(QLatin1String("contactId")).toString();
    r.clientMsgId = json.value(QLatin1String("clientMsgId")).toString();
    r.state = protocol::fromString<protocol::MailReplyState>(json.value(QLatin1String("state")).toString());
    r.text = json.value(QLatin1String("text")).toString();
    r.sendAt = parseMailTime(json.value(QLatin1String("sendAt")));
    r.comment = json.value(QLatin1String("comment")).toString();
    r.at = parseMailTime(json.value(QLatin1String("at")));
    r.author = json.value(QLatin1String("author")).toString();
    r.pseudonym = json.value(QLatin1String("pseudonym")).toString();
    return r;
}

} // namespace ecoute::models
