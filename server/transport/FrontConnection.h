// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/FrontLimits.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ecoute::server {

class StaticSite;

/// One accepted socket until it is either answered as plain HTTP or handed
/// over as a WebSocket upgrade: TLS handshake, then request heads read within
/// the FrontLimits (time from the handshake, size and header count), no body
/// ever read. Every stage has a deadline, so a peer that stalls, drips or
/// floods costs a bounded time and memory and never the event loop.
class FrontConnection : public QObject
{
    Q_OBJECT

public:
    /// Takes the socket (as a child). TLS has been started on an encrypted socket.
    FrontConnection(QTcpSocket *socket, bool tls, const FrontLimits &limits, const StaticSite &site,
                    QObject *parent = nullptr);

Q_SIGNALS:
    /// A complete WebSocket upgrade request waits unread in the socket; the
    /// receiver takes ownership. This object deletes itself afterwards.
    void webSocketRequested(QTcpSocket *socket);

private:
    enum class Stage { TlsHandshake, AwaitingRequest, ReadingHead, Draining, Lingering, Closing };

    void startReading();
    void readHead();
    void answer(const QByteArray &response, bool keepAlive);
    void refuse(int status, const QByteArray &reason);
    void drained();
    void written(qint64 bytes);
    void deadlinePassed();
    /// Done: stops sending (FIN) but reads and drops what the peer still
    /// sends for a short while, so its unread request body does not make the
    /// kernel reset the connection and lose the response (lingering close).
    void closeSocket();
    void setDeadline(int ms);
    qint64 unsentBytes() const;

    QPointer<QTcpSocket> m_socket;
    const FrontLimits &m_limits;
    const StaticSite &m_site;
    QTimer m_deadline;
    Stage m_stage;
    bool m_keepAlive = false;
    int m_requests = 0;
    qint64 m_discarded = 0;
    /// Bytes of the current response not yet taken by the socket (TLS: encrypted).
    qint64 m_unwritten = 0;
};

} // namespace ecoute::server
