// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/FrontListener.h"

#include "server/core/Logging.h"
#include "server/transport/FrontConnection.h"

#include <QSslSocket>

#include <unistd.h>

namespace ecoute::server {

FrontListener::FrontListener(const FrontLimits &limits, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_tls(std::move(tls)), m_site(m_tls.has_value()),
      m_gate(std::make_shared<ConnectionGate>(limits.maxConnections, limits.maxConnectionsPerSource,
                                              limits.limitLoopback))
{
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        // QTcpServer has paused accepting (out of descriptors or memory): the
        // connection stays in the kernel's backlog and is tried again shortly.
        qCWarning(lcServer) << "cannot accept a connection:" << errorString() << "- retrying shortly";
        pauseAccepting();
        QTimer::singleShot(m_limits.acceptRetryMs, this, &QTcpServer::resumeAccepting);
    });
    // Refusals are counted and reported at most every 10 s: a flood must not flood the log.
    m_refusalReport.setInterval(10 * 1000);
    m_refusalReport.setSingleShot(true);
    connect(&m_refusalReport, &QTimer::timeout, this, &FrontListener::reportRefusals);
}

FrontListener::~FrontListener()
{
    reportRefusals();
}

void FrontListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    const SourceKey source = SourceKey::of(socket->peerAddress());
    const ConnectionGate::Verdict verdict = m_gate->admit(source);
    if (verdict != ConnectionGate::Verdict::Admitted) {
        (verdict == ConnectionGate::Verdict::TooManyInTotal ? m_refusedTotal : m_refusedSource)++;
        if (!m_refusalReport.isActive())
            m_refusalReport.start();
        if (!m_tls) // plain HTTP can say why; TLS cannot before a handshake we will not spend
            socket->write(m_site.refusal(503, "too many connections")), socket->flush();
        socket->abort();
        delete socket;
        return;
    }
    connect(socket, &QObject::destroyed, [gate = m_gate, source] { gate->release(source); });
    auto *front = new FrontConnection(socket, m_tls.has_value(), m_limits, m_site, this);
    connect(front, &FrontConnection::webSocketRequested, this, &FrontListener::webSocketRequested);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
    }
}

void FrontListener::reportRefusals()
{
    if (m_refusedTotal)
        qCWarning(lcServer) << "refused" << m_refusedTotal
                            << "connections: the server is at its connection limit of" << m_gate->maxTotal();
    if (m_refusedSource)
        qCInfo(lcServer) << "refused" << m_refusedSource << "connections from sources at their own limit";
    m_refusedTotal = 0;
    m_refusedSource = 0;
}

} // namespace ecoute::server
