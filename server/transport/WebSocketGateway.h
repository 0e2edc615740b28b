// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionLimits.h"
#include "server/transport/OriginPolicy.h"
#include "server/service/ServerContext.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocketServer>

namespace ecoute::server {

/// Takes the WebSocket upgrade requests the front has read (complete heads,
/// still unread in their sockets), lets QWebSocketServer answer them, caps
/// frame sizes, checks the path and the Origin, and gives each accepted socket
/// its session.
class WebSocketGateway : public QObject
{
    Q_OBJECT

public:
    WebSocketGateway(ServerContext context, OriginPolicy origins, ConnectionLimits limits = {},
                     QObject *parent = nullptr);

    /// A socket whose unread head is a WebSocket upgrade request; the gateway owns it.
    void take(QTcpSocket *socket);

private:
    using PeerKey = QPair<QString, quint16>;
    void acceptPending();

    QWebSocketServer m_server;
    ServerContext m_ctx;
    OriginPolicy m_origins;
    ConnectionLimits m_limits;
    /// The transport under each upgrade in progress, found again by its peer
    /// (QWebSocket does not expose it; its TLS buffers count for the send cap).
    QHash<PeerKey, QPointer<QTcpSocket>> m_upgrading;
};

} // namespace ecoute::server
