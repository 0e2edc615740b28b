// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/phone/BridgeProcess.h"

#include "server/core/Logging.h"

#include "protocol/Codec.h"

namespace ecoute::server {

namespace {
constexpr int kMaxRestartDelayMs = 10'000;
constexpr int kMaxLineBytes = 64 * 1024;
} // namespace

BridgeProcess::BridgeProcess(QString program, QStringList arguments, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_arguments(std::move(arguments))
{
    m_restart.setSingleShot(true);
    connect(&m_restart, &QTimer::timeout, this, &BridgeProcess::launch);
}

BridgeProcess::~BridgeProcess()
{
    m_stopping = true;
    if (m_process) {
        // Closing its input is the bridge's signal to hang up and leave.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

void BridgeProcess::start()
{
    launch();
}

void BridgeProcess::launch()
{
    if (m_process)
        m_process->deleteLater();
    m_ready = false;
    m_pendingLine.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(m_arguments);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &BridgeProcess::readControlLines);
    connect(m_process, &QProcess::readyReadStandardError, this, &BridgeProcess::readLogLines);
    connect(m_process, &QProcess::finished, this, &BridgeProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished();
    });
    m_process->start();
}

void BridgeProcess::send(const protocol::Envelope &frame)
{
    if (!m_process || m_process->state() != QProcess::Running)
        return;
    protocol::Envelope numbered = frame;
    numbered.id = m_ids.next();
    m_process->write(protocol::Codec::encode(numbered) + '\n');
}

void BridgeProcess::readControlLines()
{
    m_pendingLine += m_process->readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_pendingLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingLine.left(end);
        m_pendingLine.remove(0, end + 1);
        const auto decoded = protocol::Codec::decode(line, protocol::Route::BridgeToServer);
        if (protocol::Codec::isError(decoded)) {
            qCWarning(lcPhone) << "the bridge sent a line the codec refused";
            continue;
        }
        const auto &frame = std::get<protocol::Envelope>(decoded);
        if (frame.messageType == protocol::MessageType::VoiceReady) {
            m_ready = true;
            m_restartDelayMs = 500;
            m_sipTlsPort = frame.body.value(QStringLiteral("sipTlsPort")).toInt();
            qCInfo(lcPhone) << "bridge ready, SIP on" << frame.body.value(QStringLiteral("sipPort")).toInt()
                            << "and SIP/TLS on" << m_sipTlsPort;
            emit ready();
        } else {
            emit received(frame);
        }
    }
    if (m_pendingLine.size() > kMaxLineBytes) {
        qCWarning(lcPhone) << "the bridge sent an overlong line; dropped";
        m_pendingLine.clear();
    }
}

void BridgeProcess::readLogLines()
{
    // Already scrubbed by the bridge (numbers, URIs and addresses never leave it).
    const QList<QByteArray> lines = m_process->readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            qCInfo(lcPhone).noquote() << "voice:" << QString::fromUtf8(line.trimmed());
    }
}

void BridgeProcess::onFinished()
{
    if (m_stopping)
        return;
    const bool wasReady = m_ready;
    m_ready = false;
    qCWarning(lcPhone) << "the bridge stopped; starting it again in" << m_restartDelayMs << "ms";
    m_restart.start(m_restartDelayMs);
    m_restartDelayMs = std::min(m_restartDelayMs * 2, kMaxRestartDelayMs);
    if (wasReady)
        emit lost();
}

} // namespace ecoute::server
