// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/CallSession.h"
#include "protocol/Envelope.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ecoute::models {

class Preferences;

/// The calls of this workstation, one CallSession per contact, and the one phone engine they
/// share: one call holds the engine at a time (a supervisor joining another call leaves the
/// first). Takes call.connect and call.state from Workstation and hands the engine's signals to
/// the session on the line. A session stays (ended) until its conversation is closed, so its
/// pane can still say why the call ended.
class CallList : public QObject
{
    Q_OBJECT

public:
    /// Where the bridge is reached: the host of the server this workstation is connected to, and
    /// the DER of the certificate pinned for it (empty over plain ws on loopback).
    struct Server
    {
        std::function<QString()> host;
        std::function<QByteArray()> pinnedCertificateDer;
    };

    CallList(CallSession::Sender send, Server server, QObject *parent = nullptr);
    ~CallList() override;

    /// The engine calls are placed with (not owned; may be null: calls then end at once with a
    /// sentence saying so). headset: the preferences whose microphone and speaker it uses.
    void setSoftphone(Softphone *softphone, Preferences *headset = nullptr);
    Softphone *softphone() const { return m_phone; }
    /// Tests: the clock every new session measures its duration with.
    void setClock(CallSession::Clock clock) { m_clock = std::move(clock); }

    CallSession *find(const QString &contactId) const { return m_sessions.value(contactId); }
    QList<CallSession *> all() const { return m_sessions.values(); }
    /// The session that holds the engine now, if any.
    CallSession *onTheLine() const { return m_onLine; }

    void handleConnect(const protocol::Envelope &envelope);
    void handleState(const protocol::Envelope &envelope);
    /// True if the error answers a call request (errorMessage says why).
    bool handleError(const protocol::Envelope &envelope);
    /// The contact ended or left this workstation: no audio may go on.
    void contactClosed(const QString &contactId);
    /// The conversation was closed: its session goes.
    void remove(const QString &contactId);
    /// Logging out: every call ends here.
    void hangUpAll();

signals:
    /// A session was created (the first call.connect for its contact).
    void added(ecoute::models::CallSession *session);
    void errorMessage(const QString &message);

private:
    CallSession *obtain(const QString &contactId);

    CallSession::Sender m_send;
    Server m_server;
    CallSession::Clock m_clock;
    QPointer<Softphone> m_phone;
    QList<QMetaObject::Connection> m_phoneConnections;
    QHash<QString, CallSession *> m_sessions;
    QPointer<CallSession> m_onLine;
};

} // namespace ecoute::models
