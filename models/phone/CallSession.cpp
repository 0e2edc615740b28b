// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/CallSession.h"

#include "models/connection/ErrorText.h"
#include "models/connection/ServerAddress.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ecoute::models {

using protocol::CallState;
using protocol::MessageType;

namespace {
/// Overwrites a secret before letting it go (a QString's buffer may be reused).
void wipe(QString &secret)
{
    secret.fill(QChar(0));
    secret.clear();
}

CallEnd fromServer(std::optional<protocol::CallEndReason> reason)
{
    switch (reason.value_or(protocol::CallEndReason::HungUp)) {
    case protocol::CallEndReason::HungUp:
        return CallEnd::HungUp;
    case protocol::CallEndReason::Dropped:
        return CallEnd::Dropped;
    case protocol::CallEndReason::Failed:
        return CallEnd::Failed;
    case protocol::CallEndReason::Timeout:
        return CallEnd::Timeout;
    case protocol::CallEndReason::BridgeLost:
        return CallEnd::BridgeLost;
    }
    return CallEnd::HungUp;
}

CallEnd fromEngine(Softphone::EndReason reason)
{
    switch (reason) {
    case Softphone::EndReason::NoMicrophone:
        return CallEnd::NoMicrophone;
    case Softphone::EndReason::NoAudioDevice:
        return CallEnd::NoAudioDevice;
    case Softphone::EndReason::BridgeUnreachable:
        return CallEnd::BridgeUnreachable;
    case Softphone::EndReason::Refused:
        return CallEnd::Refused;
    case Softphone::EndReason::RemoteHangUp:
        return CallEnd::RemoteHangUp;
    case Softphone::EndReason::Failed:
        break;
    }
    return CallEnd::EngineFailed;
}

float clampDb(float db)
{
    if (std::isnan(db))
        return CallSession::minimumDb;
    return std::clamp(db, CallSession::minimumDb, 0.0F); // -inf becomes the floor
}
} // namespace

CallSession::CallSession(const QString &contactId, Sender send, Clock clock, QObject *parent)
    : QObject(parent), m_contactId(contactId), m_send(std::move(send)), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return timer->elapsed();
        };
    }
}

CallSession::~CallSession()
{
    if (Softphone *phone = std::exchange(m_phone, nullptr).data())
        phone->hangUp(); // no audio may outlive its call
}

QString CallSession::sipUri(const QString &token, const QString &host, int port)
{
    const QString hostPart =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QLatin1String("sip:") + token + QLatin1Char('@') + hostPart + QLatin1Char(':')
        + QString::number(port) + QLatin1String(";transport=tls");
}

qint64 CallSession::now() const
{
    return m_clock();
}

qint64 CallSession::elapsedMs() const
{
    if (m_startedMs < 0)
        return 0;
    return std::max<qint64>(0, (m_endedMs >= 0 ? m_endedMs : now()) - m_startedMs);
}

void CallSession::connectCall(Softphone *phone, QString &token, const QString &host, int sipTlsPort,
                              const QByteArray &pinnedCertificateDer)
{
    if (Softphone *previous = std::exchange(m_phone, nullptr).data())
        previous->hangUp(); // the server placed this leg anew: the old one is over
    // A fresh leg: nothing of the last one carries over.
    m_state = State::Connecting;
    m_end = CallEnd::None;
    m_startedMs = m_endedMs = -1;
    m_muted = false;
    m_inputDb = m_outputDb = minimumDb;
    m_mode = protocol::CallSupervisorMode::Listen;
    m_pendingMode.reset();
    m_modeRequest.clear();
    m_modeRequests.clear();
    m_requests.clear();
    emit stateChanged(m_state);
    emit mutedChanged(false);
    emit modeChanged();

    if (!phone) {
        wipe(token);
        finish(CallEnd::NoEngine);
        return;
    }
    // Pinned or nothing: only a server on this machine may go without a certificate (the demo).
    if (pinnedCertificateDer.isEmpty() && !ServerAddress::isLoopback(host)) {
        wipe(token);
        finish(CallEnd::UnknownCertificate);
        return;
    }
    if (host.isEmpty() || sipTlsPort <= 0 || sipTlsPort > 65535) {
        wipe(token);
        finish(CallEnd::BridgeUnreachable);
        return;
    }
    QString uri = sipUri(token, host, sipTlsPort);
    wipe(token);
    QUrl url(uri);
    wipe(uri);
    m_phone = phone;
    phone->setMuted(false);
    phone->dial(url, pinnedCertificateDer); // may end the call at once (no microphone…)
    url.clear();
}

