// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/ConnectionGate.h"
#include "server/transport/FrontLimits.h"
#include "server/transport/StaticSite.h"

#include <QTcpServer>
#include <QTimer>

namespace ecoute::server {

class IoThreads;

/// The listening port. Unlike QTcpServer's own pending queue (and
/// QSslServer's, which keeps sockets in it until their handshake times out),
/// nothing a peer does before or during the TLS handshake can stop accepting:
/// each socket is admitted by the ConnectionGate (total and per source) or
/// closed at once, and handed to an I/O thread (IoThreads), where a
/// FrontConnection bounds it in time and size. When accept() itself fails (no
/// descriptors), accepting pauses briefly instead of spinning.
class FrontListener : public QTcpServer
{
    Q_OBJECT

public:
    /// tls: whether the port speaks TLS (plain HTTP, on loopback only, can say why it refuses).
    FrontListener(const FrontLimits &limits, bool tls, IoThreads &io, QObject *parent = nullptr);
    ~FrontListener() override;

    const ConnectionGate &gate() const { return m_gate; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void reportRefusals();

    FrontLimits m_limits;
    bool m_tls;
    StaticSite m_site;
    IoThreads &m_io;
    ConnectionGate m_gate;
    QTimer m_refusalReport;
    int m_refusedTotal = 0;
    int m_refusedSource = 0;
};

} // namespace ecoute::server
