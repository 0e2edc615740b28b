// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/WebSocketLink.h"

#include "server/core/Logging.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <QDeadlineTimer>
#include <QSslSocket>

namespace ecoute::server {

using protocol::Codec;
using protocol::Limits;

WebSocketLink::WebSocketLink(std::unique_ptr<QWebSocket> socket, QTcpSocket *transport,
                             protocol::Route inbound, ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_transport(transport), m_inbound(inbound),
      m_limits(limits)
{
    m_socket->setParent(nullptr);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { receive(text.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { receive(data); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &WebSocketLink::disconnected);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcWs) << "closing an idle connection";
        close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("idle timeout"));
    });
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

WebSocketLink::~WebSocketLink()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void WebSocketLink::dispose()
{
    deleteLater(); // the destructor aborts the socket, as the service asked for its end
}

qint64 WebSocketLink::unsentBytes() const
{
    qint64 bytes = m_socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(m_transport.data()))
        bytes += tls->encryptedBytesToWrite();
    return bytes;
}

bool WebSocketLink::canQueue()
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

void WebSocketLink::sendFrames(const QList<Outgoing> &frames)
{
    for (const Outgoing &frame : frames)
        sendFrame(frame);
    // Now, not at the socket's next write notification: one pass of the loop and two
    // epoll_ctl calls fewer per batch when the kernel takes it all (the usual case).
    if (!m_closing)
        m_socket->flush();
}

void WebSocketLink::sendFrame(const Outgoing &frame)
{
    if (!canQueue())
        return;
    write(frame.type, frame.body, frame.re);
    if (frame.counted == Counted::AsError)
        countError();
}

void WebSocketLink::write(const QString &type, const protocol::FrameBody &body, const QString &re)
{
    const QByteArray frame = Codec::encodeFrame(type, m_ids.next(), re, body);
    if (frame.size() > Limits::maxFrameBytes) // a server bug: the client will refuse it
        qCCritical(lcWs) << "sending an oversized" << type << "frame of" << frame.size() << "bytes";
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void WebSocketLink::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_socket->close(code, reason);
    // A peer that never finishes the closing handshake (or never reads what
    // is still queued for it) is dropped.
    QTimer::singleShot(m_limits.closeGraceMs, this, [this] {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    });
}

void WebSocketLink::receive(QByteArrayView frame)
{
    if (m_closing)
        return;
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs); // any frame, even a bad one, is a sign of life
    auto result = Codec::decode(frame, m_inbound);
    if (Codec::isError(result)) {
        const auto &error = std::get<protocol::ProtocolError>(result);
        qCInfo(lcWs) << "rejected frame:" << protocol::errorCodeName(error.code);
        const protocol::Envelope answer = Codec::errorEnvelope(error);
        sendFrame({answer.type, answer.body, answer.re, Counted::AsError});
        return;
    }
    Q_EMIT received(std::get<protocol::Envelope>(result));
}

void WebSocketLink::countError()
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
