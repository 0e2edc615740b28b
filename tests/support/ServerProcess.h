// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace ecoute::testing {

/// Runs the real ecoute-server binary (path from the ECOUTE_SERVER_BINARY
/// environment variable) on a throw-away data directory, for tests.
class ServerProcess
{
public:
    struct Options
    {
        bool tls = false; ///< false: --insecure-loopback (plain ws/http)
        quint16 port = 0; ///< 0: let the server pick a free port
        QStringList extraArgs; ///< appended to the command line
        /// Runs the server through this command, e.g. {"prlimit", "--nofile=128:128", "--"} (it must exec
        /// it).
        QStringList launcher;
        bool keepLog = false; ///< keep what the server logs (stderr) for log()
    };

    /// Output of a one-shot CLI run (e.g. "user add").
    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the server and waits (up to 30 s) until it prints "listening: <url>".
    bool start(Options options);
    bool start() { return start(Options {}); }
    /// SIGTERM, then wait for a clean exit.
    void stop();
    /// SIGKILL: simulates a crash.
    void kill();
    /// Same data dir, same port, same options.
    bool restart();
    bool isRunning() const;
    /// The server's process id (0 when not running), e.g. to read its /proc figures.
    qint64 pid() const;

    QUrl baseUrl() const; ///< http(s)://127.0.0.1:PORT
    /// The Origin the server's own pages send ("https://127.0.0.1:PORT"): the one it accepts.
    QString origin() const { return baseUrl().adjusted(QUrl::RemovePath).toString(); }
    QUrl staffUrl() const; ///< ws(s)://127.0.0.1:PORT/ws/staff
    QUrl seekerUrl() const; ///< ws(s)://127.0.0.1:PORT/ws/seeker
    quint16 port() const { return m_port; }
    QString dataDir() const;

    /// Demo passwords printed on the first start of the data dir; remembered across restarts.
    QString demoPassword(const QString &user) const { return m_demoPasswords.value(user); }
    /// "AA:BB:..." as printed in TLS mode.
    QString tlsFingerprint() const { return m_tlsFingerprint; }
    /// Everything the server printed on stdout since the last start.
    QString standardOutput() const { return m_stdout; }
    /// Everything the server logged since the last start (Options::keepLog only).
    QString log() const { return m_log; }

    /// Runs "ecoute-server <args> --data-dir <dataDir()>" to completion (CLI commands).
    CliResult runCli(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000);

    static QString serverBinary();

private:
    bool ensureDataDir();
    void readStdout();
    void parseLine(const QString &line);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_pending;
    QString m_stdout;
    QString m_log;
    QUrl m_listenUrl;
    quint16 m_port = 0;
    QHash<QString, QString> m_demoPasswords;
    QString m_tlsFingerprint;
};

} // namespace ecoute::testing
