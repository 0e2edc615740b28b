// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionGate.h"
#include "server/transport/FrontLimits.h"
#include "server/transport/StaticSite.h"

#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <optional>

namespace ecoute::server {

/// The listening port. Unlike QTcpServer's own pending queue (and
/// QSslServer's, which keeps sockets in it until their handshake times out),
/// nothing a peer does before or during the TLS handshake can stop accepting:
/// each socket is admitted by the ConnectionGate (total and per source) or
/// closed at once, and handed to a FrontConnection that bounds it in time and
/// size. When accept() itself fails (no descriptors), accepting pauses briefly
/// instead of spinning.
class FrontListener : public QTcpServer
{
    Q_OBJECT

public:
    /// tls: the server configuration, or nullopt for plain HTTP (loopback only).
    FrontListener(const FrontLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent = nullptr);
    ~FrontListener() override;

    const ConnectionGate &gate() const { return *m_gate; }

Q_SIGNALS:
    /// A WebSocket upgrade request waits, unread, in this socket; the receiver owns it.
    void webSocketRequested(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void reportRefusals();

    FrontLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    StaticSite m_site;
    /// Shared with every socket's destroyed() handler, which may run after this is gone.
    std::shared_ptr<ConnectionGate> m_gate;
    QTimer m_refusalReport;
    int m_refusedTotal = 0;
    int m_refusedSource = 0;
};

} // namespace ecoute::server
