// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/staff/StaffSession.h"

#include "server/accounts/LoginThrottle.h"
#include "server/accounts/PasswordVerifier.h"
#include "server/accounts/SessionTokens.h"
#include "server/accounts/StaffAuthorizations.h"
#include "server/contacts/ChatService.h"
#include "server/contacts/Transcript.h"
#include "server/core/Logging.h"
#include "server/practice/Practice.h"
#include "server/routing/Router.h"
#include "server/routing/StaffRequests.h"
#include "server/staff/NotesPolicy.h"
#include "server/statistics/StatisticsHandler.h"
#include "server/storage/SecureRandom.h"
#include "server/supervision/Supervision.h"
#include "server/transport/ClientConnection.h"
#include "server/transport/Handshake.h"

#include "protocol/HandlerTable.h"

#include <QJsonArray>
#include <QPointer>
#include <QScopeGuard>

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {
constexpr qint64 kBusyRetryAfterMs = 1000;
} // namespace

StaffSession::StaffSession(ClientConnection *connection, ServerContext context, QObject *parent)
    : QObject(parent), m_connection(connection), m_ctx(context)
{
    m_connection->setParent(this);
    connect(m_connection, &ClientConnection::envelopeReceived, this, &StaffSession::handle);
    connect(m_connection, &ClientConnection::disconnected, this, [this] {
        // Presence belongs to the connection; conversations stay with the user.
        m_ctx.router.removeStaff(this);
        Q_EMIT finished();
    });
}

StaffSession::~StaffSession()
{
    m_ctx.router.removeStaff(this);
}

bool StaffSession::canTakeContacts() const
{
    return m_state == State::Ready && m_account && m_account->takesContacts();
}

const StaffSession::Handlers &StaffSession::beforeLoginHandlers()
{
    static constexpr Handlers table {
        {MessageType::AuthLogin, &StaffSession::handleLogin},
        {MessageType::AuthResume, &StaffSession::handleResume},
    };
    return table;
}

const StaffSession::Handlers &StaffSession::readyHandlers()
{
    static constexpr Handlers table {
        {MessageType::AuthLogout, &StaffSession::handleLogout},
        {MessageType::PresenceSet, &StaffSession::handlePresence},
        {MessageType::ContactAccept, &StaffSession::handleAccept},
        {MessageType::ContactEnd, &StaffSession::handleEnd},
        {MessageType::OfferDecline, &StaffSession::handleDecline},
        {MessageType::WrapupEnd, &StaffSession::handleWrapup},
        {MessageType::WrapupExtend, &StaffSession::handleWrapup},
        {MessageType::ContactTransfer, &StaffSession::handleTransfer},
        {MessageType::ContactRequeue, &StaffSession::handleRequeue},
        {MessageType::ContactFlag, &StaffSession::handleFlag},
        {MessageType::TeamGet, &StaffSession::handleTeamGet},
        {MessageType::ChatSend, &StaffSession::handleChatSend},
        {MessageType::ChatSync, &StaffSession::handleChatSync},
    };
    return table;
}

QList<MessageType> StaffSession::handledTypes()
{
    return QList<MessageType> {MessageType::Ping, MessageType::Hello} + beforeLoginHandlers().types()
        + readyHandlers().types();
}

