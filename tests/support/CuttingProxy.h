// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace ecoute::testing {

/// A TCP relay on 127.0.0.1 between clients and a server port, for fault tests:
/// it forwards bytes both ways unchanged and cuts the links on demand. Each
/// accepted client gets its own link to the upstream port; when the upstream
/// cannot be reached (server down) the client connection is reset at once.
class CuttingProxy : public QObject
{
    Q_OBJECT

public:
    /// Which end of a link learns of a cut first.
    enum class FirstToKnow {
        Client, ///< the client-facing socket is reset first (the client sees the drop first)
        Server, ///< the server-facing socket is reset first (the server sees the drop first)
    };
    Q_ENUM(FirstToKnow)

    explicit CuttingProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~CuttingProxy() override;

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const;

    /// Links that carry traffic right now (connected to the upstream and not cut).
    int liveLinks() const;
    /// Links that reached the upstream since the proxy started.
    int linksEstablished() const { return m_established; }
    /// Cuts every live link: from now on nothing more is forwarded on it; the
    /// socket of the side `first` is reset at once, the other one after
    /// `otherSideAfterMs` (whatever it sends meanwhile is dropped, as on a dead
    /// network). Returns the number of links cut.
    int cut(FirstToKnow first, int otherSideAfterMs = 0);

signals:
    /// A client's link has reached the upstream and carries traffic.
    void linkEstablished();

private:
    class Link;
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QList<QPointer<Link>> m_links;
    int m_established = 0;
};

} // namespace ecoute::testing
