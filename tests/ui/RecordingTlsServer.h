// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace ecoute::testing {

/// A WebSocket server over TLS on loopback that records how far each client got:
/// TLS handshakes started and completed, WebSocket upgrades, frames received. Handshakes
/// can be cut after a delay, as a server's handshake timeout does.
class RecordingTlsServer : public QObject
{
public:
    RecordingTlsServer(const QSslCertificate &certificate, const QSslKey &key,
                       const QList<QSslCertificate> &chain)
        : m_webSockets(QStringLiteral("test"), QWebSocketServer::NonSecureMode)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QList<QSslCertificate> {certificate} + chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls.setSslConfiguration(tls);
        connect(&m_tls, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            ++handshakesStarted;
            if (m_cutHandshakesAfterMs > 0) {
                QTimer::singleShot(m_cutHandshakesAfterMs, socket, [socket] {
                    if (!socket->isEncrypted())
                        socket->abort();
                });
            }
        });
        connect(&m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_tls.nextPendingConnection()) {
                ++handshakesCompleted;
                m_webSockets.handleConnection(socket); // reads the upgrade request
            }
        });
        connect(&m_webSockets, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_webSockets.nextPendingConnection()) {
                ++upgrades;
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, this, [this] { ++framesReceived; });
                connect(socket, &QWebSocket::binaryMessageReceived, this, [this] { ++framesReceived; });
            }
        });
    }

    bool listen() { return m_tls.listen(QHostAddress::LocalHost); }
    QString staffUrl() const { return QStringLiteral("wss://127.0.0.1:%1/ws/staff").arg(m_tls.serverPort()); }
    /// TLS handshakes not finished within ms are cut (0: never).
    void cutHandshakesAfter(int ms) { m_cutHandshakesAfterMs = ms; }

    int handshakesStarted = 0;
    int handshakesCompleted = 0;
    int upgrades = 0;
    int framesReceived = 0;

private:
    QSslServer m_tls;
    QWebSocketServer m_webSockets;
    int m_cutHandshakesAfterMs = 0;
};

} // namespace ecoute::testing
