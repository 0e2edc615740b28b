// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/ChatSend.h"

#include "server/contacts/ChatCommitter.h"
#include "server/transport/ClientConnection.h"
#include "server/routing/Router.h"

#include <QPointer>

namespace ecoute::server::chat {

void sendAfterCommit(ChatCommitter &committer, Router &router, ContactStore &contacts, ClientConnection &sender,
                     const QString &contactId, const QString &from, const QString &text,
                     const QString &clientMsgId, const QString &re, bool ackNamesContact)
{
    const QPointer<ClientConnection> connection(&sender);
    committer.append(contactId, from, text, clientMsgId,
                     [connection, &router, &contacts, contactId, clientMsgId, re,
                      ackNamesContact](const ChatCommitter::Result &stored) {
                         if (!stored) {
                             if (connection)
                                 connection->sendError(protocol::ErrorCode::Internal,
                                                       QStringLiteral("the message could not be stored"), re);
                             return;
                         }
                         if (connection) {
                             QJsonObject ack {{QStringLiteral("clientMsgId"), clientMsgId},
                                              {QStringLiteral("seq"), stored->message.seq}};
                             if (ackNamesContact)
                                 ack.insert(QStringLiteral("contactId"), contactId);
                             connection->send(QStringLiteral("chat.ack"), ack, re);
                         }
                         // Read again: the contact may have been accepted or transferred while the batch
                         // was written.
                         if (!stored->duplicate) {
                             if (const auto now = contacts.find(contactId))
                                 router.deliver(*now, stored->message);
                         }
                     });
}

} // namespace ecoute::server::chat
