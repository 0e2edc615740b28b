// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <memory>

namespace ecoute::bench {

/// One baresip process for the voice benchmark, driven over ctrl_tcp: it dials as many calls as
/// it is told (the load phones hold dozens at once), plays one WAV file on each and, when asked,
/// records what each call sends and hears (baresip's sndfile module).
///
/// Unlike the tests' SipPeer, its player is aubridge on a device that has no source: nothing
/// pulls the decoded audio, so baresip does not spin. Debian's baresip with ALSA's "null" device
/// keeps two threads busy per process (~190 % of a core for one caller and one volunteer), which
/// would drown the bridge's own figures on two cores. Decoding, the recording and the jitter
/// buffer are unchanged: they run when RTP arrives, before the player.
class BaresipPhone
{
public:
    struct Options
    {
        QString name = QStringLiteral("phone"); ///< for messages only
        QString directory; ///< the config and recordings go here (created)
        /// Account lines, the first one dials: e.g. "<sip:vol@127.0.0.1>;regint=0;mediaenc=srtp-mand".
        QStringList accounts;
        QString sourceWav; ///< 8 kHz mono 16-bit, played on every call (looped by nobody: make it long)
        bool record = false; ///< sndfile: dump-<time>-enc.wav and -dec.wav per call
        quint16 sipPort = 0; ///< 0: any (the phone only dials); else UDP/TCP here, TLS on the next port
        QString caFile; ///< trusted for SIP over TLS
        int lifetimeSeconds = 600; ///< baresip quits by itself after this (a safety net)
    };

    explicit BaresipPhone(Options options);
    ~BaresipPhone();
    BaresipPhone(const BaresipPhone &) = delete;
    BaresipPhone &operator=(const BaresipPhone &) = delete;

    bool start();
    void stop();
    qint64 processId() const;
    QString name() const { return m_options.name; }
    QString recordingsDirectory() const;
    /// baresip's output, for a failure's message.
    QString output() const { return m_output; }

    /// Makes the account with this address the one that dials (baresip switches to the account
    /// of each incoming call).
    bool useAccount(const QString &address);
    /// Sends "dial" and waits until baresip took the command (not for the call).
    bool dial(const QString &uri);
    /// Hangs up the current call.
    bool hangUp();

    /// Calls established and closed since start, over all of this phone's calls.
    int establishedCount() const { return m_established; }
    int closedCount() const { return m_closed; }
    bool waitEstablished(int count, int timeoutMs = 10000);
    bool waitClosed(int count, int timeoutMs = 10000);

private:
    bool writeConfig(quint16 controlPort);
    bool launch(quint16 controlPort);
    bool send(const QString &command, const QString &params = {});
    void readOutput();
    void readControl();

    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QTcpSocket m_control;
    QByteArray m_controlPending;
    QString m_output;
    QList<QJsonObject> m_responses;
    int m_token = 0;
    int m_established = 0;
    int m_closed = 0;
};

} // namespace ecoute::bench
