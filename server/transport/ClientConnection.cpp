// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/ClientConnection.h"

#include "server/core/Logging.h"

#include "protocol/Codec.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace ecoute::server {

using protocol::Codec;

ClientConnection::ClientConnection(WebSocketLink *link, SourceKey source, ConnectionLimits limits,
                                   QObject *parent)
    : QObject(parent), m_source(std::move(source))
{
    // Automatic connections: queued while the link lives on an I/O thread, direct without one.
    connect(link, &WebSocketLink::received, this, &ClientConnection::arrived);
    connect(link, &WebSocketLink::disconnected, this, &ClientConnection::linkGone);
    connect(this, &ClientConnection::framesQueued, link, &WebSocketLink::sendFrames);
    connect(this, &ClientConnection::closeRequested, link, &WebSocketLink::close);
    connect(this, &ClientConnection::released, link, &WebSocketLink::dispose);

    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &ClientConnection::handshakeExpired);
    if (limits.handshakeTimeoutMs > 0)
        m_handshakeTimer.start(limits.handshakeTimeoutMs);
}

ClientConnection::~ClientConnection()
{
    flush();
    Q_EMIT released(); // the link closes its socket and goes, on its own thread
}

void ClientConnection::queue(WebSocketLink::Outgoing frame)
{
    // One signal per turn of the loop, not per frame: fewer wake-ups of the I/O thread, and a
    // burst (a transcript replay) reaches the send queue cap as a whole, as on one thread.
    if (m_outbox.isEmpty())
        QMetaObject::invokeMethod(this, &ClientConnection::flush, Qt::QueuedConnection);
    m_outbox.append(std::move(frame));
}

void ClientConnection::flush()
{
    if (m_outbox.isEmpty())
        return;
    Q_EMIT framesQueued(std::exchange(m_outbox, {}));
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

void ClientConnection::send(const QString &type, const protocol::FrameBody &body, const QString &re)
{
    if (isOpen())
        queue({type, body, re, WebSocketLink::Counted::No});
}

void ClientConnection::sendError(protocol::ErrorCode code, const QString &detail, const QString &re,
                                 qint64 retryAfterMs, const QString &field)
{
    if (!isOpen())
        return;
    const protocol::ProtocolError error {code, detail, field, re};
    const protocol::Envelope e =
        Codec::errorEnvelope(error, static_cast<int>(std::min<qint64>(retryAfterMs, INT_MAX)));
    queue({e.type, e.body, e.re, WebSocketLink::Counted::AsError});
}

void ClientConnection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_handshakeTimer.stop();
    flush(); // what was sent before the close goes first
    Q_EMIT closeRequested(code, reason);
}

void ClientConnection::arrived(const protocol::Envelope &envelope)
{
    if (!m_closing) // frames already on their way when the service closed the connection
        Q_EMIT envelopeReceived(envelope);
}

void ClientConnection::linkGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_handshakeTimer.stop();
    Q_EMIT disconnected();
}

} // namespace ecoute::server
