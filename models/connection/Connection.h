// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/connection/CertificatePins.h"
#include "models/connection/ServerAddress.h"
#include "protocol/Envelope.h"
#include "protocol/MessageIds.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QWebSocket;

namespace ecoute::models {

/// The WebSocket to the server, and nothing above it: connects, checks the
/// server certificate against the pinned one, decodes frames, reconnects after
/// an unexpected drop (0.5 s doubling up to 10 s). A certificate that is unknown
/// or has changed blocks the connection until the volunteer decides, whether or not
/// an authority the system trusts signed it. certificateNeedsTrust and
/// certificateChanged come from the event loop, after the socket is torn down, so
/// their handlers may run a dialog.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Connecting, Connected, WaitingToRetry, CertificateBlocked };
    Q_ENUM(State)

    static constexpr int initialRetryDelayMs = 500;
    static constexpr int maxRetryDelayMs = 10'000;
    static constexpr int heartbeatIntervalMs = 20'000;

    explicit Connection(CertificatePins &pins, QObject *parent = nullptr);
    ~Connection() override;

    /// Connects (again) to address; a pending retry or blocked state is reset.
    void open(const ServerAddress &address);
    /// A deliberate close: no reconnect.
    void close();
    /// Pins the certificate the volunteer accepted and connects again.
    void trustCertificate(const QByteArray &sha256);

    /// Sends envelope with a fresh id, returned; empty when not connected.
    QString send(protocol::Envelope envelope);

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    ServerAddress address() const { return m_address; }
    int nextRetryDelayMs() const { return m_retryDelayMs; }

signals:
    void stateChanged(ecoute::models::Connection::State state);
    void connected();
    /// An established connection dropped; a reconnect is scheduled.
    void connectionLost();
    /// A connection attempt failed; a retry is scheduled.
    void unreachable();
    void envelopeReceived(const ecoute::protocol::Envelope &envelope);
    void certificateNeedsTrust(const QByteArray &sha256, const QString &hostAndPort);
    void certificateChanged(const QByteArray &pinned, const QByteArray &presented,
                            const QString &hostAndPort);

private:
    void connectNow();
    void discardSocket();
    void onSocketClosed(QWebSocket *socket);
    void onSslErrors(QWebSocket *socket, const QList<QSslError> &errors);
    /// False (and the connection refused) unless the server showed the pinned certificate.
    bool presentedPinnedCertificate(QWebSocket *socket);
    /// Blocks, then tears the socket down and tells the volunteer, from the event loop.
    void refuseCertificate(CertificatePins::Verdict verdict, const QByteArray &presented);
    void onFrame(const QByteArray &frame);
    void scheduleRetry();
    void checkLiveness();
    void setState(State state);

    CertificatePins &m_pins;
    ServerAddress m_address;
    QPointer<QWebSocket> m_socket;
    bool m_socketWasConnected = false;
    State m_state = State::Closed;
    QTimer m_retryTimer;
    QTimer m_heartbeat;
    QElapsedTimer m_lastFrame;
    int m_retryDelayMs = initialRetryDelayMs;
    protocol::MessageIds m_ids {QStringLiteral("c")};
};

} // namespace ecoute::models
