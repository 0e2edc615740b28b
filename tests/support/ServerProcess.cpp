// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProcess.h"

#include <QDebug>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

namespace ecoute::testing {

namespace {
constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 20000;
const QString kListening = QStringLiteral("listening: ");
const QString kDemoAccount = QStringLiteral("demo account created: ");
const QString kFingerprint = QStringLiteral("TLS certificate SHA-256: ");
} // namespace

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::serverBinary()
{
    return qEnvironmentVariable("ECOUTE_SERVER_BINARY");
}

QString ServerProcess::dataDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool ServerProcess::ensureDataDir()
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    return m_dir->isValid();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ServerProcess::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool ServerProcess::start(Options options)
{
    stop();
    if (serverBinary().isEmpty()) {
        qWarning() << "ServerProcess: ECOUTE_SERVER_BINARY is not set";
        return false;
    }
    if (!ensureDataDir())
        return false;
    m_options = options;
    m_pending.clear();
    m_stdout.clear();
    m_log.clear();
    m_listenUrl = QUrl();

    QStringList args {QStringLiteral("--data-dir"),     m_dir->path(),
                      QStringLiteral("--listen"),       QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"),         QString::number(options.port),
                      QStringLiteral("--demo-accounts")};
    if (!options.tls)
        args << QStringLiteral("--insecure-loopback");
    args << options.extraArgs;

    m_process = std::make_unique<QProcess>();
    // Server logs go to our stderr so a failing test shows them (kept too when a test reads them).
    m_process->setProcessChannelMode(options.keepLog ? QProcess::SeparateChannels
                                                     : QProcess::ForwardedErrorChannel);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(), [this] {
        const QByteArray chunk = m_process->readAllStandardError();
        m_log += QString::fromUtf8(chunk);
        fputs(chunk.constData(), stderr);
    });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { readStdout(); });
    if (options.launcher.isEmpty()) {
        m_process->start(serverBinary(), args);
    } else {
        const QStringList launched = options.launcher.mid(1) + QStringList {serverBinary()} + args;
        m_process->start(options.launcher.first(), launched);
    }
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        qWarning() << "ServerProcess: could not start" << serverBinary();
        return false;
    }
    const bool listening =
        QTest::qWaitFor([this] { return !m_listenUrl.isEmpty() || m_process->state() != QProcess::Running; },
                        kStartTimeoutMs);
    readStdout();
    if (!listening || m_listenUrl.isEmpty()) {
        qWarning() << "ServerProcess: server did not report 'listening:'; output:" << m_stdout;
        kill();
        return false;
    }
    m_port = static_cast<quint16>(m_listenUrl.port());
    return true;
}

void ServerProcess::readStdout()
{
    if (!m_process)
        return;
    m_pending += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline)).trimmed();
        m_pending.remove(0, newline + 1);
        m_stdout += line + u'\n';
        parseLine(line);
    }
}

void ServerProcess::parseLine(const QString &line)
{
    if (line.startsWith(kListening)) {
        m_listenUrl = QUrl(line.mid(kListening.size()).trimmed());
    } else if (line.startsWith(kDemoAccount)) {
        const QStringList parts = line.mid(kDemoAccount.size()).split(QStringLiteral(" / "));
        if (parts.size() == 2)
            m_demoPasswords.insert(parts[0].trimmed(), parts[1].trimmed());
    } else if (line.startsWith(kFingerprint)) {
        m_tlsFingerprint = line.mid(kFingerprint.size()).trimmed();
    }
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            qWarning() << "ServerProcess: server ignored SIGTERM, killing it";
            m_process->kill();
            m_process->waitForFinished(kStopTimeoutMs);
        }
    }
    readStdout();
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
    m_process.reset();
}

bool ServerProcess::restart()
{
    Options options = m_options;
    options.port = m_port;
    stop();
    // The port was just released; a few retries cover a slow kernel.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (start(options))
            return true;
        QTest::qWait(500);
    }
    return false;
}

QUrl ServerProcess::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl ServerProcess::staffUrl() const
{
    QUrl url = baseUrl();
    url.setScheme(m_options.tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws/staff"));
    return url;
}

QUrl ServerProcess::seekerUrl() const
{
    QUrl url = staffUrl();
    url.setPath(QStringLiteral("/ws/seeker"));
    return url;
}

ServerProcess::CliResult ServerProcess::runCli(const QStringList &args, const QByteArray &stdinData,
                                               int timeoutMs)
{
    CliResult result;
    if (!ensureDataDir())
        return result;
    QProcess process;
    process.start(serverBinary(), QStringList(args) << QStringLiteral("--data-dir") << dataDir());
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace ecoute::testing