void CallSession::applyState(CallState state, std::optional<protocol::CallEndReason> reason,
                             const QString &re)
{
    if (const auto asked = m_modeRequests.constFind(re);
        !re.isEmpty() && asked != m_modeRequests.constEnd()) {
        m_mode = *asked; // the server applied this one (a later request may still be on its way)
        m_modeRequests.erase(asked);
        m_requests.remove(re);
        if (re == m_modeRequest) {
            m_pendingMode.reset();
            m_modeRequest.clear();
        }
        emit modeChanged();
    }
    switch (state) {
    case CallState::Connecting:
        break; // dialling already said so; a late frame must not bring an ended call back
    case CallState::Connected:
    case CallState::Held:
        if (isEnded())
            return;
        if (m_startedMs < 0)
            m_startedMs = now();
        setState(state == CallState::Held ? State::Held : State::Connected);
        break;
    case CallState::Ended:
        finish(fromServer(reason));
        break;
    }
}

void CallSession::engineRinging()
{
    if (m_state == State::Connecting)
        setState(State::Ringing);
}

void CallSession::engineEstablished()
{
    if (m_state != State::Connecting && m_state != State::Ringing)
        return; // the server may already have said "held"
    if (m_startedMs < 0)
        m_startedMs = now();
    setState(State::Connected);
}

void CallSession::engineEnded(Softphone::EndReason reason)
{
    m_phone = nullptr; // the engine is done with this call: nothing to hang up
    finish(fromEngine(reason));
}

void CallSession::engineLevels(float inputDb, float outputDb)
{
    if (isEnded())
        return;
    m_inputDb = m_muted ? minimumDb : clampDb(inputDb);
    m_outputDb = clampDb(outputDb);
    emit levelsChanged(m_inputDb, m_outputDb);
}

void CallSession::hangUp(CallEnd cause)
{
    finish(cause);
}

void CallSession::finish(CallEnd cause)
{
    if (isEnded())
        return; // the first reason is the one that explains it
    if (Softphone *phone = std::exchange(m_phone, nullptr).data())
        phone->hangUp();
    m_endedMs = now();
    m_end = cause;
    m_inputDb = m_outputDb = minimumDb;
    m_pendingMode.reset();
    m_modeRequest.clear();
    m_modeRequests.clear();
    m_requests.clear();
    setState(State::Ended);
    emit levelsChanged(m_inputDb, m_outputDb);
}

void CallSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString CallSession::send(MessageType type, QJsonObject body)
{
    body.insert(QStringLiteral("contactId"), m_contactId);
    const QString id = m_send ? m_send(protocol::Envelope::make(type, body)) : QString();
    if (id.isEmpty())
        emit errorMessage(ErrorText::connectionLost());
    else
        m_requests.insert(id, type);
    return id;
}

void CallSession::setHold(bool on)
{
    if (!isEnded())
        send(MessageType::CallHold, {{QStringLiteral("on"), on}});
}

void CallSession::setMuted(bool on)
{
    if (isEnded() || on == m_muted)
        return;
    m_muted = on;
    if (m_phone)
        m_phone->setMuted(on); // at once, whatever the server says
    emit mutedChanged(on);
    if (on) {
        m_inputDb = minimumDb; // the meter says at once that nothing goes out
        emit levelsChanged(m_inputDb, m_outputDb);
    }
    send(MessageType::CallMute, {{QStringLiteral("on"), on}});
}

void CallSession::setMode(protocol::CallSupervisorMode mode)
{
    if (isEnded() || mode == protocol::CallSupervisorMode::TakeOver || mode == shownMode())
        return;
    const QString id =
        send(MessageType::SupervisionMode, {{QStringLiteral("mode"), protocol::toString(mode)}});
    if (id.isEmpty())
        return;
    m_pendingMode = mode;
    m_modeRequest = id;
    m_modeRequests.insert(id, mode);
    emit modeChanged();
}

bool CallSession::handleError(const QString &re, const QString &codeName)
{
    const auto type = m_requests.constFind(re);
    if (re.isEmpty() || type == m_requests.constEnd())
        return false;
    const MessageType request = *type;
    m_requests.erase(type);
    m_modeRequests.remove(re);
    if (re == m_modeRequest) {
        m_pendingMode.reset();
        m_modeRequest.clear();
        emit modeChanged();
    }
    emit errorMessage(CallText::refused(request, codeName));
    return true;
}

} // namespace ecoute::models
