// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workstation.h"

#include "ErrorText.h"

#include <QJsonArray>
#include <QSet>

namespace ecoute::models {

using protocol::Envelope;

Workstation::Workstation(QSettings &settings, QObject *parent)
    : QObject(parent), m_pins(settings), m_connection(m_pins), m_session(m_connection)
{
    connect(&m_connection, &Connection::envelopeReceived, this, &Workstation::handleEnvelope);
    connect(&m_connection, &Connection::connectionLost, this, &Workstation::onConnectionDown);
    connect(&m_conversations, &ConversationList::added, this, &Workstation::wire);
    connect(&m_session, &Session::errorMessage, this, &Workstation::errorMessage);
}

void Workstation::accept(const QString &contactId)
{
    const QString id = m_connection.send(
        Envelope::make(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return;
    }
    m_acceptRequests.insert(id, contactId);
}

void Workstation::handleEnvelope(const Envelope &envelope)
{
    if (m_session.handle(envelope))
        return;

    const QJsonObject &body = envelope.body;
    const QString &type = envelope.type;
    const QString contactId = body.value(QLatin1String("contactId")).toString();

    if (type == QLatin1String("inbox.snapshot")) {
        m_inbox.resetContacts(body.value(QLatin1String("contacts")).toArray());
    } else if (type == QLatin1String("contact.update")) {
        const Contact contact = Contact::fromJson(body.value(QLatin1String("contact")).toObject());
        if (Conversation *conversation = m_conversations.find(contact.id))
            conversation->setContact(contact); // e.g. marked urgent meanwhile
        else
            m_inbox.updateContact(contact);
    } else if (type == QLatin1String("contact.removed")) {
        m_inbox.removeContact(contactId);
    } else if (type == QLatin1String("conversation.open")) {
        const Contact contact = Contact::fromJson(body.value(QLatin1String("contact")).toObject());
        if (!contact.isValid())
            return;
        m_inbox.removeContact(contact.id);
        m_acceptRequests.removeIf([&](const auto &it) { return it.value() == contact.id; });
        Conversation *conversation = m_conversations.obtain(contact);
        conversation->loadMessages(body.value(QLatin1String("messages")).toArray());
        emit conversationOpened(conversation);
    } else if (type == QLatin1String("conversations.snapshot")) {
        onConversationsSnapshot(body.value(QLatin1String("contacts")).toArray());
    } else if (type == QLatin1String("contact.ended")) {
        if (Conversation *c = m_conversations.find(contactId))
            c->markEnded(body.value(QLatin1String("by")).toString());
        m_inbox.removeContact(contactId);
    } else if (type == QLatin1String("chat.message")) {
        if (Conversation *c = m_conversations.find(contactId))
            c->handleMessage(body);
    } else if (type == QLatin1String("chat.ack")) {
        if (Conversation *c = m_conversations.find(contactId))
            c->handleAck(body);
    } else if (type == QLatin1String("error")) {
        onError(envelope);
    }
}

void Workstation::onConversationsSnapshot(const QJsonArray &contacts)
{
    // Sent after every login/resume: the moment to catch up and resend.
    QSet<QString> active;
    for (const QJsonValue &value : contacts) {
        const Contact contact = Contact::fromJson(value.toObject());
        if (!contact.isValid())
            continue;
        active.insert(contact.id);
        const bool known = m_conversations.find(contact.id) != nullptr;
        Conversation *conversation = m_conversations.obtain(contact);
        if (!known)
            emit conversationOpened(conversation);
        conversation->resume();
    }
    for (Conversation *conversation : m_conversations.all()) {
        if (!active.contains(conversation->contactId()) && !conversation->isEnded())
            conversation->markEnded(QStringLiteral("system"));
    }
}

void Workstation::onConnectionDown()
{
    for (Conversation *conversation : m_conversations.all())
        conversation->setOffline();
}

void Workstation::onError(const Envelope &envelope)
{
    const QString code = envelope.body.value(QLatin1String("code")).toString();
    const int retryAfterMs = envelope.body.value(QLatin1String("retryAfterMs")).toInt(-1);
    const QString contactId = m_acceptRequests.take(envelope.re);
    if (!contactId.isEmpty()
        && (code == QLatin1String("not_found") || code == QLatin1String("invalid_state")))
        m_inbox.removeContact(contactId); // someone else was quicker
    emit errorMessage(ErrorText::forCodeName(code, retryAfterMs));
}

void Workstation::wire(Conversation *conversation)
{
    connect(conversation, &Conversation::sendRequested, this,
            [this](const Envelope &envelope) { m_connection.send(envelope); });
}

} // namespace ecoute::models
