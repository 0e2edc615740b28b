// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace ecoute::testing {

/// Runs the real ecoute-voice binary for tests, as ecoute-server will: on a throw-away data
/// directory with a throw-away certificate, driven over its stdin/stdout with one JSON
/// envelope per line (protocol::Codec, routes ServerToBridge and BridgeToServer). Its stderr
/// is kept whole, for the privacy tests.
class VoiceBridgeProcess
{
public:
    struct Options
    {
        QStringList extraArgs; ///< e.g. {"--answer-timeout-ms", "2000"}
    };

    /// binary: the path of ecoute-voice (the tests get it from CMake).
    explicit VoiceBridgeProcess(QString binary);
    ~VoiceBridgeProcess();
    VoiceBridgeProcess(const VoiceBridgeProcess &) = delete;
    VoiceBridgeProcess &operator=(const VoiceBridgeProcess &) = delete;

    /// Makes the certificate (first time), starts the bridge on loopback with kernel-chosen SIP
    /// ports and waits (up to 15 s) for voice.ready.
    bool start(Options options);
    bool start() { return start(Options {}); }
    /// Stops, then starts again on the same data directory (the caller-hash key survives).
    bool restart();
    /// Closes stdin, as the server does, and waits for the bridge to exit: its exit code, or
    /// -1 if it crashed or had to be killed.
    int stop();
    void kill();
    bool isRunning() const;

    /// Sends one control line.
    bool send(protocol::MessageType type, const QJsonObject &body);
    /// The first line of `type` (and matching `match`, if given) not yet taken by an earlier
    /// waitFor; std::nullopt on timeout. Lines of other types stay for later calls.
    std::optional<protocol::Envelope>
    waitFor(protocol::MessageType type, int timeoutMs = 10000,
            const std::function<bool(const protocol::Envelope &)> &match = {});
    /// Shorthand: the first line of `type` for this call.
    std::optional<protocol::Envelope> waitFor(protocol::MessageType type, const QString &callId,
                                              int timeoutMs = 10000);
    /// Every line the bridge sent since start, decoded, taken or not.
    QList<protocol::Envelope> received() const { return m_received; }
    /// Lines the codec refused (the bridge must never write one).
    QList<QByteArray> undecodableLines() const { return m_undecodable; }

    quint16 sipPort() const { return m_sipPort; }
    quint16 sipTlsPort() const { return m_sipTlsPort; }
    /// "sip:<user>@127.0.0.1:<port>": where a trunk sends calls (UDP).
    QString sipUri(const QString &user) const;
    /// "sip:<user>@127.0.0.1:<tls port>;transport=tls": where a workstation dials.
    QString sipTlsUri(const QString &user) const;
    QString dataDir() const { return m_dataDir.path(); }
    /// The bridge's certificate (self-signed), which a staff peer trusts.
    QString certificatePath() const;

    /// Everything the bridge wrote, since the first start (across restarts).
    QByteArray standardOutput() const { return m_stdoutAll; }
    QByteArray standardError() const { return m_stderrAll; }
    /// The end of stderr, for a failing test's message.
    QByteArray diagnostics() const { return m_stderrAll.right(4000); }

private:
    bool makeCertificate();
    void readStdout();
    void readStderr();
    std::optional<protocol::Envelope> take(protocol::MessageType type,
                                           const std::function<bool(const protocol::Envelope &)> &match);

    QString m_binary;
    Options m_options;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_certificateDir;
    bool m_haveCertificate = false;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdoutPending;
    QByteArray m_stdoutAll;
    QByteArray m_stderrAll;
    QList<protocol::Envelope> m_received;
    QList<bool> m_taken; ///< parallel to m_received
    QList<QByteArray> m_undecodable;
    quint16 m_sipPort = 0;
    quint16 m_sipTlsPort = 0;
    int m_nextId = 0;
};

} // namespace ecoute::testing
