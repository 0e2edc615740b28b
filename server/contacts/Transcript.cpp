// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/Transcript.h"

#include "server/transport/ClientConnection.h"

#include "protocol/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ecoute::server::transcript {

namespace {
// Room left for the envelope and the contact object around the list.
constexpr qsizetype kListBudgetBytes = protocol::Limits::maxFrameBytes - qsizetype {8} * 1024;

qsizetype encodedSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size() + 1; // + separator
}
} // namespace

void sendConversationOpen(ClientConnection &connection, const ContactRecord &contact,
                          const QList<MessageRecord> &messages, const QString &re, const QJsonObject &extras)
{
    QJsonArray included;
    qsizetype used = 0;
    qsizetype next = 0;
    for (; next < messages.size() && included.size() < protocol::Limits::maxListItems; ++next) {
        const QJsonObject message = messages.at(next).toJson();
        used += encodedSize(message);
        if (used > kListBudgetBytes)
            break;
        included.append(message);
    }
    QJsonObject body {{QStringLiteral("contact"), contact.toJson()}, {QStringLiteral("messages"), included}};
    for (auto it = extras.begin(); it != extras.end(); ++it)
        body.insert(it.key(), it.value()); // small: a note of at most 1000 characters, a mode
    connection.send(QStringLiteral("conversation.open"), body, re);
    for (; next < messages.size(); ++next) {
        QJsonObject message = messages.at(next).toJson();
        message.insert(QStringLiteral("contactId"), contact.id);
        connection.send(QStringLiteral("chat.message"), message, re);
    }
}

QJsonArray contactsForSnapshot(const QList<ContactRecord> &contacts)
{
    QJsonArray list;
    qsizetype used = 0;
    for (const ContactRecord &contact : contacts) {
        const QJsonObject object = contact.toJson();
        used += encodedSize(object);
        if (used > kListBudgetBytes || list.size() >= protocol::Limits::maxListItems)
            break;
        list.append(object);
    }
    return list;
}

} // namespace ecoute::server::transcript
