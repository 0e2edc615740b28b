// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceBridgeProcess.h"

#include "protocol/Codec.h"

#include <QDebug>
#include <QTest>

namespace ecoute::testing {

using protocol::Codec;
using protocol::Envelope;
using protocol::MessageType;

namespace {
constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 10000;
const QString kLoopbackAnyPort = QStringLiteral("127.0.0.1:0");
} // namespace

VoiceBridgeProcess::VoiceBridgeProcess(QString binary) : m_binary(std::move(binary)) { }

VoiceBridgeProcess::~VoiceBridgeProcess()
{
    if (isRunning())
        stop();
}

QString VoiceBridgeProcess::certificatePath() const
{
    return m_certificateDir.filePath(QStringLiteral("bridge.pem"));
}

bool VoiceBridgeProcess::makeCertificate()
{
    if (m_haveCertificate)
        return true;
    // Self-signed for 127.0.0.1: the workstation pins the server's certificate the same way.
    QProcess openssl;
    openssl.setWorkingDirectory(m_certificateDir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("bridge.key"), QStringLiteral("-out"),
                   QStringLiteral("bridge.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        qWarning() << "VoiceBridgeProcess: openssl failed:" << openssl.readAllStandardError();
        return false;
    }
    m_haveCertificate = true;
    return true;
}

bool VoiceBridgeProcess::start(Options options)
{
    if (isRunning())
        stop();
    if (m_binary.isEmpty() || !m_dataDir.isValid() || !m_certificateDir.isValid() || !makeCertificate())
        return false;
    m_options = options;
    m_stdoutPending.clear();
    m_sipPort = m_sipTlsPort = 0;

    const QStringList arguments =
        QStringList {
            QStringLiteral("--data-dir"),       m_dataDir.path(),
            QStringLiteral("--sip-listen"),     kLoopbackAnyPort,
            QStringLiteral("--sip-tls-listen"), kLoopbackAnyPort,
            QStringLiteral("--tls-cert"),       certificatePath(),
            QStringLiteral("--tls-key"),        m_certificateDir.filePath(QStringLiteral("bridge.key"))}
        + options.extraArgs;
    m_process = std::make_unique<QProcess>();
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { readStdout(); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this] { readStderr(); });
    m_process->start(m_binary, arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        qWarning() << "VoiceBridgeProcess: could not start" << m_binary;
        return false;
    }
    const auto ready = waitFor(MessageType::VoiceReady, kStartTimeoutMs);
    if (!ready) {
        qWarning().noquote() << "VoiceBridgeProcess: no voice.ready; stderr:\n" << diagnostics();
        kill();
        return false;
    }
    m_sipPort = quint16(ready->body.value(QStringLiteral("sipPort")).toInt());
    m_sipTlsPort = quint16(ready->body.value(QStringLiteral("sipTlsPort")).toInt());
    return m_sipPort != 0 && m_sipTlsPort != 0;
}

bool VoiceBridgeProcess::restart()
{
    stop();
    return start(m_options);
}

bool VoiceBridgeProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int VoiceBridgeProcess::stop()
{
    if (!m_process)
        return -1;
    int exitCode = -1;
    if (m_process->state() != QProcess::NotRunning) {
        // The server's side of the pipe closing is the bridge's signal to end.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            qWarning() << "VoiceBridgeProcess: the bridge ignored the closed stdin, killing it";
            kill();
            return -1;
        }
    }
    readStdout();
    readStderr();
    if (m_process->exitStatus() == QProcess::NormalExit)
        exitCode = m_process->exitCode();
    m_process.reset();
    return exitCode;
}

void VoiceBridgeProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
    readStdout();
    readStderr();
    m_process.reset();
}

bool VoiceBridgeProcess::send(MessageType type, const QJsonObject &body)
{
    if (!isRunning())
        return false;
    Envelope envelope = Envelope::make(type, body);
    envelope.id = QStringLiteral("s-%1").arg(++m_nextId);
    m_process->write(Codec::encode(envelope) + '\n');
    return m_process->waitForBytesWritten(5000) || m_process->bytesToWrite() == 0;
}

void VoiceBridgeProcess::readStdout()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAllStandardOutput();
    m_stdoutAll += bytes;
    m_stdoutPending += bytes;
    qsizetype newline;
    while ((newline = m_stdoutPending.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutPending.left(newline);
        m_stdoutPending.remove(0, newline + 1);
        const auto decoded = Codec::decode(line, protocol::Route::BridgeToServer);
        if (Codec::isError(decoded)) {
            qWarning() << "VoiceBridgeProcess: undecodable line" << line.left(200);
            m_undecodable << line;
            continue;
        }
        m_received << std::get<Envelope>(decoded);
        m_taken << false;
    }
}

void VoiceBridgeProcess::readStderr()
{
    if (m_process)
        m_stderrAll += m_process->readAllStandardError();
}

std::optional<Envelope> VoiceBridgeProcess::take(MessageType type,
                                                 const std::function<bool(const Envelope &)> &match)
{
    for (qsizetype i = 0; i < m_received.size(); ++i) {
        if (!m_taken[i] && m_received[i].messageType == type && (!match || match(m_received[i]))) {
            m_taken[i] = true;
            return m_received[i];
        }
    }
    return std::nullopt;
}

std::optional<Envelope> VoiceBridgeProcess::waitFor(MessageType type, int timeoutMs,
                                                    const std::function<bool(const Envelope &)> &match)
{
    std::optional<Envelope> found = take(type, match);
    if (!found) {
        (void)QTest::qWaitFor(
            [&] {
                readStdout();
                found = take(type, match);
                return found.has_value() || !isRunning();
            },
            timeoutMs);
    }
    return found;
}

std::optional<Envelope> VoiceBridgeProcess::waitFor(MessageType type, const QString &callId, int timeoutMs)
{
    return waitFor(type, timeoutMs,
                   [callId](const Envelope &envelope) { return envelope.text("callId") == callId; });
}

QString VoiceBridgeProcess::sipUri(const QString &user) const
{
    return QStringLiteral("sip:%1@127.0.0.1:%2").arg(user).arg(m_sipPort);
}

QString VoiceBridgeProcess::sipTlsUri(const QString &user) const
{
    return QStringLiteral("sip:%1@127.0.0.1:%2;transport=tls").arg(user).arg(m_sipTlsPort);
}

} // namespace ecoute::testing
