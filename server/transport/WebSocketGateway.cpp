// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/WebSocketGateway.h"

#include "server/core/Logging.h"
#include "server/transport/ClientConnection.h"
#include "server/transport/WebSocketLink.h"

#include "protocol/Limits.h"

#include <QTimer>

namespace ecoute::server {

namespace {
template<typename Socket> QPair<QString, quint16> peerOf(const Socket &socket)
{
    return {socket.peerAddress().toString(), socket.peerPort()};
}
} // namespace

WebSocketGateway::WebSocketGateway(OriginPolicy origins, ConnectionLimits limits, QThread *serviceThread,
                                   QObject *parent)
    : QObject(parent), m_server(QStringLiteral("ecoute"), QWebSocketServer::NonSecureMode),
      m_origins(std::move(origins)), m_limits(limits),
      m_serviceThread(serviceThread ? serviceThread : thread())
{
    // Upgrades are taken as soon as they are answered: the pending list stays
    // empty, and the front's gate bounds how many sockets there are at all.
    m_server.setMaxPendingConnections(INT_MAX);
    connect(&m_server, &QWebSocketServer::newConnection, this, &WebSocketGateway::acceptPending);
}

void WebSocketGateway::take(QTcpSocket *socket)
{
    const PeerKey peer = peerOf(*socket);
    m_upgrading.insert(peer, socket);
    connect(socket, &QObject::destroyed, this, [this, peer] {
        auto it = m_upgrading.find(peer);
        if (it != m_upgrading.end() && it->isNull())
            m_upgrading.erase(it);
    });
    // QWebSocketServer deletes the socket if the upgrade fails or the peer goes.
    m_server.handleConnection(socket);
}

void WebSocketGateway::acceptPending()
{
    while (m_server.hasPendingConnections()) {
        std::unique_ptr<QWebSocket> socket(m_server.nextPendingConnection());
        if (!socket)
            continue;
        QTcpSocket *transport = m_upgrading.take(peerOf(*socket));
        if (transport) {
            // From now on the WebSocket owns its transport; QWebSocketServer
            // must not delete it behind its back when it disconnects.
            QObject::disconnect(transport, nullptr, &m_server, nullptr);
            transport->setParent(socket.get());
        }
        socket->setMaxAllowedIncomingFrameSize(protocol::Limits::transportMaxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(protocol::Limits::transportMaxFrameBytes);

        const QUrl requestUrl = socket->requestUrl();
        const QString path = requestUrl.path();
        const QString origin = socket->origin();
        const bool isStaff = path == QLatin1String("/ws/staff");
        const bool isSeeker = path == QLatin1String("/ws/seeker");
        // Seekers come from a browser, which always sends Origin; the desktop
        // workstation sends none, but a browser page must not pose as one.
        const bool originOk = isSeeker ? m_origins.isAllowed(origin, requestUrl)
                                       : origin.isEmpty() || m_origins.isAllowed(origin, requestUrl);
        if ((!isStaff && !isSeeker) || !originOk) {
            qCInfo(lcWs) << "refused a WebSocket:" << (originOk ? "unknown path" : "origin not allowed");
            QWebSocket *raw = socket.release();
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            raw->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not allowed"));
            // A peer that never finishes the closing handshake is dropped.
            QTimer::singleShot(m_limits.closeGraceMs, raw, [raw] {
                raw->abort();
                raw->deleteLater();
            });
            continue;
        }

        const auto route = isStaff ? protocol::Route::StaffToServer : protocol::Route::SeekerToServer;
        const SourceKey source = SourceKey::of(socket->peerAddress());
        auto *link = new WebSocketLink(std::move(socket), transport, route, m_limits, this);
        auto *connection = new ClientConnection(link, source, m_limits);
        connection->moveToThread(m_serviceThread);
        qCInfo(lcWs) << "accepted a" << (isStaff ? "staff" : "seeker") << "connection";
        emit connectionAccepted(isStaff ? Endpoint::Staff : Endpoint::Seeker, connection);
    }
}

} // namespace ecoute::server
