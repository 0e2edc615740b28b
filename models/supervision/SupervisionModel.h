// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/conversation/StaffMessageModel.h"
#include "models/supervision/SupervisionRequestModel.h"
#include "protocol/Envelope.h"

#include <QHash>
#include <QObject>

namespace ecoute::models {

class Connection;
class Conversation;
class ConversationList;
class Session;

/// The workstation side of supervision. For a volunteer: asking for a
/// supervisor (urgent, when possible, debrief), following each request, and
/// seeing who is in their conversations and what they whisper. For a
/// supervisor: the queue of requests, accepting, joining a conversation to
/// listen, whispering, taking over, leaving. Debriefs for both. The server
/// checks every rule; refusals come back as translated sentences.
class SupervisionModel : public QObject
{
    Q_OBJECT

public:
    SupervisionModel(Connection &connection, Session &session, ConversationList &conversations,
                     QObject *parent = nullptr);

    /// The requests this user made that are still open.
    SupervisionRequestModel &myRequests() { return m_mine; }
    /// A supervisor's queue: the centre's waiting requests and those this supervisor accepted.
    SupervisionRequestModel &queue() { return m_queue; }
    bool isSupervisor() const;
    /// A request of either list (invalid if unknown).
    SupervisionRequest request(const QString &requestId) const;

    /// supervision.request; kind urgent/when_possible/debrief, message ≤ 500 characters.
    /// False when it could not be sent (offline).
    bool ask(const QString &kind, const QString &contactId, const QString &message = {});
    void cancel(const QString &requestId);
    void close(const QString &requestId);

    void accept(const QString &requestId);
    void join(const QString &contactId, const QString &requestId = {});
    void takeOver(const QString &contactId);
    void leave(const QString &contactId);
    /// A listening supervisor whispers to the volunteer (supervision.whisper); false
    /// (nothing sent) when blank, too long, offline or not listening there.
    bool whisper(const QString &contactId, const QString &text);

    /// The private messages of a debrief request (created on first use).
    StaffMessageModel *debrief(const QString &requestId);
    /// debrief.send; false when blank, too long or offline.
    bool sendDebrief(const QString &requestId, const QString &text);

    /// Consumes supervision frames (and errors answering them); false for the others.
    bool handle(const protocol::Envelope &envelope);
    /// True once if re answers a supervision.join of this workstation.
    bool takeJoinAnswer(const QString &re);

signals:
    void errorMessage(const QString &message);
    /// Something the user should know (a request accepted, a supervisor arrived…).
    void notice(const QString &message);
    void requestChanged(const ecoute::models::SupervisionRequest &request);
    void debriefReceived(const QString &requestId);

private:
    QString send(const QString &type, const QJsonObject &body);
    // Server frames, one handler each (the table is in handle()).
    bool onError(const protocol::Envelope &envelope);
    void onUpdate(const protocol::Envelope &envelope);
    void onQueue(const protocol::Envelope &envelope);
    void onPresence(const protocol::Envelope &envelope);
    void onWhisper(const protocol::Envelope &envelope);
    void onDebrief(const protocol::Envelope &envelope);
    void onRequestChanged(const SupervisionRequest &request);
    QString contactName(const QString &contactId) const;

    Connection &m_connection;
    Session &m_session;
    ConversationList &m_conversations;
    SupervisionRequestModel m_mine {false};
    SupervisionRequestModel m_queue {true};
    QHash<QString, StaffMessageModel *> m_debriefs;
    QHash<QString, QString> m_pending; ///< request id -> message type, until answered
    QHash<QString, QString> m_joins; ///< supervision.join request id -> contact id
};

} // namespace ecoute::models
