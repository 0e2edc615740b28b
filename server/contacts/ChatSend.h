// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::server {

class ChatCommitter;
class ClientConnection;
class ContactStore;
class Router;

namespace chat {
/// A chat.send both endpoints share: the message goes to the group commit;
/// once it is durable, the sender's connection (if it is still there) gets
/// chat.ack (with contactId on the staff endpoint) and everybody concerned
/// gets chat.message, even if the sender has gone meanwhile.
void sendAfterCommit(ChatCommitter &committer, Router &router, ContactStore &contacts, ClientConnection &sender,
                     const QString &contactId, const QString &from, const QString &text,
                     const QString &clientMsgId, const QString &re, bool ackNamesContact);
} // namespace chat

} // namespace ecoute::server
