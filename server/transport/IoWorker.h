// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionLimits.h"
#include "server/transport/FrontLimits.h"
#include "server/transport/OriginPolicy.h"
#include "server/transport/SourceKey.h"
#include "server/transport/StaticSite.h"
#include "server/transport/WebSocketGateway.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace ecoute::server {

/// What every I/O thread needs to finish a connection the listener accepted.
struct IoSettings
{
    FrontLimits front;
    std::optional<QSslConfiguration> tls; ///< nullopt: plain HTTP (loopback only)
    OriginPolicy origins;
    ConnectionLimits connection;
};

/// One I/O thread's share of the connections, from the accepted descriptor on:
/// the TLS handshake and HTTP head (FrontConnection), the WebSocket upgrade
/// (its own WebSocketGateway) and then every frame (WebSocketLink). Lives on
/// its thread; the listener hands it descriptors through adopt().
class IoWorker : public QObject
{
    Q_OBJECT

public:
    /// serviceThread: where ClientConnections go (the thread routing and sessions run on).
    IoWorker(IoSettings settings, QThread *serviceThread);
    ~IoWorker() override;

    /// Takes an accepted, admitted descriptor. Runs on the worker's thread.
    void adopt(qintptr descriptor, const ecoute::server::SourceKey &source);

Q_SIGNALS:
    /// A socket taken by adopt() is gone: the listener's gate counts it no more.
    void socketClosed(const ecoute::server::SourceKey &source);
    void connectionAccepted(ecoute::server::WebSocketGateway::Endpoint endpoint,
                            ecoute::server::ClientConnection *connection);

private:
    IoSettings m_settings;
    StaticSite m_site;
    QThread *m_serviceThread;
    /// Made on this worker's thread at the first adopt(), so that it and its
    /// QWebSocketServer belong to it.
    std::unique_ptr<WebSocketGateway> m_gateway;
    bool m_tearingDown = false;
};

} // namespace ecoute::server
