// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <QLoggingCategory>
#include <QSslCertificate>
#include <QWebSocket>

namespace ecoute::models {

Q_LOGGING_CATEGORY(lcConnection, "ecoute.connection")

using protocol::Codec;
using protocol::Envelope;

Connection::Connection(CertificatePins &pins, QObject *parent) : QObject(parent), m_pins(pins)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Connection::connectNow);
    m_heartbeat.setInterval(heartbeatIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Connection::checkLiveness);
}

Connection::~Connection()
{
    discardSocket();
}

void Connection::open(const ServerAddress &address)
{
    m_address = address;
    m_retryTimer.stop();
    m_retryDelayMs = initialRetryDelayMs;
    connectNow();
}

void Connection::close()
{
    m_retryTimer.stop();
    discardSocket();
    setState(State::Closed);
}

void Connection::trustCertificate(const QByteArray &sha256)
{
    if (!m_address.isValid() || sha256.isEmpty())
        return;
    m_pins.pin(m_address.hostAndPort(), sha256);
    open(m_address);
}

QString Connection::send(Envelope envelope)
{
    if (!isConnected() || !m_socket)
        return {};
    envelope.id = m_ids.next();
    qCDebug(lcConnection) << "sending" << envelope.type;
    m_socket->sendTextMessage(QString::fromUtf8(Codec::encode(envelope)));
    return envelope.id;
}

void Connection::connectNow()
{
    discardSocket();
    if (!m_address.isValid()) {
        setState(State::Closed);
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingFrameSize(protocol::Limits::transportMaxFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(protocol::Limits::transportMaxFrameBytes);
    m_socket = socket;
    m_socketWasConnected = false;

    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_socketWasConnected = true;
        m_retryDelayMs = initialRetryDelayMs;
        m_lastFrame.start();
        m_heartbeat.start();
        setState(State::Connected);
        emit connected();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onSocketClosed(socket); });
    connect(socket, &QWebSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState s) {
        if (s == QAbstractSocket::UnconnectedState)
            onSocketClosed(socket);
    });
    connect(socket, &QWebSocket::sslErrors, this,
            [this, socket](const QList<QSslError> &errors) { onSslErrors(socket, errors); });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            onFrame(text.toUtf8());
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &bytes) {
        if (socket == m_socket)
            onFrame(bytes);
    });

    setState(State::Connecting);
    socket->open(m_address.url());
}

void Connection::discardSocket()
{
    m_heartbeat.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr; // handlers ignore signals from a socket that is no longer current
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void Connection::onSocketClosed(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    const bool wasConnected = m_socketWasConnected;
    discardSocket();
    if (m_state == State::CertificateBlocked || m_state == State::Closed)
        return;
    scheduleRetry();
    if (wasConnected)
        emit connectionLost();
    else
        emit unreachable();
}

void Connection::onSslErrors(QWebSocket *socket, const QList<QSslError> &errors)
{
    if (socket != m_socket)
        return;
    QSslCertificate certificate;
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull()) {
            certificate = error.certificate();
            break;
        }
    }
    if (certificate.isNull())
        return; // nothing to compare: the handshake fails and we retry later

    const QString hostAndPort = m_address.hostAndPort();
    const QByteArray presented = CertificatePins::fingerprint(certificate);
    switch (m_pins.check(hostAndPort, presented)) {
    case CertificatePins::Verdict::Match:
        socket->ignoreSslErrors();
        return;
    case CertificatePins::Verdict::Unknown:
        // Not ignoring the errors makes the handshake fail: nothing is sent.
        setState(State::CertificateBlocked);
        emit certificateNeedsTrust(presented, hostAndPort);
        return;
    case CertificatePins::Verdict::Mismatch:
        qCWarning(lcConnection) << "server certificate changed for" << hostAndPort << "- refusing to connect";
        setState(State::CertificateBlocked);
        emit certificateChanged(m_pins.pinned(hostAndPort), presented, hostAndPort);
        return;
    }
}

void Connection::onFrame(const QByteArray &frame)
{
    m_lastFrame.start();
    const auto result = Codec::decode(frame, protocol::Route::ServerToStaff);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&result)) {
        // Never log the frame itself: it may hold message text.
        qCWarning(lcConnection) << "ignoring undecodable frame:" << protocol::errorCodeName(error->code);
        return;
    }
    qCDebug(lcConnection) << "received" << std::get<Envelope>(result).type;
    emit envelopeReceived(std::get<Envelope>(result));
}

void Connection::checkLiveness()
{
    if (!m_socket || !isConnected())
        return;
    // A link can die without a TCP reset (sleeping laptop, dropped Wi-Fi):
    // no frame for too long means it is gone, and closing it starts a reconnect.
    if (m_lastFrame.elapsed() > 3 * heartbeatIntervalMs) {
        qCWarning(lcConnection) << "no answer from the server, reconnecting";
        m_socket->abort();
        return;
    }
    send(Envelope::make(QStringLiteral("ping")));
}

void Connection::scheduleRetry()
{
    setState(State::WaitingToRetry);
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, maxRetryDelayMs);
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ecoute::models
