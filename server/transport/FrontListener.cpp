// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/FrontListener.h"

#include "server/core/Logging.h"
#include "server/transport/IoThreads.h"

#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace ecoute::server {

namespace {
std::optional<QHostAddress> peerOf(qintptr descriptor)
{
    sockaddr_storage peer {};
    socklen_t length = sizeof peer;
    if (::getpeername(static_cast<int>(descriptor), reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return std::nullopt;
    return QHostAddress(reinterpret_cast<const sockaddr *>(&peer));
}
} // namespace

FrontListener::FrontListener(const FrontLimits &limits, bool tls, IoThreads &io, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_tls(tls), m_site(tls), m_io(io),
      m_gate(limits.maxConnections, limits.maxConnectionsPerSource, limits.limitLoopback)
{
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        // QTcpServer has paused accepting (out of descriptors or memory): the
        // connection stays in the kernel's backlog and is tried again shortly.
        qCWarning(lcServer) << "cannot accept a connection:" << errorString() << "- retrying shortly";
        pauseAccepting();
        QTimer::singleShot(m_limits.acceptRetryMs, this, &QTcpServer::resumeAccepting);
    });
    // Every admitted socket comes back here once, from its I/O thread, whatever stage it died in.
    connect(&m_io, &IoThreads::socketClosed, this,
            [this](const SourceKey &source) { m_gate.release(source); });
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
    const std::optional<QHostAddress> peer = peerOf(descriptor);
    if (!peer) { // gone already
        ::close(static_cast<int>(descriptor));
        return;
    }
    const SourceKey source = SourceKey::of(*peer);
    const ConnectionGate::Verdict verdict = m_gate.admit(source);
    if (verdict != ConnectionGate::Verdict::Admitted) {
        (verdict == ConnectionGate::Verdict::TooManyInTotal ? m_refusedTotal : m_refusedSource)++;
        if (!m_refusalReport.isActive())
            m_refusalReport.start();
        if (!m_tls) { // plain HTTP can say why; TLS cannot before a handshake we will not spend
            const QByteArray refusal = m_site.refusal(503, "too many connections");
            [[maybe_unused]] const auto sent = ::send(static_cast<int>(descriptor), refusal.constData(),
                                                      refusal.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
        }
        ::close(static_cast<int>(descriptor));
        return;
    }
    m_io.adopt(descriptor, source);
}

void FrontListener::reportRefusals()
{
    if (m_refusedTotal)
        qCWarning(lcServer) << "refused" << m_refusedTotal
                            << "connections: the server is at its connection limit of" << m_gate.maxTotal();
    if (m_refusedSource)
        qCInfo(lcServer) << "refused" << m_refusedSource << "connections from sources at their own limit";
    m_refusedTotal = 0;
    m_refusedSource = 0;
}

} // namespace ecoute::server
