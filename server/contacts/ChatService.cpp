// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/ChatService.h"

#include "server/contacts/ChatCommitter.h"
#include "server/transport/ClientConnection.h"

namespace ecoute::server {

void ChatService::send(const ChatMessageIn &message)
{
    const QPointer<ClientConnection> sender = message.sender;
    const QString clientMsgId = message.clientMsgId;
    const QString re = message.requestId;
    const bool namesContact = message.ack == ChatMessageIn::Ack::NamingContact;
    // By value: the committer answers what is pending when it shuts down, possibly after this service.
    const FanOut fanOut = m_fanOut;
    m_committer.append(
        message.contact, message.author, message.text, clientMsgId,
        [sender, fanOut, clientMsgId, re, namesContact](const std::optional<ChatCommitter::Committed> &done) {
            if (!done) {
                if (sender)
                    sender->sendError(protocol::ErrorCode::Internal,
                                      QStringLiteral("the message could not be stored"), re);
                return;
            }
            if (sender) {
                QJsonObject ack {{QStringLiteral("clientMsgId"), clientMsgId},
                                 {QStringLiteral("seq"), done->stored.message.seq}};
                if (namesContact)
                    ack.insert(QStringLiteral("contactId"), done->contact.id);
                sender->send(QStringLiteral("chat.ack"), ack, re);
            }
            if (!done->stored.duplicate)
                fanOut(done->contact, done->stored.message);
        });
}

} // namespace ecoute::server
