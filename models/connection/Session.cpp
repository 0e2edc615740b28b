// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/Session.h"

#include "models/connection/ErrorText.h"

#include "protocol/HandlerTable.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

Session::Session(Connection &connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    connect(&m_connection, &Connection::connected, this, &Session::onConnected);
    connect(&m_connection, &Connection::connectionLost, this, &Session::onDisconnected);
    connect(&m_connection, &Connection::unreachable, this, &Session::onDisconnected);
}

Session::~Session()
{
    wipePassword();
}

void Session::login(const ServerAddress &address, const QString &user, QString &password)
{
    m_user = user;
    wipePassword();
    // Takes the buffer (no copy left behind) and leaves the caller's variable empty.
    m_password = std::exchange(password, QString());
    m_token.clear();
    setState(State::LoggingIn);

    const bool sameServer = m_connection.address().url() == address.url();
    if (sameServer && m_connection.isConnected() && m_welcomed)
        sendCredentials();
    else
        m_connection.open(address);
}

void Session::cancelLogin()
{
    wipePassword();
    // Nobody logged in: no reason to keep (re)connecting.
    if (m_state == State::LoggingIn || m_state == State::LoggedOut) {
        m_connection.close();
        m_welcomed = false;
        setState(State::LoggedOut);
    }
}

void Session::logout()
{
    if (m_connection.isConnected())
        m_connection.send(Envelope::make(protocol::MessageType::AuthLogout));
    m_token.clear();
    wipePassword();
    setState(State::LoggedOut);
}

void Session::setPresence(Presence presence, const QString &reason)
{
    if (presence == Presence::Busy || presence == Presence::Wrapup)
        return; // set by the server only
    QJsonObject body {{QStringLiteral("state"), presenceName(presence)}};
    const QString trimmed = reason.trimmed().left(200);
    if (presence == Presence::Pause && !trimmed.isEmpty())
        body.insert(QStringLiteral("reason"), trimmed);
    m_connection.send(Envelope::make(protocol::MessageType::PresenceSet, body));
}

void Session::endWrapup()
{
    m_connection.send(Envelope::make(protocol::MessageType::WrapupEnd));
}

void Session::extendWrapup(int seconds)
{
    m_connection.send(Envelope::make(protocol::MessageType::WrapupExtend,
                                     {{QStringLiteral("seconds"), std::clamp(seconds, 1, 900)}}));
}

void Session::onConnected()
{
    m_welcomed = false;
    m_helloId = m_connection.send(
        Envelope::make(protocol::MessageType::Hello,
                       {{QStringLiteral("versions"), QJsonArray {protocol::kProtocolVersion}},
                        {QStringLiteral("client"),
                         QStringLiteral("ecoute/%1").arg(QCoreApplication::applicationVersion())}}));
}

void Session::onDisconnected()
{
    m_welcomed = false;
    m_authRequestId.clear();
    if (m_state == State::LoggedIn)
        setState(State::Resuming);
}

bool Session::handle(const Envelope &envelope)
{
    static constexpr protocol::HandlerTable<Session, const Envelope &> table {
        {MessageType::Welcome, &Session::onWelcome},
        {MessageType::AuthOk, &Session::onAuthOk},
        {MessageType::PresenceState, &Session::onPresenceState},
    };
    // Errors are the session's only when they answer its hello or login.
    if (envelope.messageType == MessageType::Error) {
        if (envelope.re.isEmpty() || (envelope.re != m_authRequestId && envelope.re != m_helloId))
            return false;
        handleError(envelope);
        return true;
    }
    return table.dispatch(*this, envelope.messageType, envelope);
}

void Session::onWelcome(const Envelope &)
{
    m_welcomed = true;
    if (!m_token.isEmpty()) {
        m_authRequestId = m_connection.send(
            Envelope::make(protocol::MessageType::AuthResume, {{QStringLiteral("token"), m_token}}));
    } else if (m_state == State::LoggingIn) {
        sendCredentials();
    }
}

void Session::onAuthOk(const Envelope &envelope)
{
    const QJsonObject &body = envelope.body;
    const bool wasResuming = m_state == State::Resuming;
    m_authRequestId.clear();
    m_token = body.value(QLatin1String("token")).toString();
    m_user = body.value(QLatin1String("user")).toString();
    m_role = protocol::fromString<protocol::Role>(body.value(QLatin1String("role")).toString());
    m_displayName = body.value(QLatin1String("displayName")).toString();
    m_notesPolicy = body.value(QLatin1String("policy")).toObject();
    setState(State::LoggedIn);
    if (wasResuming)
        emit resumed();
    else
        emit loggedIn();
}

void Session::onPresenceState(const Envelope &envelope)
{
    const PresenceStatus status = PresenceStatus::fromJson(envelope.body);
    if (status == m_presence)
        return;
    const bool stateChanged = status.state != m_presence.state;
    m_presence = status;
    if (stateChanged)
        emit presenceChanged(status.state);
    emit presenceStatusChanged(status);
}

void Session::handleError(const Envelope &envelope)
{
    m_authRequestId.clear();
    const QString code = envelope.body.value(QLatin1String("code")).toString();
    const int retryAfterMs = envelope.body.value(QLatin1String("retryAfterMs")).toInt(-1);
    const QString message = ErrorText::forCodeName(code, retryAfterMs);
    if (m_state == State::Resuming || (m_state == State::LoggedIn && !m_token.isEmpty())) {
        m_token.clear();
        setState(State::LoggedOut);
        emit sessionExpired(message);
        return;
    }
    // Nobody is logged in now: drop the link instead of idling unauthenticated (the server
    // closes such connections after its handshake timeout). The next login opens a fresh one.
    m_connection.close();
    m_welcomed = false;
    setState(State::LoggedOut);
    emit loginFailed(message, retryAfterMs);
}

void Session::sendCredentials()
{
    if (m_password.isEmpty())
        return;
    m_authRequestId = m_connection.send(
        Envelope::make(protocol::MessageType::AuthLogin,
                       {{QStringLiteral("user"), m_user}, {QStringLiteral("password"), m_password}}));
    if (!m_authRequestId.isEmpty())
        wipePassword();
}

void Session::wipePassword()
{
    m_password.fill(QChar(0));
    m_password.clear();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ecoute::models
