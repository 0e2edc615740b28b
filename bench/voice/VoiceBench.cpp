// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceBench.h"

#include "OnsetLatency.h"
#include "ProcStat.h"
#include "ToneBursts.h"
#include "VoiceBridgeProcess.h"

#include "protocol/CallAudio.h"
#include "protocol/MessageTypes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <cstdio>

namespace ecoute::bench {

using protocol::MessageType;
using protocol::CallAudio::Leg;
using protocol::CallAudio::LegRole;

namespace {

constexpr int kSetupTimeoutMs = 15000;
/// Onsets in the first moments of a measured call are not counted: the route may switch on in
/// the middle of a burst, and the phones' jitter buffers fill.
constexpr std::int64_t kSettleNs = 1'500'000'000;
/// CPU is read from this long after the measured calls are up until the end of the phase.
constexpr int kCpuSettleMs = 1000;
const QString kVolunteerLeg = QStringLiteral("volunteer");
/// A measured call whose delay rose by more than this while it lasted kept a longer queue
/// somewhere (a frame is 20 ms; the phones' own jitter is a few ms).
constexpr double kGrowthMs = 15;
/// One 20 ms frame of 16-bit samples at 8 kHz, as sndfile writes it.
constexpr std::int64_t kFrameBytes = 2 * ToneBursts::kSampleRate / 50;

/// A token as the server makes them: 32 random hex digits.
QString randomToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return token;
}

/// A port free for SIP over UDP and TCP, with the next one free for TLS (baresip's layout).
quint16 freeSipPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = tcp.serverPort();
        if (port >= 65535)
            continue;
        QUdpSocket udp;
        QTcpServer tls;
        if (udp.bind(QHostAddress::LocalHost, port) && tls.listen(QHostAddress::LocalHost, port + 1))
            return port;
    }
    return 0;
}

void sleepMs(int ms)
{
    QTest::qWait(ms); // the event loop keeps reading the bridge and the phones meanwhile
}

double seconds(std::int64_t ns)
{
    return double(ns) / 1e9;
}

} // namespace

VoiceBench::VoiceBench(VoiceBenchOptions options) : m_options(std::move(options)) { }

VoiceBench::~VoiceBench()
{
    m_probes.clear();
    m_loadCaller.reset();
    m_loadVolunteer.reset();
    if (m_bridge)
        m_bridge->stop();
    m_clock.stop();
}

bool VoiceBench::fail(const QString &why)
{
    if (m_figures.failure.isEmpty())
        m_figures.failure = why;
    std::fprintf(stderr, "voice-bench: %s\n", qPrintable(why));
    return false;
}

bool VoiceBench::prepare()
{
    if (!m_work.isValid())
        return fail(QStringLiteral("no work directory"));
    m_work.setAutoRemove(!m_options.keep);
    m_figures.workDirectory = m_work.path();
    // aufile reads the whole file and ends the call at its end: it must outlast the run.
    m_runSeconds = 60 + m_options.calls / 5 + m_options.rounds * 2 * (m_options.phaseSeconds + 8);
    m_tone = m_work.filePath(QStringLiteral("bursts.wav"));
    if (!ToneBursts::write(m_tone, m_runSeconds))
        return fail(QStringLiteral("cannot write %1").arg(m_tone));
    if (!m_clock.start())
        return fail(QStringLiteral("inotify is not available"));

    m_bridge = std::make_unique<testing::VoiceBridgeProcess>(m_options.bridgeBinary);
    if (!m_bridge->start())
        return fail(QStringLiteral("ecoute-voice did not start: %1")
                        .arg(QString::fromUtf8(m_bridge->diagnostics().right(1000))));
    m_bridgePid = ProcStat::childNamed(QFileInfo(m_options.bridgeBinary).fileName().left(15));
    if (m_bridgePid == 0)
        return fail(QStringLiteral("cannot find the bridge's process"));
    sleepMs(1000);
    m_figures.bridgeRssIdleKiB = ProcStat::rssKiB(m_bridgePid);
    return startPhones();
}