void StaffSession::handle(const Envelope &e)
{
    // One handler table per state (see protocol/HandlerTable.h); the codec has set messageType.
    const Handlers &beforeLogin = beforeLoginHandlers();
    const Handlers &ready = readyHandlers();

    const MessageType type = e.messageType;
    if (type == MessageType::Ping) {
        // A workstation that only pings must not keep hearing about contacts
        // after its session or account ended.
        if (m_state == State::Ready && !revalidate())
            return;
        m_connection->send(QStringLiteral("pong"), {}, e.id);
        return;
    }
    switch (m_state) {
    case State::AwaitHello:
        if (type == MessageType::Hello) {
            if (handshake::answerHello(*m_connection, e))
                m_state = State::AwaitAuth;
        } else {
            handshake::refuseBeforeHello(*m_connection, e);
        }
        return;
    case State::AwaitAuth:
        if (m_loginPending && beforeLogin.handles(type))
            m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("a login is already in progress"),
                                    e.id);
        else if (beforeLogin.dispatch(*this, type, e))
            return;
        else if (type == MessageType::Hello)
            m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("hello was already done"), e.id);
        else
            m_connection->sendError(ErrorCode::NotAuthenticated, QStringLiteral("log in first"), e.id);
        return;
    case State::Ready:
        break;
    }

    if (type == MessageType::Hello || beforeLogin.handles(type)) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("already logged in"), e.id);
        return;
    }
    if (!stillAuthorised(e))
        return;
    if (e.body.contains(QLatin1String("practice"))) {
        // Whether a contact is practice is the server's to say, from how it started.
        qCInfo(lcRouting) << "refused a client-set practice flag";
        m_connection->sendError(ErrorCode::Forbidden, QStringLiteral("practice is set by the server only"),
                                e.id);
        return;
    }
    if (ready.dispatch(*this, type, e) || m_ctx.supervision.handle(*this, e)
        || m_ctx.practice.handle(*this, e) || m_ctx.statistics.handle(*this, e))
        return;
    for (StaffRequests *part : m_ctx.parts()) {
        if (part->handle(*this, e))
            return;
    }
    if (type == MessageType::CallHold || type == MessageType::CallMute
        || type == MessageType::SupervisionMode) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("this line takes no calls"), e.id);
        return;
    }
    if (type == MessageType::MailReply || type == MessageType::MailReplyCancel
        || type == MessageType::MailDeskGet || type == MessageType::MailReviewDecide
        || type == MessageType::MailBlock || type == MessageType::MailReassign) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("this line takes no mail"), e.id);
        return;
    }
    m_connection->sendError(ErrorCode::UnknownType, QStringLiteral("not handled on this endpoint"), e.id);
}

void StaffSession::handleTeamGet(const Envelope &e)
{
    m_connection->send(QStringLiteral("team.snapshot"), {{QStringLiteral("members"), m_ctx.router.team()}},
                       e.id);
}

void StaffSession::handleLogin(const Envelope &e)
{
    const QString user = e.text("user");
    QString password = e.text("password");
    const SourceKey source = m_connection->source();
    // Decided before any Argon2 time is spent.
    if (const auto wait = m_ctx.throttle.retryAfterMs(user, source)) {
        secure::wipe(password);
        qCInfo(lcAuth) << "login refused: throttled";
        m_connection->sendError(ErrorCode::RateLimited, QStringLiteral("too many failed logins, retry later"),
                                e.id, *wait);
        return;
    }
    const auto account = m_ctx.accounts.findByName(user);
    // An unknown user runs the dummy verification: same cost, same answer,
    // so names cannot be probed.
    const QString encoded = account ? account->passwordHash : QString();
    const QPointer<StaffSession> self(this);
    LoginThrottle &throttle = m_ctx.throttle;
    const QString re = e.id;
    const auto done = [self, &throttle, user, source, re](PasswordVerifier::Outcome outcome) {
        if (outcome == PasswordVerifier::Outcome::Match)
            throttle.recordSuccess(user, source);
        // The connection may have gone away meanwhile: the result then only
        // counts for the throttle.
        if (self)
            self->finishLogin(outcome == PasswordVerifier::Outcome::Match, user, re);
    };
    switch (m_ctx.verifier.verify(password, encoded, source, this, done)) {
    case PasswordVerifier::Admission::Accepted:
        break;
    case PasswordVerifier::Admission::SourceBusy:
        qCInfo(lcAuth) << "login refused: too many logins in progress from one source";
        m_connection->sendError(ErrorCode::RateLimited,
                                QStringLiteral("too many logins in progress from your address, retry later"),
                                e.id, kBusyRetryAfterMs);
        return;
    case PasswordVerifier::Admission::PoolFull:
        qCInfo(lcAuth) << "login refused: too many logins in progress";
        m_connection->sendError(ErrorCode::RateLimited, QStringLiteral("the server is busy, retry later"),
                                e.id, kBusyRetryAfterMs);
        return;
    }
    // Counted as a failure until proven otherwise, so parallel guesses cannot
    // all slip past the throttle while their verifications are still queued.
    m_ctx.throttle.recordFailure(user, source);
    m_loginPending = true;
    m_connection->setHandshakeBusy(true);
}

