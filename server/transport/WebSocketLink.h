// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionLimits.h"

#include "protocol/Envelope.h"
#include "protocol/FrameBody.h"
#include "protocol/MessageCatalog.h"
#include "protocol/MessageIds.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace ecoute::server {

/// The I/O side of one WebSocket, on the I/O thread that owns its socket: reads
/// and decodes frames (answering bad ones itself), encodes and writes what the
/// service sends, and enforces the transport's limits (idle timeout, send queue
/// cap, closing grace, too many errors). It talks to its ClientConnection, on
/// the service thread, through signals only; ClientConnection decides when it
/// goes (dispose()).
class WebSocketLink : public QObject
{
    Q_OBJECT

public:
    enum class Counted { No, AsError }; ///< whether a frame counts against the peer's error budget
    /// One frame the service sends; its id is given here, in sending order.
    struct Outgoing
    {
        QString type;
        protocol::FrameBody body;
        QString re;
        Counted counted = Counted::No;
    };

    /// transport: the TCP/TLS socket under the WebSocket (owned by it), whose
    /// buffers count toward the send queue cap; null in unit tests.
    WebSocketLink(std::unique_ptr<QWebSocket> socket, QTcpSocket *transport, protocol::Route inbound,
                  ConnectionLimits limits, QObject *parent = nullptr);
    ~WebSocketLink() override;

public Q_SLOTS:
    /// What the service sent in one turn of its loop, written in one go: as on a single
    /// thread, a burst is queued together (and meets the send queue cap together).
    void sendFrames(const QList<ecoute::server::WebSocketLink::Outgoing> &frames);
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);
    /// The service has let go of this connection: close it and delete this.
    void dispose();

Q_SIGNALS:
    void received(const ecoute::protocol::Envelope &envelope);
    /// The socket is gone (once).
    void disconnected();

private:
    void receive(QByteArrayView frame);
    void sendFrame(const Outgoing &frame);
    void write(const QString &type, const protocol::FrameBody &body, const QString &re);
    void countError();
    /// False (and closes the connection) if the peer's send queue is over the cap.
    bool canQueue();
    /// Everything written and not yet sent: the WebSocket's buffer and, under
    /// TLS, the encrypted bytes waiting in the transport.
    qint64 unsentBytes() const;

    std::unique_ptr<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_transport;
    protocol::Route m_inbound;
    protocol::MessageIds m_ids {QStringLiteral("s")};
    QQueue<qint64> m_errorTimes; ///< monotonic ms of recent errors
    ConnectionLimits m_limits;
    QTimer m_idleTimer;
    bool m_closing = false;
};

} // namespace ecoute::server

Q_DECLARE_METATYPE(ecoute::server::WebSocketLink::Outgoing)
