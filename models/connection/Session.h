// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/connection/Connection.h"
#include "models/inbox/Presence.h"
#include "protocol/Envelope.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace ecoute::models {

/// Who is logged in: hello/welcome, auth.login, auth.resume with the token
/// after a reconnect, and the volunteer's presence. The password is kept only
/// until it has been sent, then overwritten.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, Resuming };
    Q_ENUM(State)

    explicit Session(Connection &connection, QObject *parent = nullptr);
    ~Session() override;

    /// Connects if needed and logs in. password is moved from and overwritten.
    void login(const ServerAddress &address, const QString &user, QString &password);
    void cancelLogin();
    void logout();
    /// Asks for off, available or pause (reason: optional, for a pause); the server confirms.
    void setPresence(Presence presence, const QString &reason = {});
    /// Ends the wrap-up period now (wrapup.end).
    void endWrapup();
    /// Lengthens the wrap-up period (wrapup.extend, 1–900 seconds).
    void extendWrapup(int seconds);

    /// Consumes the envelopes that belong to the session; false for the others.
    bool handle(const protocol::Envelope &envelope);

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    QString user() const { return m_user; }
    QString displayName() const { return m_displayName.isEmpty() ? m_user : m_displayName; }
    /// The organisation's rules for local notes, as pushed in auth.ok (empty if none).
    QJsonObject notesPolicy() const { return m_notesPolicy; }
    /// The role auth.ok gave; none before login.
    std::optional<protocol::Role> role() const { return m_role; }
    Presence presence() const { return m_presence.state; }
    PresenceStatus presenceStatus() const { return m_presence; }

signals:
    void stateChanged(ecoute::models::Session::State state);
    void loggedIn();
    /// Authenticated again with the token after a reconnect.
    void resumed();
    void loginFailed(const QString &message, int retryAfterMs);
    /// The token was refused after a reconnect; the volunteer must log in again.
    void sessionExpired(const QString &message);
    /// The effective state changed (e.g. available -> wrapup).
    void presenceChanged(ecoute::models::Presence presence);
    /// Anything in presence.state changed (state, reason, end of wrap-up).
    void presenceStatusChanged(const ecoute::models::PresenceStatus &status);
    void errorMessage(const QString &message);

private:
    void onConnected();
    void onDisconnected();
    void sendCredentials();
    void wipePassword();
    void setState(State state);
    // Server frames, one handler each (the table is in handle()).
    void onWelcome(const protocol::Envelope &envelope);
    void onAuthOk(const protocol::Envelope &envelope);
    void onPresenceState(const protocol::Envelope &envelope);
    void handleError(const protocol::Envelope &envelope);

    Connection &m_connection;
    State m_state = State::LoggedOut;
    bool m_welcomed = false;
    QString m_user;
    QString m_password;
    QString m_token;
    std::optional<protocol::Role> m_role;
    QString m_displayName;
    QJsonObject m_notesPolicy;
    PresenceStatus m_presence;
    QString m_helloId;
    QString m_authRequestId;
};

} // namespace ecoute::models
