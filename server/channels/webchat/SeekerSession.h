// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/ChannelGateway.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/Recipients.h"
#include "server/service/ServerContext.h"

#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

#include <QObject>

#include <optional>

namespace ecoute::server {

class ClientConnection;

/// One anonymous help-seeker connection on /ws/seeker: hello -> seeker.start
/// (new contact or resumed one) -> chat. The seeker can only ever touch its
/// own contact; it never names a contact id. The first ChannelGateway.
/// Instead of seeker.start, a page may speak mailbox.* (the web mailbox, handed
/// to ServerContext::mailbox): such a connection never chats, and a chat never
/// opens a mailbox.
class SeekerSession : public QObject, public SeekerRecipient, public ChannelGateway
{
    Q_OBJECT

public:
    SeekerSession(ClientConnection *connection, ServerContext context, QObject *parent = nullptr);
    ~SeekerSession() override;

    ClientConnection &connection() { return *m_connection; }
    /// Empty until seeker.start.
    QString contactId() const override { return m_contactId; }
    // SeekerRecipient: how the router reaches this page.
    const ClientConnection *connectionKey() const override { return m_connection; }
    void push(const QString &type, const protocol::FrameBody &body, const QString &re = {}) override;
    // ChannelGateway: the web chat page is the help-seeker's side of its contact.
    protocol::Channel channel() const override { return protocol::Channel::Chat; }
    void toSeeker(const QString &type, const QJsonObject &body, const QString &re = {}) override
    {
        push(type, body, re);
    }
    void contactEnded(const QString &by, const QString &re = {}) override;

    /// The message types this endpoint answers (tst_server_dispatch checks none is orphaned).
    static QList<protocol::MessageType> handledTypes();

Q_SIGNALS:
    void finished();

private:
    enum class State { AwaitHello, AwaitStart, Ready };

    using Handlers = protocol::HandlerTable<SeekerSession, const protocol::Envelope &>;
    static const Handlers &beforeStartHandlers();
    static const Handlers &readyHandlers();
    void handle(const protocol::Envelope &e);
    /// mailbox.* and, once the page chose the mailbox, everything else but ping.
    void handleMailbox(const protocol::Envelope &e);
    void handleStart(const protocol::Envelope &e);
    void handleChatSend(const protocol::Envelope &e);
    void handleChatSync(const protocol::Envelope &e);
    void handleLeave(const protocol::Envelope &e);
    std::optional<ContactRecord> resumable(const QString &token) const;
    /// Sends rate_limited answering re if a limit says to wait; true then.
    bool refusedFor(std::optional<qint64> waitMs, const QString &what, const QString &re);
    /// This connection no longer shows its contact's page (grace period, see SeekerGuard).
    void leavePage();

    ClientConnection *m_connection;
    ServerContext m_ctx;
    State m_state = State::AwaitHello;
    QString m_contactId;
    bool m_showsPage = false; ///< counted as an open page of m_contactId
    bool m_mailbox = false; ///< this connection chose the web mailbox (never the chat)
    QString m_mailboxRequest; ///< the mailbox.open/resume being answered (handshake busy meanwhile)
};

} // namespace ecoute::server
