// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/FrontConnection.h"

#include "server/core/Logging.h"
#include "server/transport/HttpRequestHead.h"
#include "server/transport/StaticSite.h"

#include <QSslSocket>

#include <sys/socket.h>

namespace ecoute::server {

FrontConnection::FrontConnection(QTcpSocket *socket, bool tls, const FrontLimits &limits,
                                 const StaticSite &site, QObject *parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_site(site),
      m_stage(tls ? Stage::TlsHandshake : Stage::AwaitingRequest)
{
    socket->setParent(this);
    // Nothing beyond one head is ever buffered before it is answered or refused.
    socket->setReadBufferSize(m_limits.maxHeadBytes + 1);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::CoarseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &FrontConnection::deadlinePassed);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A peer that half-closed after its request still reads the answer.
        if (error == QAbstractSocket::RemoteHostClosedError && m_stage == Stage::Draining)
            return;
        deadlinePassed();
    });
    connect(socket, &QTcpSocket::readyRead, this, &FrontConnection::readHead);
    connect(socket, &QTcpSocket::bytesWritten, this, &FrontConnection::written);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket); ssl && tls) {
        connect(ssl, &QSslSocket::encrypted, this, &FrontConnection::startReading);
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &FrontConnection::drained);
        // Server side without client certificates: any error is the peer's; the handshake fails.
        connect(ssl, &QSslSocket::sslErrors, this, [this] { deadlinePassed(); });
        setDeadline(m_limits.tlsHandshakeTimeoutMs);
    } else {
        startReading();
    }
}

void FrontConnection::setDeadline(int ms)
{
    if (ms > 0)
        m_deadline.start(ms);
}

qint64 FrontConnection::unsentBytes() const
{
    if (!m_socket)
        return 0;
    qint64 bytes = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.data()))
        bytes += ssl->encryptedBytesToWrite();
    return bytes;
}

void FrontConnection::startReading()
{
    m_stage = Stage::AwaitingRequest;
    setDeadline(m_requests == 0 ? m_limits.requestHeadTimeoutMs : m_limits.keepAliveIdleMs);
    readHead();
}

namespace {
/// What a closing connection may still send us before it is cut.
constexpr int kLingerMs = 2000;
constexpr qint64 kLingerBytes = qint64 {1024} * 1024;
} // namespace

void FrontConnection::readHead()
{
    if (m_stage == Stage::Lingering && m_socket) {
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > kLingerBytes)
            deadlinePassed();
        return;
    }
    if (!m_socket || (m_stage != Stage::AwaitingRequest && m_stage != Stage::ReadingHead))
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available == 0)
        return;
    if (m_stage == Stage::AwaitingRequest) {
        // The first byte of a request on a kept-alive connection: from now on
        // the whole head must arrive within the head timeout.
        if (m_requests > 0)
            setDeadline(m_limits.requestHeadTimeoutMs);
        m_stage = Stage::ReadingHead;
    }
    const QByteArray buffered = m_socket->peek(std::min<qint64>(available, m_limits.maxHeadBytes));
    const auto length = HttpRequestHead::headLength(buffered);
    if (!length) {
        if (available >= m_limits.maxHeadBytes)
            refuse(431, "request head too large");
        return;
    }
    const HttpRequestHead head =
        HttpRequestHead::parse(QByteArrayView(buffered).first(*length), m_limits.maxHeaderCount);
    switch (head.problem) {
    case HttpRequestHead::Problem::None:
        break;
    case HttpRequestHead::Problem::TooManyHeaders:
        refuse(431, "too many header lines");
        return;
    case HttpRequestHead::Problem::HasBody:
        refuse(413, "this server takes no request bodies");
        return;
    case HttpRequestHead::Problem::Malformed:
        refuse(400, "bad request");
        return;
    }
    ++m_requests;
    if (head.isWebSocketUpgrade()) {
        // The head stays unread: QWebSocketServer reads and answers it.
        m_deadline.stop();
        m_stage = Stage::Closing;
        QTcpSocket *socket = m_socket;
        socket->disconnect(this);
        socket->setReadBufferSize(0); // QWebSocket bounds frames and messages itself
        socket->setParent(nullptr);
        m_socket = nullptr;
        Q_EMIT webSocketRequested(socket);
        deleteLater();
        return;
    }
    m_socket->skip(*length);
    const bool keepAlive = head.keepAlive && m_requests < m_limits.maxRequestsPerConnection;
    answer(m_site.respond(head, keepAlive), keepAlive);
}

void FrontConnection::answer(const QByteArray &response, bool keepAlive)
{
    m_keepAlive = keepAlive;
    m_stage = Stage::Draining;
    // A peer has the head timeout to read what it asked for.
    setDeadline(m_limits.requestHeadTimeoutMs);
    // Counted from bytesWritten, not from bytesToWrite(): right after a TLS
    // 1.3 handshake QSslSocket may hold written data where neither
    // bytesToWrite() nor encryptedBytesToWrite() shows it.
    m_unwritten = response.size();
    m_socket->write(response);
}

void FrontConnection::written(qint64 bytes)
{
    m_unwritten -= bytes;
    drained();
}

void FrontConnection::refuse(int status, const QByteArray &reason)
{
    qCInfo(lcWs) << "refused an HTTP request:" << status << reason;
    answer(m_site.refusal(status, reason), false);
}

void FrontConnection::drained()
{
    if (m_stage != Stage::Draining || !m_socket || m_unwritten > 0 || unsentBytes() > 0)
        return;
    // QSslSocket may still hold encrypted bytes it has not moved to its
    // transport (right after a TLS 1.3 handshake); flush() moves and writes them.
    m_socket->flush();
    if (unsentBytes() > 0)
        return;
    if (m_keepAlive)
        startReading();
    else
        closeSocket();
}

void FrontConnection::deadlinePassed()
{
    switch (m_stage) {
    case Stage::TlsHandshake:
        qCInfo(lcWs) << "closing a connection that did not finish its TLS handshake in time";
        break;
    case Stage::AwaitingRequest:
        break; // an idle keep-alive connection, or one that never asked
    case Stage::ReadingHead:
        qCInfo(lcWs) << "closing a connection whose request head did not arrive in time";
        break;
    case Stage::Draining:
        qCInfo(lcWs) << "closing a connection that does not read its response";
        break;
    case Stage::Lingering:
    case Stage::Closing:
        break;
    }
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void FrontConnection::closeSocket()
{
    if (!m_socket || m_stage == Stage::Closing || m_stage == Stage::Lingering)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deadlinePassed();
        return;
    }
    // Everything is sent (drained): the peer reads it, then sees the end.
    m_stage = Stage::Lingering;
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    setDeadline(std::min(kLingerMs, m_limits.requestHeadTimeoutMs));
    readHead();
}

} // namespace ecoute::server