void StaffSession::finishLogin(bool passwordOk, const QString &user, const QString &re)
{
    m_loginPending = false;
    // Answer first; a handshake deadline that passed meanwhile is applied after.
    const auto release = qScopeGuard([this] { m_connection->setHandshakeBusy(false); });
    if (m_state != State::AwaitAuth)
        return;
    if (!passwordOk) {
        qCInfo(lcAuth) << "login failed";
        m_connection->sendError(ErrorCode::BadCredentials, QStringLiteral("wrong user name or password"), re);
        return;
    }
    // Read again: the account may have changed while the password was checked.
    const auto account = m_ctx.accounts.findByName(user);
    if (!account) {
        m_connection->sendError(ErrorCode::BadCredentials, QStringLiteral("wrong user name or password"), re);
        return;
    }
    if (account->disabled) {
        qCInfo(lcAuth) << "login refused: account disabled";
        m_connection->sendError(ErrorCode::AccountDisabled, QStringLiteral("this account is disabled"), re);
        return;
    }
    const auto issued = m_ctx.tokens.issue(account->id);
    if (!issued) {
        m_connection->sendError(ErrorCode::Internal, QStringLiteral("could not create a session"), re);
        return;
    }
    qCInfo(lcAuth) << "login ok, role" << protocol::toString(account->role);
    becomeReady(*account, issued->token, issued->expiresAt, QStringLiteral("off"), re);
}

void StaffSession::handleResume(const Envelope &e)
{
    const QString token = e.text("token");
    const auto session = m_ctx.tokens.lookup(token);
    const auto account = session ? m_ctx.accounts.findById(session->userId) : std::nullopt;
    if (!session || !account) {
        m_connection->sendError(ErrorCode::SessionExpired, QStringLiteral("unknown or expired session"),
                                e.id);
        return;
    }
    if (account->disabled) {
        m_ctx.tokens.revoke(token);
        m_ctx.authorizations.forgetToken(token);
        m_connection->sendError(ErrorCode::AccountDisabled, QStringLiteral("this account is disabled"), e.id);
        return;
    }
    qCInfo(lcAuth) << "session resumed";
    becomeReady(*account, token, session->expiresAt, session->presence, e.id);
}

void StaffSession::becomeReady(const Account &account, const QString &token, const QDateTime &expiresAt,
                               const QString &presence, const QString &re)
{
    m_account = account;
    m_token = token;
    m_state = State::Ready;
    m_connection->handshakeCompleted();

    QJsonObject ok {{QStringLiteral("token"), token},
                    {QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("user"), account.name},
                    {QStringLiteral("role"), protocol::toString(account.role)}};
    if (!account.displayName.isEmpty())
        ok.insert(QStringLiteral("displayName"), account.displayName);
    ok.insert(QStringLiteral("policy"), m_ctx.notesPolicy.toJson());
    m_connection->send(QStringLiteral("auth.ok"), ok, re);
    // Presence belongs to the user: a window that joins shares it; the first
    // one back resumes what its token remembered.
    m_ctx.router.addStaff(this, protocol::fromString<protocol::PresenceState>(presence));
    m_connection->send(QStringLiteral("presence.state"), m_ctx.router.presenceBody(account.id));
    sendInboxSnapshot();

    m_connection->send(QStringLiteral("conversations.snapshot"),
                       {{QStringLiteral("contacts"),
                         transcript::contactsForSnapshot(m_ctx.contacts.activeFor(account.id))}});
    m_ctx.router.resendOffer(*this);
    m_ctx.supervision.sessionReady(*this);
    m_ctx.practice.sessionReady(*this);
    for (StaffRequests *part : m_ctx.parts())
        part->sessionReady(*this);
}

