// SPDX-License-Identifier: GPL-3.0-or-later
#include "SipPeer.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QtEndian>

namespace ecoute::testing {

namespace {
constexpr int kStartTimeoutMs = 15000;
constexpr int kCommandTimeoutMs = 5000;
constexpr int kStopTimeoutMs = 5000;
const QString kReady = QStringLiteral("baresip is ready.");
const QString kDumpingDecode = QStringLiteral("sndfile: dumping decode audio to ");

/// A port nobody listens on right now: ctrl_tcp cannot report the one it got, so we choose.
quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// Where baresip-core's modules are (baresip looks in "." without module_path).
QString modulePath()
{
    const QString configured = qEnvironmentVariable("ECOUTE_BARESIP_MODULES");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/baresip/modules") : configured; // Debian's
}

bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess tool;
    tool.start(program, arguments);
    if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        qWarning().noquote() << program << "failed:" << tool.readAllStandardError();
        return false;
    }
    return true;
}

std::uint32_t le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<std::uint32_t>(bytes.constData() + at);
}

std::uint16_t le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<std::uint16_t>(bytes.constData() + at);
}
} // namespace

// --- WavAudio ---------------------------------------------------------------------------

QList<std::int16_t> WavAudio::slice(double fromSeconds, double toSeconds) const
{
    const auto clampIndex = [this](double seconds) {
        return std::clamp<qsizetype>(qsizetype(seconds * sampleRate), 0, samples.size());
    };
    const qsizetype from = clampIndex(fromSeconds);
    return samples.mid(from, std::max<qsizetype>(0, clampIndex(toSeconds) - from));
}

std::optional<WavAudio> WavAudio::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    WavAudio audio;
    bool formatOk = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 16 <= bytes.size()) {
            const bool pcm = le16(bytes, body) == 1;
            const bool mono = le16(bytes, body + 2) == 1;
            audio.sampleRate = int(le32(bytes, body + 4));
            formatOk = pcm && mono && le16(bytes, body + 14) == 16;
        } else if (id == "data") {
            if (!formatOk)
                return std::nullopt;
            // sndfile fills the size in when it closes the file: 0 or too large means "to the end".
            const qsizetype end = size == 0 || body + size > bytes.size() ? bytes.size() : body + size;
            for (qsizetype i = body; i + 1 < end; i += 2)
                audio.samples.append(qFromLittleEndian<std::int16_t>(bytes.constData() + i));
            return audio;
        }
        at = body + size + (size & 1);
    }
    return std::nullopt;
}

// --- SipPeer ---------------------------------------------------------------------------

SipPeer::SipPeer(Options options) : m_options(std::move(options))
{
    QObject::connect(&m_control, &QTcpSocket::readyRead, &m_control, [this] { readControl(); });
}

SipPeer::~SipPeer()
{
    stop();
}

qint64 SipPeer::testClockMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

bool SipPeer::makeTone()
{
    QStringList arguments {QStringLiteral("-n"),
                           QStringLiteral("-r"),
                           QStringLiteral("8000"),
                           QStringLiteral("-b"),
                           QStringLiteral("16"),
                           QStringLiteral("-e"),
                           QStringLiteral("signed-integer"),
                           QStringLiteral("-c"),
                           QStringLiteral("1"),
                           m_dir.filePath(QStringLiteral("tone.wav"))};
    const QString seconds = QString::number(m_options.toneSeconds);
    if (m_options.toneHz > 0) {
        // −10.5 dBFS: the bridge sums up to three legs, and the tests want no clipping.
        arguments << QStringLiteral("synth") << seconds << QStringLiteral("sine")
                  << QString::number(m_options.toneHz) << QStringLiteral("vol") << QStringLiteral("0.3");
    } else {
        arguments << QStringLiteral("trim") << QStringLiteral("0") << seconds;
    }
    return runTool(QStringLiteral("sox"), arguments);
}

