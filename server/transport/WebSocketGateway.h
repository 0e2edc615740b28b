// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionLimits.h"
#include "server/transport/OriginPolicy.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocketServer>

namespace ecoute::server {

class ClientConnection;

/// Takes the WebSocket upgrade requests the front has read (complete heads,
/// still unread in their sockets), lets QWebSocketServer answer them, caps
/// frame sizes, checks the path and the Origin, and hands each accepted socket
/// on as a ClientConnection for its endpoint (the service gives it its session).
/// One per I/O thread: the socket stays on that thread in a WebSocketLink, and
/// its ClientConnection goes to the service thread.
class WebSocketGateway : public QObject
{
    Q_OBJECT

public:
    enum class Endpoint { Staff, Seeker }; ///< /ws/staff, /ws/seeker

    /// serviceThread: where ClientConnections are handed over (this thread when null).
    WebSocketGateway(OriginPolicy origins, ConnectionLimits limits, QThread *serviceThread,
                     QObject *parent = nullptr);

    /// A socket whose unread head is a WebSocket upgrade request; the gateway owns it.
    void take(QTcpSocket *socket);

signals:
    /// An accepted WebSocket, its ClientConnection already on the service
    /// thread; whoever connects to this owns the connection.
    void connectionAccepted(ecoute::server::WebSocketGateway::Endpoint endpoint,
                            ecoute::server::ClientConnection *connection);

private:
    using PeerKey = QPair<QString, quint16>;
    void acceptPending();

    QWebSocketServer m_server;
    OriginPolicy m_origins;
    ConnectionLimits m_limits;
    QThread *m_serviceThread;
    /// The transport under each upgrade in progress, found again by its peer
    /// (QWebSocket does not expose it; its TLS buffers count for the send cap).
    QHash<PeerKey, QPointer<QTcpSocket>> m_upgrading;
};

} // namespace ecoute::server