void StaffSession::sendInboxSnapshot()
{
    m_connection->send(
        QStringLiteral("inbox.snapshot"),
        {{QStringLiteral("contacts"), transcript::contactsForSnapshot(m_ctx.router.inboxFor(*this))}});
}

bool StaffSession::revalidate()
{
    if (m_state != State::Ready)
        return false;
    // From memory: StaffAuthorizations is told at once of whatever ends a session.
    auto check = m_ctx.authorizations.check(m_token, userId());
    if (check.verdict == StaffAuthorizations::Verdict::Valid) {
        m_account = std::move(check.account);
        return true;
    }
    // Not removed from the router here: it may be iterating over its sessions.
    // Leaving Ready (no account) is enough for it to skip this one; the
    // disconnection removes it.
    qCInfo(lcAuth) << "session no longer valid; closing its connection";
    m_state = State::AwaitAuth;
    m_account.reset();
    m_token.clear();
    m_connection->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session ended"));
    return false;
}

bool StaffSession::stillAuthorised(const Envelope &e)
{
    auto check = m_ctx.authorizations.check(m_token, userId());
    if (check.verdict == StaffAuthorizations::Verdict::Valid) {
        m_account = std::move(check.account); // role changes apply at once
        return true;
    }
    qCInfo(lcAuth) << "session no longer valid";
    m_ctx.router.removeStaff(this);
    m_state = State::AwaitAuth;
    m_account.reset();
    m_token.clear();
    m_connection->sendError(check.verdict == StaffAuthorizations::Verdict::AccountDisabled
                                ? ErrorCode::AccountDisabled
                                : ErrorCode::SessionExpired,
                            QStringLiteral("the session has ended, log in again"), e.id);
    return false;
}

void StaffSession::handleLogout(const Envelope &)
{
    // The protocol has no answer to auth.logout: the token is revoked and the
    // connection closed normally.
    qCInfo(lcAuth) << "logout";
    m_ctx.tokens.revoke(m_token);
    m_ctx.authorizations.forgetToken(m_token); // the user's other windows sharing it end at their next push
    m_ctx.router.removeStaff(this);
    m_token.clear();
    m_account.reset();
    m_state = State::AwaitAuth;
    m_connection->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out"));
}

void StaffSession::handlePresence(const Envelope &e)
{
    const QString state = e.text("state");
    const auto chosen = protocol::fromString<protocol::PresenceState>(state);
    if (!chosen || !protocol::isChosenPresence(*chosen)) {
        m_connection->sendError(ErrorCode::Forbidden,
                                QStringLiteral("busy and wrapup are set by the server only"), e.id);
        return;
    }
    m_ctx.tokens.setPresence(m_token, state);
    m_ctx.router.setPresence(*this, *chosen, e.text("reason"), e.id);
    sendInboxSnapshot();
}

void StaffSession::handleAccept(const Envelope &e)
{
    const auto result = m_ctx.router.accept(*this, e.text("contactId"));
    switch (result.outcome) {
    case Router::AcceptOutcome::Forbidden:
        m_connection->sendError(ErrorCode::Forbidden,
                                QStringLiteral("be available with a volunteer role to accept"), e.id);
        return;
    case Router::AcceptOutcome::NotFound:
        m_connection->sendError(ErrorCode::NotFound, QStringLiteral("no such contact"), e.id);
        return;
    case Router::AcceptOutcome::AlreadyTaken:
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the contact is no longer waiting"),
                                e.id);
        return;
    case Router::AcceptOutcome::NotQualified:
        m_connection->sendError(ErrorCode::Forbidden,
                                QStringLiteral("this contact's channel or language is not in your profile"),
                                e.id);
        return;
    case Router::AcceptOutcome::AtCapacity:
        m_connection->sendError(
            ErrorCode::InvalidState,
            QStringLiteral("you already have as many contacts of this channel as you take"), e.id);
        return;
    case Router::AcceptOutcome::Accepted:
        break;
    }
    transcript::sendConversationOpen(*m_connection, *result.contact,
                                     m_ctx.contacts.messagesAfter(result.contact->id, 0), e.id);
    // A practice contact is followed from the start (its trainer, observers): the trainee sees who.
    if (result.contact->practice)
        m_ctx.supervision.tellWhoListens(*this, *result.contact);
}

