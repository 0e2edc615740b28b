// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/Workstation.h"

#include "models/connection/ErrorText.h"
#include "models/inbox/RoutingText.h"

#include "protocol/Errors.h"
#include "protocol/HandlerTable.h"

#include <QJsonArray>
#include <QSet>
#include <QSslCertificate>
#include <QWebSocket>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

Workstation::Workstation(QSettings &settings, QObject *parent)
    : QObject(parent), m_pins(settings), m_connection(m_pins), m_session(m_connection),
      m_supervision(m_connection, m_session, m_conversations),
      m_practice(m_connection, m_session, m_conversations),
      m_calls([this](const Envelope &envelope) { return m_connection.send(envelope); }, callServer()),
      m_mailOutbox([this](const Envelope &envelope) { return m_connection.send(envelope); }),
      m_mailDesk([this](const Envelope &envelope) { return m_connection.send(envelope); }),
      m_pendingReports([this](const Envelope &envelope) { return m_connection.send(envelope); }),
      m_riskCases([this](const Envelope &envelope) { return m_connection.send(envelope); }),
      m_directory([this](const Envelope &envelope) { return m_connection.send(envelope); }),
      m_statistics([this](const Envelope &envelope) { return m_connection.send(envelope); })
{
    // mail.outbox also tells supervisors about reviews: only threads answered here are ours.
    m_mailOutbox.setOwnership([this](const QString &contactId) {
        const Conversation *conversation = m_conversations.find(contactId);
        return conversation && conversation->access() == Conversation::Access::Answering;
    });
    m_mailDrafts.follow(m_mailOutbox);
    connect(&m_mailOutbox, &MailOutbox::errorMessage, this, &Workstation::errorMessage);
    connect(&m_mailDesk, &MailDesk::errorMessage, this, &Workstation::errorMessage);
    connect(&m_pendingReports, &PendingReports::errorMessage, this, &Workstation::errorMessage);
    connect(&m_riskCases, &RiskCaseList::errorMessage, this, &Workstation::errorMessage);
    connect(&m_directory, &ReferralDirectory::errorMessage, this, &Workstation::errorMessage);
    // The directory is small and not pushed: every staff member reads it from login on.
    connect(&m_session, &Session::loggedIn, &m_directory, [this] { m_directory.request(); });
    connect(&m_calls, &CallList::errorMessage, this, &Workstation::errorMessage);
    connect(&m_conversations, &ConversationList::removed, &m_calls, &CallList::remove);
    connect(&m_session, &Session::stateChanged, &m_calls, [this](Session::State state) {
        if (state == Session::State::LoggedOut)
            m_calls.hangUpAll(); // logged out: no audio goes on
    });
    connect(&m_supervision, &SupervisionModel::errorMessage, this, &Workstation::errorMessage);
    connect(&m_practice, &PracticeModel::errorMessage, this, &Workstation::errorMessage);
    connect(&m_practice, &PracticeModel::conversationOpened, this, &Workstation::conversationOpened);
    connect(&m_connection, &Connection::envelopeReceived, this, &Workstation::handleEnvelope);
    connect(&m_connection, &Connection::connectionLost, this, &Workstation::onConnectionDown);
    connect(&m_conversations, &ConversationList::added, this, &Workstation::wire);
    connect(&m_session, &Session::errorMessage, this, &Workstation::errorMessage);
}

void Workstation::setSoftphone(Softphone *softphone, Preferences *headset)
{
    m_calls.setSoftphone(softphone, headset);
}

CallList::Server Workstation::callServer()
{
    CallList::Server server;
    server.host = [this] {
        return m_connection.address().url().host();
    };
    server.pinnedCertificateDer = [this] {
        return pinnedCertificateDer();
    };
    return server;
}

