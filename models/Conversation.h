// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"
#include "TranscriptModel.h"
#include "protocol/Envelope.h"

#include <QJsonArray>
#include <QObject>

namespace ecoute::models {

/// One conversation with a help-seeker: its transcript and an outbox of
/// messages the server has not acknowledged yet. After a reconnect it asks for
/// what it missed (chat.sync) and resends the outbox with the same clientMsgIds,
/// which the server deduplicates, so nothing is lost and nothing is doubled.
class Conversation : public QObject
{
    Q_OBJECT

public:
    explicit Conversation(const Contact &contact, QObject *parent = nullptr);

    QString contactId() const { return m_contact.id; }
    const Contact &contact() const { return m_contact; }
    void setContact(const Contact &contact);
    TranscriptModel *transcript() { return &m_transcript; }

    bool isOnline() const { return m_online; }
    bool isEnded() const { return m_ended; }
    QString endedBy() const { return m_endedBy; }
    int outboxSize() const { return int(m_outbox.size()); }

    /// Queues text for sending; false (and nothing queued) when it is blank,
    /// too long or the conversation has ended.
    bool send(const QString &text);
    /// Asks the server to end the conversation; contact.ended confirms it.
    void end();

    void loadMessages(const QJsonArray &messages);
    void handleMessage(const QJsonObject &body);
    void handleAck(const QJsonObject &body);
    void markEnded(const QString &by);

    /// The connection dropped: keep everything, send nothing.
    void setOffline();
    /// Authenticated again: catch up and resend the outbox.
    void resume();

signals:
    /// Workstation hands these to the Connection.
    void sendRequested(const ecoute::protocol::Envelope &envelope);
    void ended(const QString &by);
    void onlineChanged(bool online);
    void contactChanged();
    void seekerWrote();

private:
    struct OutgoingMessage
    {
        QString clientMsgId;
        QString text;
    };
    void transmit(const OutgoingMessage &message);

    Contact m_contact;
    TranscriptModel m_transcript;
    QList<OutgoingMessage> m_outbox;
    bool m_online = true;
    bool m_ended = false;
    QString m_endedBy;
};

} // namespace ecoute::models