std::optional<ContactRecord> StaffSession::ownContact(const Envelope &e)
{
    const QString id = e.text("contactId");
    if (id.isEmpty()) {
        m_connection->sendError(ErrorCode::MissingField, QStringLiteral("body.contactId is required"), e.id,
                                -1, QStringLiteral("body.contactId"));
        return std::nullopt;
    }
    auto contact = m_ctx.contacts.find(id);
    if (!contact || contact->volunteerId == 0 || contact->volunteerId != userId()) {
        m_connection->sendError(ErrorCode::NotFound, QStringLiteral("no such contact"), e.id);
        return std::nullopt;
    }
    return contact;
}

bool StaffSession::answerOutcome(int outcome, const Envelope &e, const QString &notFound,
                                 const QString &invalid)
{
    switch (static_cast<Router::Outcome>(outcome)) {
    case Router::Outcome::Done:
        return true;
    case Router::Outcome::NotFound:
        m_connection->sendError(ErrorCode::NotFound, notFound, e.id);
        return false;
    case Router::Outcome::InvalidState:
        m_connection->sendError(ErrorCode::InvalidState, invalid, e.id);
        return false;
    case Router::Outcome::Forbidden:
        m_connection->sendError(ErrorCode::Forbidden, QStringLiteral("not allowed"), e.id);
        return false;
    }
    return false;
}

void StaffSession::handleDecline(const Envelope &e)
{
    answerOutcome(static_cast<int>(m_ctx.router.decline(*this, e.text("contactId"), e.id)), e,
                  QStringLiteral("no offer of this contact is ringing for you"), {});
}

void StaffSession::handleWrapup(const Envelope &e)
{
    const bool extend = e.messageType == MessageType::WrapupExtend;
    const auto outcome = extend
        ? m_ctx.router.extendWrapup(*this, e.body.value(QLatin1String("seconds")).toInt(), e.id)
        : m_ctx.router.endWrapup(*this, e.id);
    if (outcome == Router::Outcome::Forbidden) {
        m_connection->sendError(ErrorCode::WrongType, QStringLiteral("seconds must be 1 to 900"), e.id, -1,
                                QStringLiteral("body.seconds"));
        return;
    }
    answerOutcome(static_cast<int>(outcome), e, {}, QStringLiteral("you are not in a wrap-up period"));
}

void StaffSession::handleTransfer(const Envelope &e)
{
    const auto contact = ownContact(e);
    if (!contact)
        return;
    answerOutcome(
        static_cast<int>(m_ctx.router.transfer(*this, *contact, e.text("toUser"), e.text("note"), e.id)), e,
        QStringLiteral("no such colleague"),
        QStringLiteral("this colleague cannot take the contact now (off shift, paused, full or "
                       "not trained for its channel or language)"));
}

void StaffSession::handleRequeue(const Envelope &e)
{
    const auto contact = ownContact(e);
    if (!contact)
        return;
    answerOutcome(static_cast<int>(m_ctx.router.requeue(*this, *contact, e.id)), e, {},
                  QStringLiteral("the contact is not active"));
}