QByteArray Workstation::pinnedCertificateDer() const
{
    // The socket is the connection's own; only a certificate that matches the pin is handed on.
    const QString hostAndPort = m_connection.address().hostAndPort();
    const QByteArray pin = m_pins.pinned(hostAndPort);
    if (pin.isEmpty())
        return {};
    const auto sockets = m_connection.findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
    for (const QWebSocket *socket : sockets) {
        const QSslCertificate certificate = socket->sslConfiguration().peerCertificate();
        if (socket->state() == QAbstractSocket::ConnectedState && !certificate.isNull()
            && CertificatePins::fingerprint(certificate) == pin)
            return certificate.toDer();
    }
    return {};
}

void Workstation::accept(const QString &contactId)
{
    const QString id = m_connection.send(
        Envelope::make(protocol::MessageType::ContactAccept, {{QStringLiteral("contactId"), contactId}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return;
    }
    m_acceptRequests.insert(id, contactId);
}

void Workstation::decline(const QString &contactId)
{
    m_inbox.clearOffer(contactId); // stop ringing now; offer.withdrawn confirms
    const QString id = m_connection.send(
        Envelope::make(protocol::MessageType::OfferDecline, {{QStringLiteral("contactId"), contactId}}));
    if (!id.isEmpty())
        m_declineRequests.insert(id);
}

void Workstation::requestTeam()
{
    if (m_connection.send(Envelope::make(protocol::MessageType::TeamGet)).isEmpty())
        emit errorMessage(ErrorText::connectionLost());
}

void Workstation::transfer(const QString &contactId, const QString &toUser, const QString &note)
{
    const QString id = m_connection.send(Envelope::make(protocol::MessageType::ContactTransfer,
                                                        {{QStringLiteral("contactId"), contactId},
                                                         {QStringLiteral("toUser"), toUser},
                                                         {QStringLiteral("note"), note.left(1000)}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return;
    }
    m_transferRequests.insert(id, contactId);
}

QList<Conversation *> Workstation::activeConversations() const
{
    QList<Conversation *> active;
    for (Conversation *conversation : m_conversations.all()) {
        if (conversation->isActive())
            active.append(conversation);
    }
    return active;
}

void Workstation::goOffShift(bool handBack)
{
    if (handBack) {
        for (Conversation *conversation : activeConversations())
            m_connection.send(Envelope::make(protocol::MessageType::ContactRequeue,
                                             {{QStringLiteral("contactId"), conversation->contactId()}}));
    }
    m_session.setPresence(Presence::Off);
}

void Workstation::handleEnvelope(const Envelope &envelope)
{
    static constexpr protocol::HandlerTable<Workstation, const Envelope &> table {
        {MessageType::InboxSnapshot, &Workstation::onInboxSnapshot},
        {MessageType::ContactUpdate, &Workstation::onContactUpdate},
        {MessageType::ContactRemoved, &Workstation::onContactRemoved},
        {MessageType::ConversationOpen, &Workstation::onConversationOpen},
        {MessageType::ConversationsSnapshot, &Workstation::onConversationsSnapshot},
        {MessageType::ContactEnded, &Workstation::onEnded},
        {MessageType::Offer, &Workstation::onOffer},
        {MessageType::OfferWithdrawn, &Workstation::onOfferWithdrawn},
        {MessageType::ContactReleased, &Workstation::onReleased},
        {MessageType::TeamSnapshot, &Workstation::onTeamSnapshot},
        {MessageType::ChatMessage, &Workstation::onChatMessage},
        {MessageType::ChatAck, &Workstation::onChatAck},
        {MessageType::Error, &Workstation::onError},
        {MessageType::CallConnect, &Workstation::onCallConnect},
        {MessageType::CallState, &Workstation::onCallState},
    };
    if (m_session.handle(envelope) || m_supervision.handle(envelope) || m_practice.handle(envelope)
        || m_mailOutbox.handle(envelope) || m_mailDesk.handle(envelope) || m_reportForm.handle(envelope)
        || m_pendingReports.handle(envelope) || m_riskCases.handle(envelope) || m_wellbeing.handle(envelope)
        || m_directory.handle(envelope) || m_statistics.handle(envelope))
        return;
    table.dispatch(*this, envelope.messageType, envelope);
}

namespace {
QString contactIdOf(const Envelope &envelope)
{
    return envelope.body.value(QLatin1String("contactId")).toString();
}
} // namespace

void Workstation::onInboxSnapshot(const Envelope &envelope)
{
    m_inbox.resetContacts(envelope.body.value(QLatin1String("contacts")).toArray());
}

void Workstation::onContactUpdate(const Envelope &envelope)
{
    const Contact contact = Contact::fromJson(envelope.body.value(QLatin1String("contact")).toObject());
    if (Conversation *conversation = m_conversations.find(contact.id))
        conversation->setContact(contact); // e.g. marked urgent meanwhile
    else
        m_inbox.updateContact(contact);
}

void Workstation::onContactRemoved(const Envelope &envelope)
{
    m_inbox.removeContact(contactIdOf(envelope));
}

void Workstation::onOfferWithdrawn(const Envelope &envelope)
{
    const QString contactId = contactIdOf(envelope);
    const QString reasonName = envelope.body.value(QLatin1String("reason")).toString();
    const auto reason = protocol::fromString<protocol::OfferEndReason>(reasonName);
    m_inbox.clearOffer(contactId);
    if (reason == protocol::OfferEndReason::Taken || reason == protocol::OfferEndReason::Ended)
        m_inbox.removeContact(contactId);
    emit offerWithdrawn(contactId, RoutingText::offerWithdrawn(reasonName));
}

void Workstation::onTeamSnapshot(const Envelope &envelope)
{
    const QJsonArray members = envelope.body.value(QLatin1String("members")).toArray();
    m_team.setSelf(m_session.user());
    m_team.reset(members);
    m_teamBoard.reset(members);
}

void Workstation::onChatMessage(const Envelope &envelope)
{
    if (Conversation *c = m_conversations.find(contactIdOf(envelope)))
        c->handleMessage(envelope.body);
}

void Workstation::onChatAck(const Envelope &envelope)
{
    if (Conversation *c = m_conversations.find(contactIdOf(envelope)))
        c->handleAck(envelope.body);
}

void Workstation::onConversationOpen(const Envelope &envelope)
{
    const QJsonObject &body = envelope.body;
    const Contact contact = Contact::fromJson(body.value(QLatin1String("contact")).toObject());
    if (!contact.isValid())
        return;
    const auto mode = protocol::fromString<protocol::SupervisorMode>(
        body.value(QLatin1String("supervision")).toObject().value(QLatin1String("mode")).toString());
    // A supervisor joining to listen: read-only, whispers to the volunteer.
    const bool joined =
        m_supervision.takeJoinAnswer(envelope.re) || mode == protocol::SupervisorMode::Listening;
    // An observer of a practice exercise: reads only, silently.
    const bool observing = mode == protocol::SupervisorMode::Observing;
    m_inbox.removeContact(contact.id);
    m_acceptRequests.removeIf([&](const auto &it) { return it.value() == contact.id; });
    Conversation *conversation = m_conversations.obtain(contact);
    conversation->setAccess(observing    ? Conversation::Access::Observing
                                : joined ? Conversation::Access::Supervising
                                         : Conversation::Access::Answering);
    if (!joined)
        conversation->supervision().clear();
    conversation->reopen(); // it may come back after a transfer
    conversation->loadMessages(body.value(QLatin1String("messages")).toArray());
    const QJsonValue handover = body.value(QLatin1String("handover"));
    if (handover.isObject())
        conversation->setHandover(Handover::fromJson(handover.toObject()));
    emit conversationOpened(conversation);
}

void Workstation::onOffer(const Envelope &envelope)
{
    const QJsonObject &body = envelope.body;
    const Contact contact = Contact::fromJson(body.value(QLatin1String("contact")).toObject());
    if (!contact.isValid())
        return;
    if (Conversation *existing = m_conversations.find(contact.id); existing && existing->isActive())
        return; // already ours
    const qint64 timeoutMs = body.value(QLatin1String("timeoutMs")).toInteger();
    m_inbox.addOffer(contact, timeoutMs);
    emit offerReceived(contact, timeoutMs);
}

void Workstation::onReleased(const Envelope &envelope)
{
    const QJsonObject &body = envelope.body;
    const QString contactId = body.value(QLatin1String("contactId")).toString();
    m_transferRequests.removeIf([&](const auto &it) { return it.value() == contactId; });
    m_calls.contactClosed(contactId); // no longer this workstation's: neither is its call
    Conversation *conversation = m_conversations.find(contactId);
    if (!conversation || !conversation->isActive())
        return;
    const QString reason = body.value(QLatin1String("reason")).toString();
    const QString toUser = body.value(QLatin1String("toUser")).toString();
    const QString toName = toUser.isEmpty() ? QString() : m_team.nameOf(toUser);
    conversation->markReleased(reason, toUser, toName);
    emit conversationReleased(conversation, RoutingText::released(reason, toName));
}

void Workstation::onEnded(const Envelope &envelope)
{
    const QString contactId = contactIdOf(envelope);
    const QString by = envelope.body.value(QLatin1String("by")).toString();
    m_inbox.removeContact(contactId);
    m_calls.contactClosed(contactId);
    Conversation *conversation = m_conversations.find(contactId);
    if (!conversation || conversation->isEnded())
        return;
    conversation->markEnded(by);
    // The server adds it to this volunteer's contacts left to report: ask for the list.
    if (conversation->access() == Conversation::Access::Answering && !conversation->isPlayed())
        m_pendingReports.request();
    if (conversation->markedHard())
        emit hardContactEnded(contactId);
}

void Workstation::onConversationsSnapshot(const Envelope &envelope)
{
    const QJsonArray contacts = envelope.body.value(QLatin1String("contacts")).toArray();
    // Sent after every login/resume: the moment to catch up and resend.
    QSet<QString> active;
    for (const auto &value : contacts) {
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
        if (!active.contains(conversation->contactId()) && conversation->isActive()) {
            m_calls.contactClosed(conversation->contactId());
            conversation->markEnded(QStringLiteral("system"));
        }
    }
}

void Workstation::onConnectionDown()
{
    // Offers end with the connection (the server withdraws them); they come again if still due.
    m_inbox.clearOffers();
    for (Conversation *conversation : m_conversations.all())
        conversation->setOffline();
}

void Workstation::onCallConnect(const Envelope &envelope)
{
    m_calls.handleConnect(envelope);
}

void Workstation::onCallState(const Envelope &envelope)
{
    m_calls.handleState(envelope);
}

void Workstation::onError(const Envelope &envelope)
{
    if (m_calls.handleError(envelope) || m_mailOutbox.handleError(envelope)
        || m_mailDesk.handleError(envelope) || m_pendingReports.handleError(envelope)
        || m_riskCases.handleError(envelope) || m_directory.handleError(envelope)
        || m_statistics.handleError(envelope))
        return;
    const QString code = envelope.body.value(QLatin1String("code")).toString();
    const int retryAfterMs = envelope.body.value(QLatin1String("retryAfterMs")).toInt(-1);
    if (m_declineRequests.remove(envelope.re))
        return; // the offer was over already: nothing to tell
    if (const QString transferred = m_transferRequests.take(envelope.re); !transferred.isEmpty()) {
        emit errorMessage(RoutingText::transferFailed(code));
        return;
    }
    const QString contactId = m_acceptRequests.take(envelope.re);
    const auto error = protocol::errorCodeFromName(code);
    if (!contactId.isEmpty()
        && (error == protocol::ErrorCode::NotFound || error == protocol::ErrorCode::InvalidState))
        m_inbox.removeContact(contactId); // someone else was quicker
    emit errorMessage(ErrorText::forCodeName(code, retryAfterMs));
}

void Workstation::wire(Conversation *conversation)
{
    connect(conversation, &Conversation::sendRequested, this,
            [this](const Envelope &envelope) { m_connection.send(envelope); });
}

} // namespace ecoute::models
