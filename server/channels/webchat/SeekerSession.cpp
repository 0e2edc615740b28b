// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/webchat/SeekerSession.h"

#include "server/abuse/SeekerGuard.h"
#include "server/accounts/SessionTokens.h"
#include "server/contacts/ChatService.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/core/Logging.h"
#include "server/routing/Router.h"
#include "server/routing/SeekerRequests.h"
#include "server/storage/SecureRandom.h"
#include "server/transport/ClientConnection.h"
#include "server/transport/Handshake.h"

#include "protocol/HandlerTable.h"

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {
constexpr int kSeekerTokenBytes = 32;

/// What the web mailbox answers (ServerContext::mailbox), routed before seeker.start.
bool isMailboxType(MessageType type)
{
    return type == MessageType::MailboxOpen || type == MessageType::MailboxResume
        || type == MessageType::MailboxWrite;
}
} // namespace

SeekerSession::SeekerSession(ClientConnection *connection, ServerContext context, QObject *parent)
    : QObject(parent), m_connection(connection), m_ctx(context)
{
    m_connection->setParent(this);
    connect(m_connection, &ClientConnection::envelopeReceived, this, &SeekerSession::handle);
    connect(m_connection, &ClientConnection::disconnected, this, [this] {
        // The contact stays: the seeker may come back with its resume token
        // within the grace period (a waiting contact leaves the queue after it).
        m_ctx.router.removeSeeker(this);
        leavePage();
        Q_EMIT finished();
    });
}

SeekerSession::~SeekerSession()
{
    m_ctx.router.removeSeeker(this);
    leavePage();
}

void SeekerSession::leavePage()
{
    if (!m_showsPage)
        return;
    m_showsPage = false;
    m_ctx.seekerGuard.pageClosed(m_contactId);
}

bool SeekerSession::refusedFor(std::optional<qint64> waitMs, const QString &what, const QString &re)
{
    if (!waitMs)
        return false;
    m_connection->sendError(ErrorCode::RateLimited, what, re, *waitMs);
    return true;
}

const SeekerSession::Handlers &SeekerSession::beforeStartHandlers()
{
    static constexpr Handlers table {
        {MessageType::SeekerStart, &SeekerSession::handleStart},
    };
    return table;
}

const SeekerSession::Handlers &SeekerSession::readyHandlers()
{
    static constexpr Handlers table {
        {MessageType::ChatSend, &SeekerSession::handleChatSend},
        {MessageType::ChatSync, &SeekerSession::handleChatSync},
        {MessageType::SeekerLeave, &SeekerSession::handleLeave},
    };
    return table;
}

QList<MessageType> SeekerSession::handledTypes()
{
    // mailbox.* is answered by the web mailbox (WebMailbox::handledTypes), only routed here.
    return QList<MessageType> {MessageType::Ping, MessageType::Hello} + beforeStartHandlers().types()
        + readyHandlers().types();
}

void SeekerSession::handle(const Envelope &e)
{
    // One handler table per state (see protocol/HandlerTable.h); the codec has set messageType.
    const Handlers &beforeStart = beforeStartHandlers();
    const Handlers &ready = readyHandlers();

    const MessageType type = e.messageType;
    if (e.body.contains(QLatin1String("practice"))) {
        // A help-seeker cannot make a real contact practice, or the reverse.
        m_connection->sendError(ErrorCode::Forbidden, QStringLiteral("practice is set by the server only"),
                                e.id);
        return;
    }
    if (type == MessageType::Ping) {
        m_connection->send(QStringLiteral("pong"), {}, e.id);
        return;
    }
    switch (m_state) {
    case State::AwaitHello:
        if (type == MessageType::Hello) {
            if (handshake::answerHello(*m_connection, e))
                m_state = State::AwaitStart;
        } else {
            handshake::refuseBeforeHello(*m_connection, e);
        }
        return;
    case State::AwaitStart:
        if (type != MessageType::Hello && (m_mailbox || isMailboxType(type))) {
            handleMailbox(e);
            return;
        }
        if (beforeStart.dispatch(*this, type, e))
            return;
        if (type == MessageType::Hello)
            m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("hello was already done"), e.id);
        else
            m_connection->sendError(ErrorCode::NotAuthenticated, QStringLiteral("send seeker.start first"),
                                    e.id);
        return;
    case State::Ready:
        break;
    }
    if (!ready.dispatch(*this, type, e))
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the chat has already started"),
                                e.id);
}

void SeekerSession::handleMailbox(const Envelope &e)
{
    if (!m_ctx.mailbox) {
        m_connection->sendError(ErrorCode::UnknownType, QStringLiteral("this line has no web mailbox"), e.id);
        return;
    }
    m_mailbox = true;
    const bool opening =
        e.messageType == MessageType::MailboxOpen || e.messageType == MessageType::MailboxResume;
    if (opening) {
        // The password check runs off the event loop: the handshake deadline waits for its answer.
        m_mailboxRequest = e.id;
        m_connection->setHandshakeBusy(true);
    }
    if (!m_ctx.mailbox->handle(*this, e)) {
        m_connection->sendError(ErrorCode::Forbidden,
                                QStringLiteral("a web mailbox connection does not chat"), e.id);
    }
}

