// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/ClientConnection.h"

#include "server/core/Logging.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <QDeadlineTimer>
#include <QSslSocket>

#include <algorithm>
#include <climits>

namespace ecoute::server {

using protocol::Codec;
using protocol::Limits;

ClientConnection::ClientConnection(std::unique_ptr<QWebSocket> socket, QTcpSocket *transport,
                                   protocol::Route inbound, ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_transport(transport), m_inbound(inbound),
      m_source(SourceKey::of(m_socket->peerAddress())), m_limits(limits)
{
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { receive(text.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { receive(data); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &ClientConnection::disconnected);

    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &ClientConnection::handshakeExpired);
    if (m_limits.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(m_limits.handshakeTimeoutMs);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcWs) << "closing an idle connection";
        close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("idle timeout"));
    });
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

ClientConnection::~ClientConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool ClientConnection::isOpen() const
{
    return !m_closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ClientConnection::handshakeCompleted()
{
    m_handshakeDone = true;
    m_handshakeOverdue = false;
    m_handshakeTimer.stop();
}

void ClientConnection::setHandshakeBusy(bool busy)
{
    m_handshakeBusy = busy;
    if (!busy && m_handshakeOverdue)
        handshakeExpired();
}

void ClientConnection::handshakeExpired()
{
    if (m_handshakeDone || m_closing)
        return;
    if (m_handshakeBusy) {
        m_handshakeOverdue = true; // decided when the pending login is answered
        return;
    }
    qCInfo(lcWs) << "closing a connection that did not complete its handshake in time";
    close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("handshake timeout"));
}

qint64 ClientConnection::unsentBytes() const
{
    qint64 bytes = m_socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(m_transport.data()))
        bytes += tls->encryptedBytesToWrite();
    return bytes;
}

bool ClientConnection::canQueue()
{
    if (m_closing)
        return false;
    if (m_limits.maxSendQueueBytes > 0 && unsentBytes() > m_limits.maxSendQueueBytes) {
        // The peer stopped reading. Everything it misses is stored: it catches
        // up with auth.resume/seeker.start and chat.sync after reconnecting.
        qCInfo(lcWs) << "closing a connection whose send queue is full";
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("send queue full"));
        return false;
    }
    return true;
}

void ClientConnection::send(const QString &type, const QJsonObject &body, const QString &re)
{
    if (!canQueue())
        return;
    protocol::Envelope e = protocol::Envelope::make(type, body, re);
    e.id = m_ids.next();
    const QByteArray frame = Codec::encode(e);
    if (frame.size() > Limits::maxFrameBytes) // a server bug: the client will refuse it
        qCCritical(lcWs) << "sending an oversized" << type << "frame of" << frame.size() << "bytes";
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void ClientConnection::sendError(protocol::ErrorCode code, const QString &detail, const QString &re,
                                 qint64 retryAfterMs, const QString &field)
{
    if (!canQueue())
        return;
    protocol::ProtocolError error {code, detail, field, re};
    protocol::Envelope e =
        Codec::errorEnvelope(error, static_cast<int>(std::min<qint64>(retryAfterMs, INT_MAX)));
    e.id = m_ids.next();
    m_socket->sendTextMessage(QString::fromUtf8(Codec::encode(e)));
    countError();
}

void ClientConnection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_handshakeTimer.stop();
    m_idleTimer.stop();
    m_socket->close(code, reason);
    // A peer that never finishes the closing handshake (or never reads what
    // is still queued for it) is dropped.
    QTimer::singleShot(m_limits.closeGraceMs, this, [this] {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    });
}

void ClientConnection::receive(QByteArrayView frame)
{
    if (m_closing)
        return;
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs); // any frame, even a bad one, is a sign of life
    auto result = Codec::decode(frame, m_inbound);
    if (Codec::isError(result)) {
        const auto &error = std::get<protocol::ProtocolError>(result);
        qCInfo(lcWs) << "rejected frame:" << protocol::errorCodeName(error.code);
        sendError(error.code, error.detail, error.re, -1, error.field);
        return;
    }
    Q_EMIT envelopeReceived(std::get<protocol::Envelope>(result));
}

void ClientConnection::countError()
{
    const qint64 now = QDeadlineTimer::current().deadline();
    m_errorTimes.enqueue(now);
    while (!m_errorTimes.isEmpty() && now - m_errorTimes.head() > Limits::errorWindowMs)
        m_errorTimes.dequeue();
    if (m_errorTimes.size() > Limits::maxErrorsPerWindow) {
        qCInfo(lcWs) << "closing an abusive connection (too many protocol errors)";
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many protocol errors"));
    }
}

} // namespace ecoute::server
