// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/Recipients.h"
#include "server/service/ServerContext.h"

#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace ecoute::server {

class ClientConnection;

/// One workstation connection on /ws/staff: hello -> auth -> ready. Every
/// action is authorised here, on the server: a contact can be read or written
/// only by the volunteer it was given to (anyone else gets not_found).
class StaffSession : public QObject, public StaffRecipient
{
    Q_OBJECT

public:
    StaffSession(ClientConnection *connection, ServerContext context, QObject *parent = nullptr);
    ~StaffSession() override;

    ClientConnection &connection() { return *m_connection; }
    qint64 userId() const override { return m_account ? m_account->id : 0; }
    /// The account as last checked (null before login).
    const Account *account() const override { return m_account ? &*m_account : nullptr; }
    /// Authenticated as volunteer or supervisor (the roles that answer contacts).
    bool canTakeContacts() const override;
    /// Before anything is pushed to this connection (and on ping): true if
    /// its session token is still valid and the account enabled. If not, the
    /// session is dropped and the connection closed with 1008; the client's
    /// auth.resume then learns why (session_expired / account_disabled).
    bool revalidate() override;
    // StaffRecipient: how the router reaches this window.
    const ClientConnection *connectionKey() const override { return m_connection; }
    ClientConnection *requestConnection() override { return m_connection; }
    void push(const QString &type, const protocol::FrameBody &body, const QString &re = {}) override;
    void pushError(protocol::ErrorCode code, const QString &detail, const QString &re,
                   qint64 retryAfterMs = -1, const QString &field = {}) override;
    void openConversation(const ContactRecord &contact, const QList<MessageRecord> &messages,
                          const QJsonObject &extras = {}, const QString &re = {}) override;

    /// The message types this endpoint answers itself; the rest go to supervision, practice
    /// and statistics (tst_server_dispatch checks that every staff type has one handler).
    static QList<protocol::MessageType> handledTypes();

Q_SIGNALS:
    void finished();

private:
    enum class State { AwaitHello, AwaitAuth, Ready };

    using Handlers = protocol::HandlerTable<StaffSession, const protocol::Envelope &>;
    static const Handlers &beforeLoginHandlers();
    static const Handlers &readyHandlers();
    void handle(const protocol::Envelope &e);
    void handleLogin(const protocol::Envelope &e);
    /// The password check of a login came back (on the event loop).
    void finishLogin(bool passwordOk, const QString &user, const QString &re);
    void handleResume(const protocol::Envelope &e);
    void handleLogout(const protocol::Envelope &e);
    void handlePresence(const protocol::Envelope &e);
    void handleAccept(const protocol::Envelope &e);
    void handleDecline(const protocol::Envelope &e);
    void handleWrapup(const protocol::Envelope &e);
    void handleTransfer(const protocol::Envelope &e);
    void handleRequeue(const protocol::Envelope &e);
    void handleFlag(const protocol::Envelope &e);
    void handleEnd(const protocol::Envelope &e);
    void handleChatSend(const protocol::Envelope &e);
    void handleChatSync(const protocol::Envelope &e);
    void handleTeamGet(const protocol::Envelope &e);

    /// Answers a router outcome other than Done with the matching error; true for Done.
    bool answerOutcome(int outcome, const protocol::Envelope &e, const QString &notFound,
                       const QString &invalid);
    void becomeReady(const Account &account, const QString &token, const QDateTime &expiresAt,
                     const QString &presence, const QString &re);
    void sendInboxSnapshot();
    /// The session token is still valid and the account enabled; if not, says
    /// so to the peer and drops back to the unauthenticated state.
    bool stillAuthorised(const protocol::Envelope &e);
    /// The contact named in body.contactId if it was given to this user;
    /// otherwise answers not_found (or missing_field) and returns nullopt.
    std::optional<ContactRecord> ownContact(const protocol::Envelope &e);

    ClientConnection *m_connection;
    ServerContext m_ctx;
    State m_state = State::AwaitHello;
    std::optional<Account> m_account;
    QString m_token;
    bool m_loginPending = false; ///< a password is being verified for this connection
};

} // namespace ecoute::server
