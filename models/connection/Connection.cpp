// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/Connection.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
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
    if (m_address.url().scheme() == QLatin1String("wss")) {
        // The pin alone vouches for the server, whoever signed its certificate. Without any
        // CA (setting them also stops Qt loading the system's on demand) every certificate
        // raises sslErrors, where the pin is checked before the handshake completes.
        QSslConfiguration tls = socket->sslConfiguration();
        tls.setCaCertificates({});
        socket->setSslConfiguration(tls);
    }

    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        // Checked again before anyone may send (Session says hello on connected()).
        if (!presentedPinnedCertificate(socket))
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
        if (socket == m_socket && isConnected())
            onFrame(text.toUtf8());
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &bytes) {
        if (socket == m_socket && isConnected())
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
    Q_UNUSED(errors)
    if (socket != m_socket)
        return;
    // Qt copies the socket's configuration, peer certificate included, before relaying
    // sslErrors. The errors' own certificates may be the issuer's: never pin those.
    const QSslCertificate certificate = socket->sslConfiguration().peerCertificate();
    if (certificate.isNull())
        return; // nothing to compare: the handshake fails and we retry later

    const QByteArray presented = CertificatePins::fingerprint(certificate);
    const CertificatePins::Verdict verdict = m_pins.check(m_address.hostAndPort(), presented);
    if (verdict == CertificatePins::Verdict::Match) {
        socket->ignoreSslErrors();
        return;
    }
    // Not ignoring the errors makes the handshake fail: nothing is sent.
    refuseCertificate(verdict, presented);
}

bool Connection::presentedPinnedCertificate(QWebSocket *socket)
{
    if (m_address.url().scheme() != QLatin1String("wss"))
        return true; // plain ws exists only on loopback
    const QSslCertificate certificate = socket->sslConfiguration().peerCertificate();
    if (certificate.isNull()) {
        socket->abort(); // cannot be checked, so it is not used: closing schedules a retry
        return false;
    }
    const QByteArray presented = CertificatePins::fingerprint(certificate);
    const CertificatePins::Verdict verdict = m_pins.check(m_address.hostAndPort(), presented);
    if (verdict == CertificatePins::Verdict::Match)
        return true;
    refuseCertificate(verdict, presented);
    return false;
}

void Connection::refuseCertificate(CertificatePins::Verdict verdict, const QByteArray &presented)
{
    const QString hostAndPort = m_address.hostAndPort();
    const QByteArray pinned = m_pins.pinned(hostAndPort);
    if (verdict == CertificatePins::Verdict::Mismatch)
        qCWarning(lcConnection) << "server certificate changed - refusing to connect";
    setState(State::CertificateBlocked);
    // Never ask from inside the socket's signal: a dialog's event loop run from there keeps
    // Qt's TLS code on the stack while the socket can be deleted under it. The socket is torn
    // down first, then the question is asked from the event loop; trusting reconnects.
    QMetaObject::invokeMethod(
        this,
        [this, verdict, presented, pinned, hostAndPort, socket = m_socket] {
            if (socket && socket == m_socket)
                discardSocket();
            if (m_state != State::CertificateBlocked || hostAndPort != m_address.hostAndPort())
                return; // the volunteer moved on (closed, or another server) meanwhile
            if (verdict == CertificatePins::Verdict::Unknown)
                emit certificateNeedsTrust(presented, hostAndPort);
            else
                emit certificateChanged(pinned, presented, hostAndPort);
        },
        Qt::QueuedConnection);
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
    if (m_lastFrame.elapsed() > qint64 {3} * heartbeatIntervalMs) {
        qCWarning(lcConnection) << "no answer from the server, reconnecting";
        m_socket->abort();
        return;
    }
    send(Envelope::make(protocol::MessageType::Ping));
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
