// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificatePins.h"
#include "Connection.h"
#include "ConversationList.h"
#include "InboxModel.h"
#include "Session.h"

#include <QHash>
#include <QObject>

class QSettings;

namespace ecoute::models {

/// The facade the widgets talk to: owns the connection, the session, the inbox
/// and the open conversations, and routes each server frame to the one that
/// handles it. Holds all client-side logic so the widgets hold none.
class Workstation : public QObject
{
    Q_OBJECT

public:
    /// settings (certificate pins) must outlive the workstation.
    explicit Workstation(QSettings &settings, QObject *parent = nullptr);

    Connection &connection() { return m_connection; }
    Session &session() { return m_session; }
    InboxModel &inbox() { return m_inbox; }
    ConversationList &conversations() { return m_conversations; }
    CertificatePins &pins() { return m_pins; }

    void accept(const QString &contactId);

    /// Routes one decoded server frame; public so tests can feed frames.
    void handleEnvelope(const protocol::Envelope &envelope);

signals:
    /// A conversation to show (accepted here, or found again after login).
    void conversationOpened(ecoute::models::Conversation *conversation);
    void errorMessage(const QString &message);

private:
    void onConversationsSnapshot(const QJsonArray &contacts);
    void onConnectionDown();
    void onError(const protocol::Envelope &envelope);
    void wire(Conversation *conversation);

    CertificatePins m_pins;
    Connection m_connection;
    Session m_session;
    InboxModel m_inbox;
    ConversationList m_conversations;
    QHash<QString, QString> m_acceptRequests; ///< request id -> contact id
};

} // namespace ecoute::models
