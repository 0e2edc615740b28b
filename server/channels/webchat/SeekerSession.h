// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"
#include "server/service/ServerContext.h"

#include "protocol/Envelope.h"

#include <QObject>

#include <optional>

namespace ecoute::server {

class ClientConnection;

/// One anonymous help-seeker connection on /ws/seeker: hello -> seeker.start
/// (new contact or resumed one) -> chat. The seeker can only ever touch its
/// own contact; it never names a contact id.
class SeekerSession : public QObject
{
    Q_OBJECT

public:
    SeekerSession(ClientConnection *connection, ServerContext context, QObject *parent = nullptr);
    ~SeekerSession() override;

    ClientConnection &connection() { return *m_connection; }
    /// Empty until seeker.start.
    QString contactId() const { return m_contactId; }

Q_SIGNALS:
    void finished();

private:
    enum class State { AwaitHello, AwaitStart, Ready };

    void handle(const protocol::Envelope &e);
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
};

} // namespace ecoute::server
