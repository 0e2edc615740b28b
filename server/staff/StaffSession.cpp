// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/staff/StaffSession.h"

#include "server/contacts/ChatCommitter.h"
#include "server/contacts/ChatSend.h"
#include "server/transport/ClientConnection.h"
#include "server/transport/Handshake.h"
#include "server/service/Logging.h"
#include "server/accounts/LoginThrottle.h"
#include "server/staff/NotesPolicy.h"
#include "server/accounts/PasswordVerifier.h"
#include "server/practice/Practice.h"
#include "server/routing/Router.h"
#include "server/storage/SecureRandom.h"
#include "server/accounts/SessionTokens.h"
#include "server/statistics/StatisticsHandler.h"
#include "server/supervision/Supervision.h"
#include "server/contacts/Transcript.h"

#include <QJsonArray>
#include <QPointer>
#include <QScopeGuard>

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;

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

void StaffSession::handle(const Envelope &e)
{
    const QString &type = e.type;
    if (type == QLatin1String("ping")) {
        // A workstation that only pings must not keep hearing about contacts
        // after its session or account ended.
        if (m_state == State::Ready && !revalidate())
            return;
        m_connection->send(QStringLiteral("pong"), {}, e.id);
        return;
    }
    switch (m_state) {
    case State::AwaitHello:
        if (type == QLatin1String("hello")) {
            if (handshake::answerHello(*m_connection, e))
                m_state = State::AwaitAuth;
        } else {
            handshake::refuseBeforeHello(*m_connection, e);
        }
        return;
    case State::AwaitAuth:
        if (m_loginPending && (type == QLatin1String("auth.login") || type == QLatin1String("auth.resume")))
            m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("a login is already in progress"),
                                    e.id);
        else if (type == QLatin1String("auth.login"))
            handleLogin(e);
        else if (type == QLatin1String("auth.resume"))
            handleResume(e);
        else if (type == QLatin1String("hello"))
            m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("hello was already done"), e.id);
        else
            m_connection->sendError(ErrorCode::NotAuthenticated, QStringLiteral("log in first"), e.id);
        return;
    case State::Ready:
        break;
    }

    if (type == QLatin1String("hello") || type == QLatin1String("auth.login")
        || type == QLatin1String("auth.resume")) {
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
    if (type == QLatin1String("auth.logout"))
        handleLogout(e);
    else if (type == QLatin1String("presence.set"))
        handlePresence(e);
    else if (type == QLatin1String("contact.accept"))
        handleAccept(e);
    else if (type == QLatin1String("contact.end"))
        handleEnd(e);
    else if (type == QLatin1String("offer.decline"))
        handleDecline(e);
    else if (type == QLatin1String("wrapup.end") || type == QLatin1String("wrapup.extend"))
        handleWrapup(e);
    else if (type == QLatin1String("contact.transfer"))
        handleTransfer(e);
    else if (type == QLatin1String("contact.requeue"))
        handleRequeue(e);
    else if (type == QLatin1String("contact.flag"))
        handleFlag(e);
    else if (m_ctx.supervision.handle(*this, e) || m_ctx.practice.handle(*this, e)
             || m_ctx.statistics.handle(*this, e))
        return;
    else if (type == QLatin1String("team.get"))
        m_connection->send(QStringLiteral("team.snapshot"),
                           {{QStringLiteral("members"), m_ctx.router.team()}}, e.id);
    else if (type == QLatin1String("chat.send"))
        handleChatSend(e);
    else if (type == QLatin1String("chat.sync"))
        handleChatSync(e);
    else
        m_connection->sendError(ErrorCode::UnknownType, QStringLiteral("not handled on this endpoint"), e.id);
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
    qCInfo(lcAuth) << "login ok, role" << account->role;
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
                    {QStringLiteral("role"), account.role}};
    if (!account.displayName.isEmpty())
        ok.insert(QStringLiteral("displayName"), account.displayName);
    ok.insert(QStringLiteral("policy"), m_ctx.notesPolicy.toJson());
    m_connection->send(QStringLiteral("auth.ok"), ok, re);
    // Presence belongs to the user: a window that joins shares it; the first
    // one back resumes what its token remembered.
    m_ctx.router.addStaff(this, presence);
    m_connection->send(QStringLiteral("presence.state"), m_ctx.router.presenceBody(account.id));
    sendInboxSnapshot();

    m_connection->send(QStringLiteral("conversations.snapshot"),
                       {{QStringLiteral("contacts"),
                         transcript::contactsForSnapshot(m_ctx.contacts.activeFor(account.id))}});
    m_ctx.router.resendOffer(*this);
    m_ctx.supervision.sessionReady(*this);
    m_ctx.practice.sessionReady(*this);
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
    const auto session = m_ctx.tokens.lookup(m_token);
    const auto account = m_ctx.accounts.findById(userId());
    if (session && account && session->userId == account->id && !account->disabled) {
        m_account = account;
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
    const auto session = m_ctx.tokens.lookup(m_token);
    const auto account = m_ctx.accounts.findById(userId());
    if (session && account && session->userId == account->id && !account->disabled) {
        m_account = account; // role changes apply at once
        return true;
    }
    qCInfo(lcAuth) << "session no longer valid";
    m_ctx.router.removeStaff(this);
    m_state = State::AwaitAuth;
    m_account.reset();
    m_token.clear();
    m_connection->sendError(account && account->disabled ? ErrorCode::AccountDisabled
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
    m_ctx.router.removeStaff(this);
    m_token.clear();
    m_account.reset();
    m_state = State::AwaitAuth;
    m_connection->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out"));
}

void StaffSession::handlePresence(const Envelope &e)
{
    const QString state = e.text("state");
    if (!protocol::vocab::chosenPresenceStates.contains(state)) {
        m_connection->sendError(ErrorCode::Forbidden,
                                QStringLiteral("busy and wrapup are set by the server only"), e.id);
        return;
    }
    m_ctx.tokens.setPresence(m_token, state);
    m_ctx.router.setPresence(*this, state, e.text("reason"), e.id);
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
    const bool extend = e.type == QLatin1String("wrapup.extend");
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
    const bool supervising = contact && m_account && m_account->role == QLatin1String("supervisor")
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
    if (contact->state != QLatin1String("active")) {
        m_connection->sendError(ErrorCode::InvalidState, QStringLiteral("the contact is not active"), e.id);
        return;
    }
    const QString clientMsgId = e.text("clientMsgId");
    const QString contactId = contact->id;
    const QString re = e.id;
    chat::sendAfterCommit(m_ctx.committer, m_ctx.router, m_ctx.contacts, *m_connection, contactId,
                          QStringLiteral("volunteer"), e.text("text"), clientMsgId, re, true);
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
    if (playing && contact->state == QLatin1String("ended"))
        m_connection->send(
            QStringLiteral("contact.ended"),
            {{QStringLiteral("contactId"), contact->id}, {QStringLiteral("by"), contact->endedBy}}, e.id);
}

} // namespace ecoute::server
