// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "protocol/MessageIds.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace ecoute::server {

/// The phone bridge, ecoute-voice, as a child process: started, fed control lines on its standard
/// input, read on its standard output (one envelope per line, the strict codec), and started again
/// when it dies, after a growing pause (0.5 s doubling to 10 s). A crash of SIP or media code thus
/// costs the calls it carried, never the server. The bridge scrubs what it logs; its standard error
/// goes to the server's log as it is.
class BridgeProcess : public QObject
{
    Q_OBJECT

public:
    BridgeProcess(QString program, QStringList arguments, QObject *parent = nullptr);
    ~BridgeProcess() override;

    void start();
    /// Drops the frame when the bridge is not running (the caller learns it from lost()).
    void send(const protocol::Envelope &frame);
    bool isReady() const { return m_ready; }
    int sipTlsPort() const { return m_sipTlsPort; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

Q_SIGNALS:
    /// voice.ready: the bridge listens (again).
    void ready();
    /// A valid BridgeToServer frame other than voice.ready.
    void received(const protocol::Envelope &frame);
    /// The bridge stopped (crash or exit): every call it carried is gone.
    void lost();

private:
    void launch();
    void readControlLines();
    void readLogLines();
    void onFinished();

    QString m_program;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    QByteArray m_pendingLine;
    protocol::MessageIds m_ids {QStringLiteral("s")};
    QTimer m_restart;
    int m_restartDelayMs = 500;
    bool m_ready = false;
    bool m_stopping = false;
    int m_sipTlsPort = 0;
};

} // namespace ecoute::server
