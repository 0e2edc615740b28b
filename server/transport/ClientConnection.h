// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionLimits.h"
#include "server/transport/SourceKey.h"

#include "protocol/Envelope.h"
#include "protocol/Errors.h"
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

/// One WebSocket peer, spoken to in envelopes: decodes every frame with the
/// Codec (text and binary alike), answers bad ones with an error frame, and
/// closes the peer with 1008 after too many errors in the error window.
///
/// It also enforces the ConnectionLimits: the handshake deadline (until the
/// session calls handshakeCompleted()), the idle timeout (any received frame
/// restarts it) and the send queue cap (a peer that stops reading is closed
/// instead of making the server buffer without bound).
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    /// transport: the TCP/TLS socket under the WebSocket (owned by it), whose
    /// buffers count toward the send queue cap; null in unit tests.
    ClientConnection(std::unique_ptr<QWebSocket> socket, QTcpSocket *transport, protocol::Route inbound,
                     ConnectionLimits limits = {}, QObject *parent = nullptr);
    ~ClientConnection() override;

    /// The session is set up (hello + auth, or hello + seeker.start): the
    /// handshake deadline no longer applies.
    void handshakeCompleted();
    /// While busy (a login being verified), a handshake deadline that passes
    /// waits for the outcome instead of cutting the connection midway; the
    /// deadline itself is never extended.
    void setHandshakeBusy(bool busy);

    /// Sends a push (or, with re, an answer). If the peer has more than
    /// ConnectionLimits::maxSendQueueBytes unread, closes it with 1008 instead.
    void send(const QString &type, const QJsonObject &body = {}, const QString &re = {});
    /// Sends an error frame answering `re` and counts it against the peer.
    void sendError(protocol::ErrorCode code, const QString &detail, const QString &re,
                   qint64 retryAfterMs = -1, const QString &field = {});
    void close(QWebSocketProtocol::CloseCode code, const QString &reason = {});
    bool isOpen() const;
    /// Keyed hash of the peer's address, for per-source limits (never logged).
    const SourceKey &source() const { return m_source; }

Q_SIGNALS:
    void envelopeReceived(const ecoute::protocol::Envelope &envelope);
    void disconnected();

private:
    void receive(QByteArrayView frame);
    void countError();
    /// False (and closes the connection) if the peer's send queue is over the cap.
    bool canQueue();
    /// Everything written and not yet sent: the WebSocket's buffer and, under
    /// TLS, the encrypted bytes waiting in the transport.
    qint64 unsentBytes() const;
    void handshakeExpired();

    std::unique_ptr<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_transport;
    protocol::Route m_inbound;
    SourceKey m_source;
    protocol::MessageIds m_ids {QStringLiteral("s")};
    QQueue<qint64> m_errorTimes; ///< monotonic ms of recent errors
    ConnectionLimits m_limits;
    QTimer m_handshakeTimer;
    QTimer m_idleTimer;
    bool m_closing = false;
    bool m_handshakeDone = false;
    bool m_handshakeBusy = false;
    bool m_handshakeOverdue = false;
};

} // namespace ecoute::server
