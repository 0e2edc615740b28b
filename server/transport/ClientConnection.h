// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionLimits.h"
#include "server/transport/SourceKey.h"
#include "server/transport/WebSocketLink.h"

#include "protocol/Envelope.h"
#include "protocol/Errors.h"
#include "protocol/FrameBody.h"

#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

namespace ecoute::server {

/// One WebSocket peer as the service thread sees it, spoken to in envelopes.
/// Its frames are read, decoded, encoded and written by a WebSocketLink on an
/// I/O thread (or on this thread when there are none); the two talk through
/// queued signals only, so no state is shared between threads. Bad frames are
/// answered by the link; a peer with too many errors is closed with 1008.
///
/// Here live the limits the session takes part in: the handshake deadline
/// (until the session calls handshakeCompleted()), with its wait for a login
/// being verified. The idle timeout and the send queue cap are the link's.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    /// Connects to its link; then the link may move to (or live on) another thread.
    ClientConnection(WebSocketLink *link, SourceKey source, ConnectionLimits limits = {},
                     QObject *parent = nullptr);
    ~ClientConnection() override;

    /// The session is set up (hello + auth, or hello + seeker.start): the
    /// handshake deadline no longer applies.
    void handshakeCompleted();
    /// While busy (a login being verified), a handshake deadline that passes
    /// waits for the outcome instead of cutting the connection midway; the
    /// deadline itself is never extended.
    void setHandshakeBusy(bool busy);

    /// Sends a push (or, with re, an answer). The body is serialised on the
    /// link's thread, once however many connections the same FrameBody goes to.
    /// A peer with more than ConnectionLimits::maxSendQueueBytes unread is
    /// closed with 1008 instead.
    void send(const QString &type, const protocol::FrameBody &body = {}, const QString &re = {});
    /// Sends an error frame answering `re` and counts it against the peer.
    void sendError(protocol::ErrorCode code, const QString &detail, const QString &re,
                   qint64 retryAfterMs = -1, const QString &field = {});
    void close(QWebSocketProtocol::CloseCode code, const QString &reason = {});
    bool isOpen() const { return !m_closing && !m_gone; }
    /// Keyed hash of the peer's address, for per-source limits (never logged).
    const SourceKey &source() const { return m_source; }

Q_SIGNALS:
    void envelopeReceived(const ecoute::protocol::Envelope &envelope);
    void disconnected();

    // To the link (queued when it lives on an I/O thread).
    void framesQueued(const QList<ecoute::server::WebSocketLink::Outgoing> &frames);
    void closeRequested(QWebSocketProtocol::CloseCode code, const QString &reason);
    void released();

private:
    void queue(WebSocketLink::Outgoing frame);
    /// Hands the link what this turn of the loop sent, in one signal.
    void flush();
    void arrived(const protocol::Envelope &envelope);
    void linkGone();
    void handshakeExpired();

    SourceKey m_source;
    QList<WebSocketLink::Outgoing> m_outbox; ///< sent in this turn of the loop, not yet handed over
    QTimer m_handshakeTimer {this}; ///< a child, so that it moves with this to the service thread
    bool m_closing = false;
    bool m_gone = false;
    bool m_handshakeDone = false;
    bool m_handshakeBusy = false;
    bool m_handshakeOverdue = false;
};

} // namespace ecoute::server