std::optional<ContactRecord> SeekerSession::resumable(const QString &token) const
{
    if (token.size() != qsizetype {2} * kSeekerTokenBytes)
        return std::nullopt;
    auto contact = m_ctx.contacts.findBySeekerTokenHash(SessionTokens::hashToken(token));
    if (!contact || contact->state == protocol::ContactState::Ended)
        return std::nullopt;
    return contact;
}

void SeekerSession::handleStart(const Envelope &e)
{
    QString token = e.text("resume");
    const bool resumed = !token.isEmpty();
    std::optional<ContactRecord> contact;
    if (resumed) {
        contact = resumable(token);
        if (!contact) {
            // Ended or unknown: the page shows "conversation ended" and may
            // start a new one (seeker.start without resume). Nothing is created.
            qCInfo(lcRouting) << "seeker resume refused: contact ended or unknown";
            m_connection->sendError(ErrorCode::SessionExpired,
                                    QStringLiteral("this conversation has ended; start a new one"), e.id);
            return;
        }
    } else {
        // Per source: how many wait at once, how many start per window, how many go first.
        auto &limits = m_ctx.seekerGuard.limits();
        const auto admitted =
            limits.admitStart(m_connection->source(), e.body.value(QLatin1String("urgent")).toBool(false));
        if (!admitted.allowed) {
            qCInfo(lcRouting) << "seeker start refused: per-source limit";
            refusedFor(admitted.retryAfterMs, QStringLiteral("many chats are starting from your network"),
                       e.id);
            return;
        }
        token = secure::randomHex(kSeekerTokenBytes);
        // The page is found again by its resume token's hash: its pseudonymous identity.
        const ArrivingContact arriving {protocol::Channel::Chat, e.text("language"),
                                        SessionTokens::hashToken(token), admitted.urgent};
        contact = m_ctx.contacts.create(m_ctx.pseudonyms.next(), arriving.language, arriving.urgent,
                                        arriving.pseudonymousIdentity, arriving.channel);
        if (!contact) {
            m_connection->sendError(ErrorCode::Internal, QStringLiteral("could not start the chat"), e.id);
            return;
        }
        limits.started(m_connection->source(), contact->id, admitted.urgent);
    }
    m_contactId = contact->id;
    m_showsPage = true;
    m_ctx.seekerGuard.pageOpened(m_contactId);
    m_state = State::Ready;
    m_connection->handshakeCompleted();
    m_connection->send(QStringLiteral("seeker.session"),
                       {{QStringLiteral("token"), token},
                        {QStringLiteral("pseudonym"), contact->pseudonym},
                        {QStringLiteral("contactId"), contact->id},
                        {QStringLiteral("state"), protocol::toString(contact->state)},
                        {QStringLiteral("emergency"), m_ctx.router.emergencyNumbers()}},
                       e.id);
    // Registered after seeker.session went out, so queue.position follows it.
    m_ctx.router.addSeeker(this);
    qCInfo(lcRouting) << (resumed ? "seeker resumed a contact" : "seeker started a contact");
    if (!resumed)
        m_ctx.router.contactWaiting(*contact);
}

void SeekerSession::handleChatSend(const Envelope &e)
{
    const auto contact = m_ctx.contacts.find(m_contactId);
    if (!contact || contact->state == protocol::ContactState::Ended) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the chat has ended"), e.id);
        return;
    }
    const QString text = e.text("text");
    if (refusedFor(m_ctx.seekerGuard.limits().admitMessage(m_connection->source(), contact->id, text.size()),
                   QStringLiteral("too many messages at once"), e.id))
        return;
    m_ctx.chat.send({*contact, QStringLiteral("seeker"), text, e.text("clientMsgId"), m_connection, e.id,
                     ChatMessageIn::Ack::Plain});
}

void SeekerSession::handleChatSync(const Envelope &e)
{
    // Each sync replays the transcript: a page asking again and again is held back.
    if (refusedFor(m_ctx.seekerGuard.limits().admitSync(m_connection->source(), m_contactId),
                   QStringLiteral("too many transcript requests"), e.id))
        return;
    const qint64 afterSeq = e.body.value(QLatin1String("afterSeq")).toInteger();
    for (const MessageRecord &m : m_ctx.contacts.messagesAfter(m_contactId, afterSeq))
        m_connection->send(QStringLiteral("chat.message"), m.toJson(), e.id);
}

void SeekerSession::handleLeave(const Envelope &e)
{
    const auto contact = m_ctx.contacts.find(m_contactId);
    if (!contact || !m_ctx.contacts.end(m_contactId, QStringLiteral("seeker"))) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the chat has already ended"), e.id);
        return;
    }
    m_ctx.router.contactEnded(*contact, QStringLiteral("seeker"), m_connection, e.id);
}

void SeekerSession::push(const QString &type, const protocol::FrameBody &body, const QString &re)
{
    m_connection->send(type, body, re);
    if (!m_mailbox)
        return;
    if (type == QLatin1String("mailbox.session"))
        m_connection->handshakeCompleted();
    if (!m_mailboxRequest.isEmpty() && re == m_mailboxRequest) {
        m_mailboxRequest.clear();
        m_connection->setHandshakeBusy(false);
    }
}

void SeekerSession::contactEnded(const QString &by, const QString &re)
{
    push(QStringLiteral("contact.ended"), {{QStringLiteral("by"), by}}, re);
    push(QStringLiteral("contact.state"),
         {{QStringLiteral("state"), protocol::toString(protocol::ContactState::Ended)}});
}

} // namespace ecoute::server
