// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaresipPhone.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

#include <sys/prctl.h>

#include <csignal>

namespace ecoute::bench {

namespace {
constexpr int kStartTimeoutMs = 15000;
constexpr int kCommandTimeoutMs = 10000;
constexpr int kStopTimeoutMs = 5000;
const QString kReady = QStringLiteral("baresip is ready.");

/// A port nobody listens on right now: ctrl_tcp cannot report the one it got, so we choose.
quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// Where baresip-core's modules are (as the tests: ECOUTE_BARESIP_MODULES or Debian's folder).
QString modulePath()
{
    const QString configured = qEnvironmentVariable("ECOUTE_BARESIP_MODULES");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/baresip/modules") : configured;
}
} // namespace

BaresipPhone::BaresipPhone(Options options) : m_options(std::move(options))
{
    QObject::connect(&m_control, &QTcpSocket::readyRead, &m_control, [this] { readControl(); });
}

BaresipPhone::~BaresipPhone()
{
    stop();
}

QString BaresipPhone::recordingsDirectory() const
{
    return QDir(m_options.directory).filePath(QStringLiteral("recordings"));
}

qint64 BaresipPhone::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool BaresipPhone::writeConfig(quint16 controlPort)
{
    if (!QDir().mkpath(recordingsDirectory()))
        return false;
    QStringList lines {
        QStringLiteral("poll_method epoll"),
        QStringLiteral("net_interface 127.0.0.1"),
        QStringLiteral("sip_listen 127.0.0.1:%1").arg(m_options.sipPort),
        // A player nothing drives: see the class comment.
        QStringLiteral("audio_player aubridge,ecoute-bench-nowhere"),
        QStringLiteral("audio_alert aubridge,ecoute-bench-nowhere"),
        QStringLiteral("audio_source aufile,%1").arg(m_options.sourceWav),
        QStringLiteral("audio_srate 8000"),
        QStringLiteral("audio_channels 1"),
        QStringLiteral("statmode_default off"),
        QStringLiteral("module_path %1").arg(modulePath()),
        QStringLiteral("module g711.so"),
        QStringLiteral("module aufile.so"),
        QStringLiteral("module aubridge.so"),
        QStringLiteral("module srtp.so"),
        QStringLiteral("module_app account.so"),
        QStringLiteral("module_app menu.so"),
        QStringLiteral("module_app ctrl_tcp.so"),
        QStringLiteral("ctrl_tcp_listen 127.0.0.1:%1").arg(controlPort),
    };
    if (m_options.record) {
        lines << QStringLiteral("module sndfile.so")
              << QStringLiteral("snd_path %1").arg(recordingsDirectory());
    }
    if (!m_options.caFile.isEmpty())
        lines << QStringLiteral("sip_cafile %1").arg(m_options.caFile);
    QFile config(QDir(m_options.directory).filePath(QStringLiteral("config")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    config.write(lines.join(u'\n').toUtf8() + '\n');
    QFile accounts(QDir(m_options.directory).filePath(QStringLiteral("accounts")));
    if (!accounts.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    accounts.write(m_options.accounts.join(u'\n').toUtf8() + '\n');
    return true;
}

bool BaresipPhone::start()
{
    // The control port is chosen before baresip binds it; another process may take it first.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeTcpPort();
        if (port != 0 && writeConfig(port) && launch(port))
            return true;
        stop();
    }
    qWarning().noquote() << m_options.name << ": baresip did not start; output:\n" << m_output.right(3000);
    return false;
}

bool BaresipPhone::launch(quint16 controlPort)
{
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A phone dies with the benchmark (interrupted or crashed): none is left holding calls.
    m_process->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(), [this] { readOutput(); });
    m_process->start(QStringLiteral("baresip"),
                     {QStringLiteral("-f"), m_options.directory, QStringLiteral("-t"),
                      QString::number(m_options.lifetimeSeconds)});
    if (!m_process->waitForStarted(kStartTimeoutMs))
        return false;
    const bool ready = QTest::qWaitFor(
        [this] { return m_output.contains(kReady) || m_process->state() != QProcess::Running; },
        kStartTimeoutMs);
    if (!ready || !m_output.contains(kReady))
        return false;
    m_control.connectToHost(QHostAddress::LocalHost, controlPort);
    return m_control.waitForConnected(kCommandTimeoutMs);
}

void BaresipPhone::readOutput()
{
    // Kept for a failure's message only; baresip writes a few lines per call.
    m_output += QString::fromUtf8(m_process->readAll());
    if (m_output.size() > 200000)
        m_output = m_output.right(100000);
}

void BaresipPhone::readControl()
{
    m_controlPending += m_control.readAll();
    // Netstrings: "<length>:<json>,".
    for (;;) {
        const qsizetype colon = m_controlPending.indexOf(':');
        if (colon < 0)
            return;
        bool ok = false;
        const qsizetype length = m_controlPending.left(colon).toLongLong(&ok);
        if (!ok) {
            qWarning() << m_options.name << ": bad ctrl_tcp framing" << m_controlPending.left(64);
            m_controlPending.clear();
            return;
        }
        if (m_controlPending.size() < colon + 1 + length + 1)
            return;
        const QJsonObject message = QJsonDocument::fromJson(m_controlPending.mid(colon + 1, length)).object();
        m_controlPending.remove(0, colon + 1 + length + 1);
        if (message.value(QStringLiteral("response")).toBool()) {
            m_responses << message;
        } else if (message.value(QStringLiteral("event")).toBool()) {
            const QString type = message.value(QStringLiteral("type")).toString();
            if (type == QStringLiteral("CALL_ESTABLISHED"))
                ++m_established;
            else if (type == QStringLiteral("CALL_CLOSED"))
                ++m_closed;
        }
    }
}

bool BaresipPhone::send(const QString &command, const QString &params)
{
    if (m_control.state() != QAbstractSocket::ConnectedState)
        return false;
    const QString token = QString::number(++m_token);
    QJsonObject request {{QStringLiteral("command"), command}, {QStringLiteral("token"), token}};
    if (!params.isEmpty())
        request.insert(QStringLiteral("params"), params);
    const QByteArray json = QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_control.write(QByteArray::number(json.size()) + ':' + json + ',');
    m_control.flush();
    std::optional<QJsonObject> response;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_responses.size(); ++i) {
                if (m_responses[i].value(QStringLiteral("token")).toString() == token) {
                    response = m_responses.takeAt(i);
                    break;
                }
            }
            return response.has_value() || m_control.state() != QAbstractSocket::ConnectedState;
        },
        kCommandTimeoutMs);
    if (!response || !response->value(QStringLiteral("ok")).toBool()) {
        qWarning() << m_options.name << ": command" << command << params
                   << "failed:" << response.value_or(QJsonObject());
        return false;
    }
    return true;
}

bool BaresipPhone::useAccount(const QString &address)
{
    return send(QStringLiteral("uafind"), address);
}

bool BaresipPhone::dial(const QString &uri)
{
    return send(QStringLiteral("dial"), uri);
}

bool BaresipPhone::hangUp()
{
    return send(QStringLiteral("hangup"));
}

bool BaresipPhone::waitEstablished(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_established >= count; }, timeoutMs);
}

bool BaresipPhone::waitClosed(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_closed >= count; }, timeoutMs);
}

void BaresipPhone::stop()
{
    if (m_control.state() == QAbstractSocket::ConnectedState) {
        const QByteArray quit = R"({"command":"quit"})";
        m_control.write(QByteArray::number(quit.size()) + ':' + quit + ',');
        m_control.flush();
    }
    if (m_process && m_process->state() != QProcess::NotRunning) {
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            m_process->terminate();
            if (!m_process->waitForFinished(kStopTimeoutMs)) {
                m_process->kill();
                m_process->waitForFinished(kStopTimeoutMs);
            }
        }
        readOutput();
    }
    m_control.abort();
    m_controlPending.clear();
    m_process.reset();
}

} // namespace ecoute::bench
