// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/Conversation.h"

#include "protocol/Limits.h"

#include <QUuid>

namespace ecoute::models {

using protocol::Envelope;

Conversation::Conversation(const Contact &contact, QObject *parent) : QObject(parent), m_contact(contact)
{
    m_ended = protocol::fromString<protocol::ContactState>(contact.state) == protocol::ContactState::Ended;
}

void Conversation::setContact(const Contact &contact)
{
    if (contact.id != m_contact.id)
        return;
    const bool practice = m_contact.practice;
    m_contact = contact;
    m_contact.practice = practice || contact.practice; // never unmarked by a partial update
    emit contactChanged();
}

void Conversation::setHandover(const Handover &handover)
{
    m_handover = handover;
    emit handoverChanged();
}

void Conversation::setAccess(Access access)
{
    if (m_access == access)
        return;
    if (access == Access::TakenOver || (m_access == Access::Supervising && access == Access::Answering))
        m_takeoverSeq = m_transcript.lastContiguousSeq();
    m_access = access;
    emit accessChanged(access);
}

void Conversation::playFor(const QString &trainee)
{
    m_trainee = trainee;
    m_contact.practice = true; // only practice contacts are played
    setAccess(Access::Playing);
}

bool Conversation::send(const QString &text)
{
    if (!canWrite() || text.trimmed().isEmpty() || text.size() > protocol::Limits::maxChatTextChars)
        return false;
    const OutgoingMessage message {QUuid::createUuid().toString(QUuid::WithoutBraces), text};
    m_outbox.append(message);
    m_transcript.addPending(message.clientMsgId, text, QDateTime::currentDateTimeUtc(),
                            isPlayed() ? QStringLiteral("seeker") : QStringLiteral("volunteer"));
    if (m_online)
        transmit(message);
    return true;
}

void Conversation::end(bool hard)
{
    if (!canWrite())
        return;
    if (isPlayed()) {
        emit sendRequested(Envelope::make(protocol::MessageType::PracticeEnd,
                                          {{QStringLiteral("contactId"), m_contact.id}}));
        return;
    }
    m_markedHard = hard;
    QJsonObject body {{QStringLiteral("contactId"), m_contact.id}};
    if (hard)
        body.insert(QStringLiteral("hard"), true);
    emit sendRequested(Envelope::make(protocol::MessageType::ContactEnd, body));
}

void Conversation::setUrgent(bool urgent)
{
    if (!isActive())
        return;
    emit sendRequested(
        Envelope::make(protocol::MessageType::ContactFlag,
                       {{QStringLiteral("contactId"), m_contact.id}, {QStringLiteral("urgent"), urgent}}));
}

void Conversation::loadMessages(const QJsonArray &messages)
{
    for (const auto &value : messages)
        m_transcript.addMessage(ChatMessage::fromJson(value.toObject()));
}

void Conversation::handleMessage(const QJsonObject &body)
{
    const ChatMessage message = ChatMessage::fromJson(body);
    const QLatin1String otherSide(isPlayed() ? "volunteer" : "seeker");
    if (m_transcript.addMessage(message) && message.from == otherSide)
        emit seekerWrote();
}

void Conversation::handleAck(const QJsonObject &body)
{
    const QString clientMsgId = body.value(QLatin1String("clientMsgId")).toString();
    m_transcript.acknowledge(clientMsgId, body.value(QLatin1String("seq")).toInteger());
    m_outbox.removeIf([&](const OutgoingMessage &m) { return m.clientMsgId == clientMsgId; });
}

void Conversation::markEnded(const QString &by)
{
    if (m_ended)
        return;
    m_ended = true;
    m_endedBy = by;
    m_contact.state = QStringLiteral("ended");
    m_outbox.clear(); // the server refuses messages to an ended contact
    emit ended(by);
}

void Conversation::markReleased(const QString &reason, const QString &toUser, const QString &toName)
{
    if (m_released || m_ended)
        return;
    m_released = true;
    m_releaseReason = reason;
    m_releasedTo = toUser;
    m_releasedToName = toName;
    emit released(reason);
}

void Conversation::reopen()
{
    if (!m_released)
        return;
    m_released = false;
    m_releaseReason.clear();
    m_releasedTo.clear();
    m_releasedToName.clear();
    resume(); // catch up, and send what could not be sent before
    emit contactChanged();
}

void Conversation::setOffline()
{
    if (!m_online)
        return;
    m_online = false;
    emit onlineChanged(false);
}

void Conversation::resume()
{
    catchUp();
    if (canWrite()) {
        for (const OutgoingMessage &message : std::as_const(m_outbox))
            transmit(message);
    }
}

void Conversation::catchUp()
{
    const bool wasOffline = !m_online;
    m_online = true;
    if (canWrite())
        emit sendRequested(Envelope::make(protocol::MessageType::ChatSync,
                                          {{QStringLiteral("contactId"), m_contact.id},
                                           {QStringLiteral("afterSeq"), m_transcript.lastContiguousSeq()}}));
    if (wasOffline)
        emit onlineChanged(true);
}

void Conversation::transmit(const OutgoingMessage &message)
{
    // A trainer writes as the help-seeker of the exercise.
    emit sendRequested(
        Envelope::make(isPlayed() ? QStringLiteral("practice.say") : QStringLiteral("chat.send"),
                       {{QStringLiteral("contactId"), m_contact.id},
                        {QStringLiteral("clientMsgId"), message.clientMsgId},
                        {QStringLiteral("text"), message.text}}));
}

} // namespace ecoute::models
