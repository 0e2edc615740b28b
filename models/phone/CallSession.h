// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/CallText.h"
#include "models/phone/Softphone.h"
#include "protocol/Envelope.h"
#include "protocol/Vocabulary.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ecoute::models {

/// One call this workstation is on, for one contact: the volunteer answering it, or a supervisor
/// listening in. Fed by the server (call.connect places the call through the Softphone; call.state
/// says what the server sees) and by the engine's signals (CallList hands them on). It asks the
/// server for hold, mute and a supervisor's mode; the server decides who hears whom.
/// The one-time SIP token is overwritten as soon as the call is dialled and never logged.
class CallSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Ringing, Connected, Held, Ended };
    Q_ENUM(State)

    /// Sends a request to the server; the request id, empty when offline (Connection::send).
    using Sender = std::function<QString(const protocol::Envelope &)>;
    /// Milliseconds that never go back (for the call's duration); tests pass a manual clock.
    using Clock = std::function<qint64()>;

    CallSession(const QString &contactId, Sender send, Clock clock = {}, QObject *parent = nullptr);
    ~CallSession() override;

    /// sip:<token>@<host>:<port>;transport=tls (an IPv6 host in brackets).
    static QString sipUri(const QString &token, const QString &host, int port);

    QString contactId() const { return m_contactId; }
    State state() const { return m_state; }
    bool isEnded() const { return m_state == State::Ended; }
    bool isHeld() const { return m_state == State::Held; }
    bool isMuted() const { return m_muted; }
    /// Time on the call since it was first connected; frozen when it ends, 0 before.
    qint64 elapsedMs() const;
    /// Levels in dBFS, clamped to [minimumDb, 0]; minimumDb when nothing flows.
    static constexpr float minimumDb = -60.0F;
    float inputDb() const { return m_inputDb; }
    float outputDb() const { return m_outputDb; }
    CallEnd endCause() const { return m_end; }
    /// Why it ended, as a sentence; empty while it goes on.
    QString endText() const { return CallText::ended(m_end); }
    /// A supervisor's part in the call as the server confirmed it (Listen on joining).
    protocol::CallSupervisorMode mode() const { return m_mode; }
    /// The mode asked for and not yet confirmed, or else mode(): what the controls show.
    protocol::CallSupervisorMode shownMode() const { return m_pendingMode.value_or(m_mode); }
    /// True while this session holds the engine (dialled and not ended).
    bool holdsEngine() const { return m_phone != nullptr; }

    // Requests to the server. Nothing is sent once the call has ended.
    /// call.hold; the state follows the server's call.state.
    void setHold(bool on);
    /// call.mute for one's own leg; the engine stops sending the microphone at once.
    void setMuted(bool on);
    /// supervision.mode: Listen, Whisper or Barge (a takeover is supervision.takeover).
    void setMode(protocol::CallSupervisorMode mode);

    // From the server (through CallList).
    /// call.connect: dials sipUri(token, host, port) on phone; token is overwritten and emptied.
    /// pinnedCertificateDer may be empty only for a loopback host. A session that ended may be
    /// connected again (the server sends call.connect anew after a dropped line).
    void connectCall(Softphone *phone, QString &token, const QString &host, int sipTlsPort,
                     const QByteArray &pinnedCertificateDer);
    /// call.state; re: the request it answers, if any (a supervisor's mode).
    void applyState(protocol::CallState state, std::optional<protocol::CallEndReason> reason,
                    const QString &re = {});
    /// An error answering one of this session's requests: true if it was one (errorMessage said why).
    bool handleError(const QString &re, const QString &codeName);
    /// Hangs up here (the contact ended, another call needs the engine).
    void hangUp(CallEnd cause);

    // From the engine (through CallList, while this session holds it).
    void engineRinging();
    void engineEstablished();
    void engineEnded(Softphone::EndReason reason);
    void engineLevels(float inputDb, float outputDb);

signals:
    void stateChanged(ecoute::models::CallSession::State state);
    void mutedChanged(bool muted);
    void modeChanged();
    void levelsChanged(float inputDb, float outputDb);
    /// A request was refused or could not be sent; a sentence for the volunteer.
    void errorMessage(const QString &message);

private:
    void setState(State state);
    void finish(CallEnd cause);
    QString send(protocol::MessageType type, QJsonObject body);
    qint64 now() const;

    QString m_contactId;
    Sender m_send;
    Clock m_clock;
    QPointer<Softphone> m_phone; ///< while this session holds the engine
    State m_state = State::Connecting;
    CallEnd m_end = CallEnd::None;
    bool m_muted = false;
    qint64 m_startedMs = -1;
    qint64 m_endedMs = -1;
    float m_inputDb = minimumDb;
    float m_outputDb = minimumDb;
    protocol::CallSupervisorMode m_mode = protocol::CallSupervisorMode::Listen;
    std::optional<protocol::CallSupervisorMode> m_pendingMode;
    QString m_modeRequest; ///< the latest supervision.mode request
    QHash<QString, protocol::CallSupervisorMode> m_modeRequests; ///< unanswered, by request id
    QHash<QString, protocol::MessageType> m_requests; ///< request id -> type, for refusals
};

} // namespace ecoute::models