bool VoiceBench::startPhones()
{
    const auto phone = [this](const QString &name, QStringList accounts, bool record, quint16 sipPort = 0) {
        BaresipPhone::Options options;
        options.lifetimeSeconds = m_runSeconds + 60;
        options.name = name;
        options.directory = m_work.filePath(name);
        options.accounts = std::move(accounts);
        options.sourceWav = m_tone;
        options.record = record;
        options.sipPort = sipPort;
        options.caFile = m_bridge->certificatePath();
        return std::make_unique<BaresipPhone>(options);
    };
    m_loadCaller = phone(QStringLiteral("load-callers"),
                         {QStringLiteral("<sip:+352621000001@127.0.0.1>;regint=0")}, false);
    m_loadVolunteer =
        phone(QStringLiteral("load-volunteers"),
              {QStringLiteral("<sip:load-volunteer@127.0.0.1>;regint=0;mediaenc=srtp-mand")}, false);
    if (!m_loadCaller->start() || !m_loadVolunteer->start())
        return fail(QStringLiteral("the load phones did not start (baresip-core installed?)"));
    for (int k = 0; k < m_options.probes; ++k) {
        Probe probe;
        probe.volunteerAddress = QStringLiteral("sip:probe-volunteer-%1@127.0.0.1").arg(k + 1);
        probe.caller = phone(QStringLiteral("probe-caller-%1").arg(k + 1),
                             {QStringLiteral("<sip:+35262100%1@127.0.0.1>;regint=0").arg(1001 + k)}, true);
        if (!probe.caller->start())
            return fail(QStringLiteral("a measured phone did not start"));
        // The volunteer's port is chosen before baresip binds it: another process may take it first.
        for (int attempt = 0; attempt < 3 && !probe.volunteer; ++attempt) {
            const quint16 port = freeSipPort();
            if (port == 0)
                break;
            probe.directUri = QStringLiteral("sip:direct@127.0.0.1:%1").arg(port);
            // The first account dials the bridge as a workstation does (TLS, SRTP); the second
            // one answers the caller's direct call at once.
            probe.volunteer =
                phone(QStringLiteral("probe-volunteer-%1").arg(k + 1),
                      {QStringLiteral("<%1>;regint=0;mediaenc=srtp-mand").arg(probe.volunteerAddress),
                       QStringLiteral("<sip:direct@127.0.0.1>;regint=0;answermode=auto")},
                      true, port);
            if (!probe.volunteer->start())
                probe.volunteer.reset();
        }
        if (!probe.volunteer)
            return fail(QStringLiteral("a measured phone did not start"));
        if (!m_clock.watch(probe.caller->recordingsDirectory())
            || !m_clock.watch(probe.volunteer->recordingsDirectory()))
            return fail(QStringLiteral("cannot watch the recordings"));
        m_probes.push_back(std::move(probe));
    }
    return true;
}

QString VoiceBench::bridgeCall(BaresipPhone &caller, BaresipPhone &volunteer, const QString &volunteerAddress)
{
    const int callerCalls = caller.establishedCount();
    const int volunteerCalls = volunteer.establishedCount();
    if (!caller.dial(m_bridge->sipUri(QStringLiteral("line"))))
        return {};
    const auto incoming = m_bridge->waitFor(MessageType::VoiceCallIncoming, kSetupTimeoutMs);
    if (!incoming) {
        fail(QStringLiteral("no voice.call.incoming from the bridge"));
        return {};
    }
    const QString callId = incoming->text("callId");
    const QString token = randomToken();
    if (!m_bridge->send(MessageType::VoiceCallAdmit,
                        {{QStringLiteral("callId"), callId}, {QStringLiteral("position"), 1}})
        || !caller.waitEstablished(callerCalls + 1, kSetupTimeoutMs)) {
        fail(QStringLiteral("%1: the admitted call was not established").arg(caller.name()));
        return {};
    }
    if (!m_bridge->send(MessageType::VoiceLegExpect,
                        {{QStringLiteral("callId"), callId},
                         {QStringLiteral("legId"), kVolunteerLeg},
                         {QStringLiteral("token"), token}})
        || !volunteer.useAccount(volunteerAddress) || !volunteer.dial(m_bridge->sipTlsUri(token))
        || !m_bridge->waitFor(MessageType::VoiceLegUp, callId, kSetupTimeoutMs)
        || !volunteer.waitEstablished(volunteerCalls + 1, kSetupTimeoutMs)) {
        fail(QStringLiteral("%1: the staff leg did not come up").arg(volunteer.name()));
        return {};
    }
    const QList<Leg> legs {{callId, LegRole::Caller}, {kVolunteerLeg, LegRole::Volunteer}};
    if (!m_bridge->send(MessageType::VoiceCallRoute,
                        {{QStringLiteral("callId"), callId},
                         {QStringLiteral("onHold"), false},
                         {QStringLiteral("legs"), protocol::CallAudio::legsToJson(legs)}})) {
        fail(QStringLiteral("the bridge took no route"));
        return {};
    }
    return callId;
}