void StaffSession::handleFlag(const Envelope &e)
{
    // The volunteer of the contact, or a supervisor who has joined it.
    const auto contact = m_ctx.contacts.find(e.text("contactId"));
    const bool own = contact && contact->volunteerId != 0 && contact->volunteerId == userId();
    const bool supervising = contact && m_account && m_account->role == protocol::Role::Supervisor
        && m_ctx.router.isAllowedListener(*contact, userId());
    if (!own && !supervising) {
        m_connection->sendError(ErrorCode::NotFound, QStringLiteral("no such contact"), e.id);
        return;
    }
    if (!m_ctx.contacts.setUrgent(contact->id, e.body.value(QLatin1String("urgent")).toBool())) {
        m_connection->sendError(ErrorCode::Internal, QStringLiteral("could not flag the contact"), e.id);
        return;
    }
    qCInfo(lcRouting) << "contact flag changed";
    const auto flagged = m_ctx.contacts.find(contact->id);
    if (!flagged)
        return;
    const QJsonObject body {{QStringLiteral("contact"), flagged->toJson()}};
    m_connection->send(QStringLiteral("contact.update"), body, e.id);
    if (supervising) // the volunteer sees that a supervisor flagged their contact
        m_ctx.router.sendToUser(flagged->volunteerId, QStringLiteral("contact.update"), body);
}

void StaffSession::handleEnd(const Envelope &e)
{
    const auto contact = ownContact(e);
    if (!contact)
        return;
    if (e.body.value(QLatin1String("hard")).toBool())
        m_ctx.contacts.markHard(contact->id);
    if (!m_ctx.contacts.end(contact->id, QStringLiteral("volunteer"))) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the contact has already ended"),
                                e.id);
        return;
    }
    m_ctx.router.contactEnded(*contact, QStringLiteral("volunteer"), m_connection, e.id);
}

void StaffSession::handleChatSend(const Envelope &e)
{
    const auto contact = ownContact(e);
    if (!contact)
        return;
    if (contact->state != protocol::ContactState::Active) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the contact is not active"), e.id);
        return;
    }
    m_ctx.chat.send({*contact, QStringLiteral("volunteer"), e.text("text"), e.text("clientMsgId"),
                     m_connection, e.id, ChatMessageIn::Ack::NamingContact});
}

void StaffSession::handleChatSync(const Envelope &e)
{
    // The contact's volunteer, or someone listening to it (a supervisor who
    // joined, a volunteer after a takeover) catching up after a reconnect; or the
    // trainer who plays a practice contact, even once it has ended.
    const auto listened = m_ctx.contacts.find(e.text("contactId"));
    const bool listening = listened && m_ctx.router.isAllowedListener(*listened, userId());
    const bool playing = listened && listened->practice && listened->practiceTrainer == userId();
    const auto contact = listening || playing ? listened : ownContact(e);
    if (!contact)
        return;
    const qint64 afterSeq = e.body.value(QLatin1String("afterSeq")).toInteger();
    for (const MessageRecord &m : m_ctx.contacts.messagesAfter(contact->id, afterSeq)) {
        QJsonObject body = m.toJson();
        body.insert(QStringLiteral("contactId"), contact->id);
        m_connection->send(QStringLiteral("chat.message"), body, e.id);
    }
    // An exercise that ended while its trainer was away: their console learns it here.
    if (playing && contact->state == protocol::ContactState::Ended)
        m_connection->send(
            QStringLiteral("contact.ended"),
            {{QStringLiteral("contactId"), contact->id}, {QStringLiteral("by"), contact->endedBy}}, e.id);
}

void StaffSession::push(const QString &type, const protocol::FrameBody &body, const QString &re)
{
    m_connection->send(type, body, re);
}

void StaffSession::pushError(ErrorCode code, const QString &detail, const QString &re, qint64 retryAfterMs,
                             const QString &field)
{
    m_connection->sendError(code, detail, re, retryAfterMs, field);
}

void StaffSession::openConversation(const ContactRecord &contact, const QList<MessageRecord> &messages,
                                    const QJsonObject &extras, const QString &re)
{
    transcript::sendConversationOpen(*m_connection, contact, messages, re, extras);
}

} // namespace ecoute::server
