// SPDX-License-Identifier: GPL-3.0-or-later
#include "CuttingProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ecoute::testing {

/// One client connection and its own connection to the upstream port.
class CuttingProxy::Link : public QObject
{
public:
    Link(QTcpSocket *client, quint16 upstreamPort, CuttingProxy *proxy)
        : QObject(proxy), m_proxy(proxy), m_client(client), m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { fromClient(); });
        connect(m_client, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
            if (state == QAbstractSocket::UnconnectedState)
                clientClosed();
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { upstreamConnected(); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { fromUpstream(); });
        connect(m_upstream, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
            if (state == QAbstractSocket::UnconnectedState)
                upstreamClosed();
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
    }

    ~Link() override
    {
        m_client->disconnect(this);
        m_upstream->disconnect(this);
        m_client->abort();
        m_upstream->abort();
    }

    bool isLive() const { return m_live && !m_cut; }

    void cut(FirstToKnow first, int otherSideAfterMs)
    {
        if (m_cut)
            return;
        m_cut = true; // from now on nothing is forwarded
        QTcpSocket *firstSocket = first == FirstToKnow::Client ? m_client : m_upstream;
        QTcpSocket *otherSocket = first == FirstToKnow::Client ? m_upstream : m_client;
        reset(firstSocket);
        if (otherSideAfterMs <= 0) {
            reset(otherSocket);
        } else {
            // Meanwhile the other side still believes in the link; what it sends is lost.
            QTimer::singleShot(otherSideAfterMs, this, [otherSocket] { reset(otherSocket); });
        }
        finishIfClosed();
    }

private:
    /// A hard cut: RST rather than an orderly FIN, and nothing still queued is sent.
    static void reset(QTcpSocket *socket)
    {
        if (socket->state() == QAbstractSocket::UnconnectedState)
            return;
#ifdef Q_OS_UNIX
        const qintptr fd = socket->socketDescriptor();
        if (fd >= 0) {
            const linger hard {1, 0};
            (void)::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        }
#endif
        socket->abort();
    }

    void fromClient()
    {
        const QByteArray data = m_client->readAll();
        if (m_cut || data.isEmpty())
            return;
        if (!m_live)
            m_early += data; // the upstream connection is still being made
        else if (m_upstream->state() == QAbstractSocket::ConnectedState)
            m_upstream->write(data);
    }

    void fromUpstream()
    {
        const QByteArray data = m_upstream->readAll();
        if (!m_cut && !data.isEmpty() && m_client->state() == QAbstractSocket::ConnectedState)
            m_client->write(data);
    }

    void upstreamConnected()
    {
        m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_cut)
            return;
        m_live = true;
        ++m_proxy->m_established;
        if (!m_early.isEmpty())
            m_upstream->write(std::exchange(m_early, {}));
        emit m_proxy->linkEstablished();
    }

    void clientClosed()
    {
        if (!m_cut) {
            // An orderly close by the client is passed on as one.
            if (m_live)
                m_upstream->disconnectFromHost();
            else
                m_upstream->abort();
        }
        finishIfClosed();
    }

    void upstreamClosed()
    {
        if (!m_cut) {
            if (m_live) {
                fromUpstream();
                m_client->disconnectFromHost(); // after what is still queued for the client
            } else {
                reset(m_client); // nothing listens upstream: refuse the client
            }
        }
        m_live = false;
        finishIfClosed();
    }

    void finishIfClosed()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState
            && m_upstream->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    CuttingProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    QByteArray m_early;
    bool m_live = false;
    bool m_cut = false;
};

CuttingProxy::CuttingProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
}

CuttingProxy::~CuttingProxy()
{
    for (const QPointer<Link> &link : std::as_const(m_links))
        delete link.data();
}

bool CuttingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 CuttingProxy::port() const
{
    return m_server.serverPort();
}

int CuttingProxy::liveLinks() const
{
    int live = 0;
    for (const QPointer<Link> &link : m_links) {
        if (link && link->isLive())
            ++live;
    }
    return live;
}

int CuttingProxy::cut(FirstToKnow first, int otherSideAfterMs)
{
    int cut = 0;
    const QList<QPointer<Link>> links = m_links; // cutting may finish (and unlist) a link
    for (const QPointer<Link> &link : links) {
        if (link && link->isLive()) {
            link->cut(first, otherSideAfterMs);
            ++cut;
        }
    }
    return cut;
}

void CuttingProxy::onNewConnection()
{
    m_links.removeIf([](const QPointer<Link> &link) { return link.isNull(); });
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link(client, m_upstreamPort, this);
        m_links.append(link);
    }
}

} // namespace ecoute::testing
