// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslSocket>

namespace ecoute::testing {

/// A raw TCP or TLS peer for abuse tests: it can come from another loopback
/// address, send any bytes (half a request, a request that never ends), speak
/// just enough WebSocket to send frames, and stop reading on purpose.
class RawPeer
{
public:
    /// from: a local address to bind to (e.g. 127.0.0.2), or null for any.
    explicit RawPeer(const QHostAddress &from = {});

    /// TCP only, no TLS.
    bool connectPlain(quint16 port, int timeoutMs = 5000);
    /// TCP then a TLS handshake that accepts the server's self-signed certificate.
    bool connectTls(quint16 port, int timeoutMs = 5000);

    void write(const QByteArray &bytes);
    /// Waits until at least one byte arrived (or the timeout), then returns what is buffered.
    QByteArray read(int timeoutMs = 5000);
    /// Reads until the peer closes or the timeout passes; returns everything read.
    QByteArray readUntilClosed(int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    /// Sends a WebSocket upgrade for path with this Origin and waits for 101.
    bool upgrade(const QByteArray &path, const QByteArray &origin, int timeoutMs = 5000);
    /// One masked text frame, as a browser sends it.
    void sendText(const QByteArray &payload);
    /// From now on the kernel's receive buffer fills and the server's sends back up.
    void stopReading();
    void resumeReading() { m_socket.setReadBufferSize(0); }

    struct Frame
    {
        int opcode = 0; ///< 1 text, 2 binary, 8 close
        QByteArray payload;
    };
    /// Takes the complete server frames (unmasked) off the front of bytes.
    static QList<Frame> takeFrames(QByteArray &bytes);

    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
};

/// Figures of a running process, from /proc.
struct ProcessFigures
{
    qint64 rssKiB = 0;
    qint64 cpuTicks = 0; ///< user + system, in clock ticks
    static ProcessFigures of(qint64 pid);
};

} // namespace ecoute::testing