void VoiceBench::holdPhase(std::int64_t readyNs, bool sampleLoad)
{
    const std::int64_t endNs = readyNs + std::int64_t(m_options.phaseSeconds) * 1'000'000'000;
    if (!sampleLoad) {
        sleepMs(int((endNs - nowNs()) / 1'000'000));
        return;
    }
    sleepMs(kCpuSettleMs);
    const std::int64_t from = nowNs();
    const double bridge = ProcStat::cpuSeconds(m_bridgePid);
    const double callers = ProcStat::cpuSeconds(m_loadCaller->processId());
    const double volunteers = ProcStat::cpuSeconds(m_loadVolunteer->processId());
    sleepMs(int((endNs - nowNs()) / 1'000'000));
    m_figures.cpuWindowSeconds += seconds(nowNs() - from);
    m_bridgeCpuSeconds += ProcStat::cpuSeconds(m_bridgePid) - bridge;
    m_loadCallerCpuSeconds += ProcStat::cpuSeconds(m_loadCaller->processId()) - callers;
    m_loadVolunteerCpuSeconds += ProcStat::cpuSeconds(m_loadVolunteer->processId()) - volunteers;
    m_figures.bridgeRssLoadedKiB =
        std::max(m_figures.bridgeRssLoadedKiB, std::int64_t(ProcStat::rssKiB(m_bridgePid)));
}

bool VoiceBench::bridgedPhase()
{
    QList<Phase> started;
    for (int k = 0; k < int(m_probes.size()); ++k) {
        Probe &probe = m_probes[size_t(k)];
        Phase phase {true, k, nowNs()};
        probe.callId = bridgeCall(*probe.caller, *probe.volunteer, probe.volunteerAddress);
        if (probe.callId.isEmpty())
            return fail(QStringLiteral("measured call %1 did not go through the bridge").arg(k + 1));
        started << phase;
    }
    m_figures.callsUp = std::max(m_figures.callsUp, m_figures.loadCalls + int(m_probes.size()));
    const std::int64_t readyNs = nowNs();
    holdPhase(readyNs, true);
    for (Phase &phase : started) {
        phase.measureFromNs = readyNs + kSettleNs;
        phase.endNs = nowNs();
    }
    m_phases << started;
    return endBridgedCalls();
}

bool VoiceBench::endBridgedCalls()
{
    // The workstation hangs up, then the server ends the call, as the tests do.
    for (Probe &probe : m_probes) {
        const int volunteerClosed = probe.volunteer->closedCount();
        const int callerClosed = probe.caller->closedCount();
        if (!probe.volunteer->hangUp()
            || !m_bridge->waitFor(MessageType::VoiceLegDown, probe.callId, kSetupTimeoutMs))
            return fail(QStringLiteral("%1 did not hang up").arg(probe.volunteer->name()));
        if (!m_bridge->send(MessageType::VoiceCallHangup, {{QStringLiteral("callId"), probe.callId}})
            || !m_bridge->waitFor(MessageType::VoiceCallEnded, probe.callId, kSetupTimeoutMs)
            || !probe.caller->waitClosed(callerClosed + 1, kSetupTimeoutMs)
            || !probe.volunteer->waitClosed(volunteerClosed + 1, kSetupTimeoutMs))
            return fail(QStringLiteral("bridged call %1 did not end").arg(probe.callId));
        probe.callId.clear();
    }
    return true;
}

bool VoiceBench::directPhase()
{
    QList<Phase> started;
    for (int k = 0; k < int(m_probes.size()); ++k) {
        Probe &probe = m_probes[size_t(k)];
        Phase phase {false, k, nowNs()};
        const int callerCalls = probe.caller->establishedCount();
        const int volunteerCalls = probe.volunteer->establishedCount();
        if (!probe.caller->dial(probe.directUri)
            || !probe.caller->waitEstablished(callerCalls + 1, kSetupTimeoutMs)
            || !probe.volunteer->waitEstablished(volunteerCalls + 1, kSetupTimeoutMs))
            return fail(QStringLiteral("direct call %1 was not established").arg(k + 1));
        started << phase;
    }
    const std::int64_t readyNs = nowNs();
    holdPhase(readyNs, false);
    for (Phase &phase : started) {
        phase.measureFromNs = readyNs + kSettleNs;
        phase.endNs = nowNs();
    }
    m_phases << started;
    for (Probe &probe : m_probes) {
        const int callerClosed = probe.caller->closedCount();
        const int volunteerClosed = probe.volunteer->closedCount();
        if (!probe.caller->hangUp() || !probe.caller->waitClosed(callerClosed + 1, kSetupTimeoutMs)
            || !probe.volunteer->waitClosed(volunteerClosed + 1, kSetupTimeoutMs))
            return fail(QStringLiteral("direct call of %1 did not end").arg(probe.caller->name()));
    }
    return true;
}

