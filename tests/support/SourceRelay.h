// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace ecoute::testing {

/// A TCP relay on 127.0.0.1 whose upstream connections to the server leave from
/// another loopback address (127.0.0.2, ...): every test socket comes from
/// 127.0.0.1, and per-source limits need "someone elsewhere". Bytes pass through
/// unchanged (TLS included); what a client sends before the upstream is
/// connected waits and goes out first, in order.
class SourceRelay : public QObject
{
public:
    SourceRelay(const QHostAddress &from, quint16 upstreamPort, QObject *parent = nullptr);

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

private:
    void link(QTcpSocket *client);

    QTcpServer m_server;
    QHostAddress m_from;
    quint16 m_upstreamPort;
};

} // namespace ecoute::testing