bool SipPeer::writeConfig(quint16 controlPort)
{
    const QString recordings = m_dir.filePath(QStringLiteral("recordings"));
    if (!QDir().mkpath(recordings))
        return false;
    QStringList lines {
        QStringLiteral("poll_method epoll"),
        QStringLiteral("net_interface 127.0.0.1"),
        // Port 0: UDP, TCP and TLS each get a free port (a fixed one collides across peers).
        QStringLiteral("sip_listen 127.0.0.1:0"),
        // Nothing plays what the peer hears (sndfile records it as it is decoded): a bridge device
        // nobody feeds costs nothing, where ALSA's null device spins a core per peer.
        QStringLiteral("audio_player aubridge,ecoute-test-nowhere"),
        QStringLiteral("audio_alert aubridge,ecoute-test-nowhere"),
        QStringLiteral("audio_source aufile,%1").arg(m_dir.filePath(QStringLiteral("tone.wav"))),
        QStringLiteral("audio_srate 8000"),
        QStringLiteral("audio_channels 1"),
        QStringLiteral("statmode_default off"),
        QStringLiteral("module_path %1").arg(modulePath()),
        QStringLiteral("module g711.so"),
        QStringLiteral("module aufile.so"),
        QStringLiteral("module aubridge.so"),
        QStringLiteral("module sndfile.so"),
        QStringLiteral("module srtp.so"),
        QStringLiteral("module_app account.so"),
        QStringLiteral("module_app menu.so"),
        QStringLiteral("module_app ctrl_tcp.so"),
        QStringLiteral("ctrl_tcp_listen 127.0.0.1:%1").arg(controlPort),
        QStringLiteral("snd_path %1").arg(recordings),
    };
    if (!m_options.caFile.isEmpty())
        lines << QStringLiteral("sip_cafile %1").arg(m_options.caFile);
    QFile config(m_dir.filePath(QStringLiteral("config")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    config.write(lines.join(u'\n').toUtf8() + '\n');

    // No registration (regint=0): the peer only dials.
    QString account = QStringLiteral("<%1>;regint=0").arg(m_options.address);
    if (m_options.srtpMandatory)
        account += QStringLiteral(";mediaenc=srtp-mand");
    QFile accounts(m_dir.filePath(QStringLiteral("accounts")));
    if (!accounts.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    accounts.write(account.toUtf8() + '\n');
    return true;
}

bool SipPeer::start()
{
    if (!m_dir.isValid() || !makeTone())
        return false;
    // The control port is chosen before baresip binds it; another process may take it first.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeTcpPort();
        if (port != 0 && writeConfig(port) && launch(port))
            return true;
        stop();
    }
    qWarning().noquote() << m_options.name << ": baresip did not start; output:\n" << m_output;
    return false;
}

bool SipPeer::launch(quint16 controlPort)
{
    m_output.clear();
    m_outputPending.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(), [this] { readOutput(); });
    m_process->start(QStringLiteral("baresip"),
                     {QStringLiteral("-f"), m_dir.path(), QStringLiteral("-t"),
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

bool SipPeer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void SipPeer::readOutput()
{
    static const QRegularExpression colour(QStringLiteral("\x1b\\[[0-9;]*m"));
    m_outputPending += m_process->readAll();
    qsizetype newline;
    while ((newline = m_outputPending.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_outputPending.left(newline)).remove(colour).trimmed();
        m_outputPending.remove(0, newline + 1);
        m_output += line + u'\n';
        if (line.startsWith(kDumpingDecode))
            m_recordings << line.mid(kDumpingDecode.size()).trimmed();
    }
}

void SipPeer::readControl()
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
        if (message.value(QStringLiteral("response")).toBool())
            m_responses << message;
        else if (message.value(QStringLiteral("event")).toBool())
            handleEvent(message);
    }
}

void SipPeer::handleEvent(const QJsonObject &event)
{
    const QString id = event.value(QStringLiteral("id")).toString();
    if (!id.isEmpty() && m_staleCalls.contains(id))
        return; // a call from before the last dial
    if (!id.isEmpty())
        m_seenCalls.insert(id);
    const QString type = event.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("CALL_ESTABLISHED") && !m_established) {
        m_established = true;
        m_establishedAtMs = testClockMs();
    } else if (type == QStringLiteral("CALL_CLOSED") && !m_closedReason) {
        m_closedReason = event.value(QStringLiteral("param")).toString();
    }
}

bool SipPeer::send(const QString &command, const QString &params)
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
            for (const QJsonObject &candidate : std::as_const(m_responses)) {
                if (candidate.value(QStringLiteral("token")).toString() == token)
                    response = candidate;
            }
            return response.has_value() || m_control.state() != QAbstractSocket::ConnectedState;
        },
        kCommandTimeoutMs);
    if (!response || !response->value(QStringLiteral("ok")).toBool()) {
        qWarning() << m_options.name << ": command" << command
                   << "failed:" << response.value_or(QJsonObject());
        return false;
    }
    return true;
}

bool SipPeer::dial(const QString &uri)
{
    m_staleCalls.unite(m_seenCalls);
    m_established = false;
    m_closedReason.reset();
    m_establishedAtMs = -1;
    return send(QStringLiteral("dial"), uri);
}

bool SipPeer::hangup()
{
    return send(QStringLiteral("hangup"));
}

bool SipPeer::waitEstablished(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return m_established || m_closedReason.has_value(); }, timeoutMs);
    return m_established;
}

std::optional<QString> SipPeer::waitClosed(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return m_closedReason.has_value(); }, timeoutMs);
    return m_closedReason;
}

bool SipPeer::callClosed() const
{
    return m_closedReason.has_value();
}

void SipPeer::stop()
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

QString SipPeer::recordingPath() const
{
    return m_recordings.isEmpty() ? QString() : m_recordings.last();
}

std::optional<WavAudio> SipPeer::recording() const
{
    const QString path = recordingPath();
    return path.isEmpty() ? std::nullopt : WavAudio::read(path);
}

} // namespace ecoute::testing
