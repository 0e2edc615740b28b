// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"
#include "server/transport/ClientConnection.h"

#include <QPointer>
#include <QString>

#include <functional>

namespace ecoute::server {

class ChatCommitter;

/// One message written into a conversation, from whichever channel or endpoint.
struct ChatMessageIn
{
    /// How chat.ack answers the sender.
    enum class Ack {
        Plain, ///< clientMsgId and seq (the help-seeker's page: it has one contact)
        NamingContact, ///< also contactId (a workstation: it has several)
    };

    ContactRecord contact; ///< as the sender's session looked it up and authorised it
    QString author; ///< protocol sender: seeker or volunteer
    QString text;
    QString clientMsgId;
    QPointer<ClientConnection> sender; ///< acked if still connected; null: nobody to ack
    QString requestId; ///< the chat.send the ack and an error answer
    Ack ack = Ack::Plain;
};

/// The one path of a chat message: the group commit makes it durable, then the
/// sender (if still there) gets chat.ack and everybody concerned chat.message,
/// even if the sender has gone meanwhile. The contact travels through the
/// commit, which refreshes who holds it, so nothing is looked up again.
class ChatService
{
public:
    /// Who hears of a stored message (Router::deliver in the server): given,
    /// so that contacts/ does not depend on routing/.
    using FanOut = std::function<void(const ContactRecord &contact, const MessageRecord &message)>;

    ChatService(ChatCommitter &committer, FanOut fanOut) : m_committer(committer), m_fanOut(std::move(fanOut))
    {
    }

    void send(const ChatMessageIn &message);

private:
    ChatCommitter &m_committer;
    FanOut m_fanOut;
};

} // namespace ecoute::server