void VoiceBench::analyse()
{
    const auto recording = [this](const QString &directory, const Phase &phase, const QString &suffix) {
        std::optional<TimedRecording> found;
        for (const QString &path : m_clock.createdBetween(directory, phase.dialNs, phase.endNs)) {
            if (!path.endsWith(suffix))
                continue;
            if (auto pcm = PcmFile::read(path))
                found = TimedRecording {std::move(*pcm), m_clock.growth(path)};
        }
        return found;
    };
    for (const Phase &phase : std::as_const(m_phases)) {
        const Probe &probe = m_probes[size_t(phase.probe)];
        // What the caller sent (its encoder's input) and what the volunteer heard (its decoder's output).
        const auto mouth = recording(probe.caller->recordingsDirectory(), phase, QStringLiteral("-enc.wav"));
        const auto ear = recording(probe.volunteer->recordingsDirectory(), phase, QStringLiteral("-dec.wav"));
        if (!mouth || !ear) {
            std::fprintf(stderr, "voice-bench: no recordings for a %s call of pair %d\n",
                         phase.bridged ? "bridged" : "direct", phase.probe + 1);
            continue;
        }
        const QList<double> delays = mouthToEarMs(*mouth, *ear, phase.measureFromNs, phase.endNs);
        QStringList shown;
        for (double delay : delays)
            shown << QString::number(delay, 'f', 1);
        std::fprintf(stderr, "voice-bench: %s call of pair %d: %s ms\n", phase.bridged ? "bridged" : "direct",
                     phase.probe + 1, qPrintable(shown.join(QStringLiteral(" "))));
        for (const TimedRecording *timed : {&*mouth, &*ear}) {
            for (qsizetype k = 1; k < timed->growth.size(); ++k) {
                ++m_figures.recorderWrites;
                if (timed->growth[k].size - timed->growth[k - 1].size == kFrameBytes)
                    ++m_figures.recorderWritesOfOneFrame;
            }
        }
        (phase.bridged ? m_figures.bridgedMs : m_figures.directMs) << delays;
        const bool grown = !delays.isEmpty()
            && *std::max_element(delays.cbegin(), delays.cend()) - delays.constFirst() > kGrowthMs;
        (phase.bridged ? m_figures.bridgedCalls : m_figures.directCalls) += 1;
        (phase.bridged ? m_figures.bridgedCallsGrown : m_figures.directCallsGrown) += grown ? 1 : 0;
    }
}

VoiceFigures VoiceBench::run()
{
    m_figures.callsAsked = m_options.calls;
    if (!prepare())
        return m_figures;
    std::fprintf(stderr, "voice-bench: %d load calls through the bridge\n",
                 m_options.calls - m_options.probes);
    for (int i = 0; i < m_options.calls - m_options.probes; ++i) {
        if (bridgeCall(*m_loadCaller, *m_loadVolunteer, QStringLiteral("sip:load-volunteer@127.0.0.1"))
                .isEmpty()) {
            fail(QStringLiteral("load call %1 did not go through").arg(i + 1));
            return m_figures;
        }
        m_figures.loadCalls = i + 1;
    }
    m_figures.callsUp = m_figures.loadCalls;
    for (int round = 0; round < m_options.rounds; ++round) {
        std::fprintf(stderr, "voice-bench: round %d of %d\n", round + 1, m_options.rounds);
        // ABBA: a drift of the machine's load during the run weighs on both sides alike.
        const bool ok = round % 2 == 0 ? bridgedPhase() && directPhase() : directPhase() && bridgedPhase();
        if (!ok)
            break;
    }
    m_figures.callsDropped = std::max(m_loadCaller->closedCount(), m_loadVolunteer->closedCount());
    if (m_figures.cpuWindowSeconds > 0) {
        m_figures.bridgeCpuPercent = 100 * m_bridgeCpuSeconds / m_figures.cpuWindowSeconds;
        m_figures.loadCallersCpuPercent = 100 * m_loadCallerCpuSeconds / m_figures.cpuWindowSeconds;
        m_figures.loadVolunteersCpuPercent = 100 * m_loadVolunteerCpuSeconds / m_figures.cpuWindowSeconds;
    }
    // The phones close their recordings when they quit.
    for (Probe &probe : m_probes) {
        probe.caller->stop();
        probe.volunteer->stop();
    }
    m_loadCaller->stop();
    m_loadVolunteer->stop();
    m_clock.stop();
    analyse();
    if (m_bridge->stop() != 0 && m_figures.failure.isEmpty())
        fail(QStringLiteral("ecoute-voice did not exit cleanly"));
    return m_figures;
}

} // namespace ecoute::bench
