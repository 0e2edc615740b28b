// SPDX-License-Identifier: GPL-3.0-or-later
// Who hears whom on a real call (issue 14): the real ecoute-voice, a caller on the trunk side
// and two workstation phones over TLS with SRTP (baresip), each playing its own tone and
// recording what it hears. The test moves the call through the supervision modes with
// voice.call.route and checks every recording, phase by phase, with a Goertzel filter.

#include "SipPeer.h"
#include "ToneDetector.h"
#include "VoiceBridgeProcess.h"
#include "VoiceSteps.h"

#include "protocol/CallAudio.h"

#include <QJsonObject>
#include <QTest>

#include <map>

using namespace ecoute::testing;
using namespace ecoute::testing::voice;
using namespace ecoute::protocol;

namespace {

constexpr double kCallerHz = 700;
constexpr double kVolunteerHz = 1000;
constexpr double kSupervisorHz = 1600;
constexpr double kHoldHz = 440; // the bridge's hold beeps
/// Each phase plays this long; its first and last second are not analysed, so a route switch,
/// the jitter buffers and the mapping of the test's clock onto a recording have a second of slack.
constexpr int kPhaseMs = 3000;
constexpr double kSlackSeconds = 1.0;
/// The hold sound beeps 0.4 s every 4 s: a phase where the caller is on hold is long enough to
/// hold a whole period after its first half second.
constexpr int kHoldPhaseMs = 5000;
/// The peers send their tone at −10.5 dBFS. Heard: at most 10 dB lost on the way (G.711, the
/// mixer); not heard: 40 dB or more below what was sent.
constexpr double kSentDb = -10.5;
constexpr double kHeardDb = kSentDb - 10;
constexpr double kNotHeardDb = kSentDb - 40;

const QString kVolunteerLeg = QStringLiteral("leg-volunteer");
const QString kSupervisorLeg = QStringLiteral("leg-supervisor");

enum class Listener { Caller, Volunteer, Supervisor };

struct Phase
{
    QString name;
    std::optional<CallAudio::Call> route; ///< nothing sent: the bridge's state before any route
    /// What each listener must hear, among the three tones; the others must be silent.
    std::map<Listener, QList<double>> hears;
    bool callerHearsHold = false;
    int durationMs = kPhaseMs;
    qint64 startedAtMs = 0; ///< on SipPeer::testClockMs()
};

CallAudio::Call call(const QString &callId, bool onHold, CallAudio::SupervisorMode mode, bool announced,
                     bool volunteerMuted = false)
{
    using Role = CallAudio::LegRole;
    return CallAudio::Call {
        {{callId, Role::Caller},
         {kVolunteerLeg, Role::Volunteer, CallAudio::SupervisorMode::Listen, false, volunteerMuted},
         {kSupervisorLeg, Role::Supervisor, mode, announced}},
        onHold};
}

QList<Phase> timeline(const QString &callId)
{
    using Mode = CallAudio::SupervisorMode;
    const double C = kCallerHz, V = kVolunteerHz, S = kSupervisorHz;
    using L = Listener;
    return {
        // Fail closed: until the server routes the call, the caller hears the hold sound only
        // and no staff leg hears anything.
        {QStringLiteral("before any route"),
         std::nullopt,
         {{L::Caller, {}}, {L::Volunteer, {}}, {L::Supervisor, {}}},
         true,
         kHoldPhaseMs},
        // The supervisor joined but the volunteer has not been told yet: connected to nothing.
        {QStringLiteral("volunteer only, supervisor not announced"),
         call(callId, false, Mode::Listen, false),
         {{L::Caller, {V}}, {L::Volunteer, {C}}, {L::Supervisor, {}}}},
        {QStringLiteral("supervisor listening"),
         call(callId, false, Mode::Listen, true),
         {{L::Caller, {V}}, {L::Volunteer, {C}}, {L::Supervisor, {C, V}}}},
        {QStringLiteral("supervisor whispering"),
         call(callId, false, Mode::Whisper, true),
         {{L::Caller, {V}}, {L::Volunteer, {C, S}}, {L::Supervisor, {C, V}}}},
        {QStringLiteral("supervisor barging in"),
         call(callId, false, Mode::Barge, true),
         {{L::Caller, {V, S}}, {L::Volunteer, {C, S}}, {L::Supervisor, {C, V}}}},
        // On hold the caller and the staff are apart; staff still hear each other.
        {QStringLiteral("on hold"),
         call(callId, true, Mode::Barge, true),
         {{L::Caller, {}}, {L::Volunteer, {S}}, {L::Supervisor, {V}}},
         true,
         kHoldPhaseMs},
        // The volunteer's mute button: heard by nobody, still hearing the caller.
        {QStringLiteral("volunteer muted"),
         call(callId, false, Mode::Listen, true, true),
         {{L::Caller, {}}, {L::Volunteer, {C}}, {L::Supervisor, {C}}}},
    };
}

QString listenerName(Listener listener)
{
    switch (listener) {
    case Listener::Caller:
        return QStringLiteral("caller");
    case Listener::Volunteer:
        return QStringLiteral("volunteer");
    case Listener::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

/// What `listener` heard during `phase`, which starts `offset` seconds into its recording,
/// against what the phase says: the failures, each as a sentence.
QStringList check(const Phase &phase, Listener listener, const WavAudio &recording, double offset)
{
    const ToneDetector detector(8000);
    const auto samples =
        recording.slice(offset + kSlackSeconds, offset + phase.durationMs / 1000.0 - kSlackSeconds);
    // Beeps come and go: look for them over the whole phase but its first half second.
    const auto holdSamples = recording.slice(offset + 0.5, offset + phase.durationMs / 1000.0);
    const auto level = [&](double tone) {
        return detector.levelDb(samples, tone);
    };
    const double holdLevel = detector.levelDb(holdSamples, kHoldHz);
    qInfo().noquote() << QStringLiteral("%1 / %2: 700 Hz %3 dB, 1000 Hz %4 dB, 1600 Hz %5 dB, hold %6 dB")
                             .arg(phase.name, listenerName(listener))
                             .arg(level(kCallerHz), 0, 'f', 1)
                             .arg(level(kVolunteerHz), 0, 'f', 1)
                             .arg(level(kSupervisorHz), 0, 'f', 1)
                             .arg(holdLevel, 0, 'f', 1);
    QStringList failures;
    const QList<double> expected = phase.hears.at(listener);
    for (double tone : {kCallerHz, kVolunteerHz, kSupervisorHz}) {
        const bool heard = expected.contains(tone);
        if (heard ? level(tone) < kHeardDb : level(tone) > kNotHeardDb) {
            failures << QStringLiteral("%1, %2: %3 Hz at %4 dB, expected %5")
                            .arg(phase.name, listenerName(listener))
                            .arg(tone)
                            .arg(level(tone), 0, 'f', 1)
                            .arg(heard ? QStringLiteral("heard") : QStringLiteral("silence"));
        }
    }
    if (listener != Listener::Caller)
        return failures;
    if (phase.route && phase.route->legs[2].mode == CallAudio::SupervisorMode::Whisper) {
        // The issue's own words: a whisper reaches the caller 40 dB below the volunteer, or less.
        const double margin = level(kSupervisorHz) - level(kVolunteerHz);
        if (margin > -40)
            failures
                << QStringLiteral("the whisper at the caller only %1 dB below the volunteer").arg(margin);
    }
    if (phase.callerHearsHold && holdLevel < -50)
        failures << QStringLiteral("%1: the caller hears no hold sound").arg(phase.name);
    return failures;
}

} // namespace

class TestVoiceAudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachLegHearsWhatTheTableSays();
};

void TestVoiceAudio::initTestCase()
{
    const QString missing = missingTool();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 is not installed (tools/debian-packages.txt)").arg(missing)));
}

void TestVoiceAudio::eachLegHearsWhatTheTableSays()
{
    VoiceBridgeProcess bridge(QStringLiteral(ECOUTE_VOICE_BINARY));
    QVERIFY(bridge.start());
    SipPeer caller(callerOptions(QStringLiteral("caller"), QStringLiteral("+352621123456"), kCallerHz));
    SipPeer volunteer(staffOptions(QStringLiteral("volunteer"), kVolunteerHz, bridge));
    SipPeer supervisor(staffOptions(QStringLiteral("supervisor"), kSupervisorHz, bridge));
    QVERIFY(caller.start());
    QVERIFY(volunteer.start());
    QVERIFY(supervisor.start());

    const auto incoming = callTheLine(bridge, caller);
    QVERIFY2(incoming, bridge.diagnostics().constData());
    const QString callId = incoming->text("callId");
    QVERIFY(admit(bridge, caller, callId));
    QVERIFY2(connectStaff(bridge, volunteer, callId, kVolunteerLeg), bridge.diagnostics().constData());
    QVERIFY2(connectStaff(bridge, supervisor, callId, kSupervisorLeg), bridge.diagnostics().constData());

    QList<Phase> phases = timeline(callId);
    for (Phase &phase : phases) {
        phase.startedAtMs = SipPeer::testClockMs();
        if (phase.route) {
            QVERIFY(bridge.send(
                MessageType::VoiceCallRoute,
                QJsonObject {{QStringLiteral("callId"), callId},
                             {QStringLiteral("onHold"), phase.route->onHold},
                             {QStringLiteral("legs"), CallAudio::legsToJson(phase.route->legs)}}));
        }
        QTest::qWait(phase.durationMs); // the peers play and record meanwhile
        QVERIFY2(!caller.callClosed() && !volunteer.callClosed() && !supervisor.callClosed(),
                 qPrintable(QStringLiteral("a leg dropped during '%1'").arg(phase.name)));
    }
    // The workstations hang up, then the server ends the call.
    const qint64 endedAtMs = SipPeer::testClockMs();
    for (const auto &[peer, legId] :
         {std::pair {&volunteer, kVolunteerLeg}, std::pair {&supervisor, kSupervisorLeg}}) {
        QVERIFY(peer->hangup());
        const auto down = bridge.waitFor(MessageType::VoiceLegDown, 10000,
                                         [&](const Envelope &line) { return line.text("legId") == legId; });
        QVERIFY2(down, qPrintable(QStringLiteral("no voice.leg.down for ") + legId));
        QCOMPARE(down->text("reason"), QStringLiteral("hung_up"));
    }
    QVERIFY(bridge.send(MessageType::VoiceCallHangup, QJsonObject {{QStringLiteral("callId"), callId}}));
    QVERIFY(bridge.waitFor(MessageType::VoiceCallEnded, callId));
    QVERIFY2(caller.waitClosed(), "the caller still has the call");
    for (SipPeer *peer : {&caller, &volunteer, &supervisor})
        peer->stop(); // sndfile closes its files
    QVERIFY(bridge.undecodableLines().isEmpty());

    const std::map<Listener, SipPeer *> peers {
        {Listener::Caller, &caller}, {Listener::Volunteer, &volunteer}, {Listener::Supervisor, &supervisor}};
    QStringList failures;
    for (const auto &[listener, peer] : peers) {
        const auto recording = peer->recording();
        QVERIFY2(
            recording && recording->sampleRate == 8000,
            qPrintable(peer->name() + QStringLiteral(": no 8 kHz recording; output:\n") + peer->output()));
        // The recording holds what arrived: it lasts as long as the call only if the bridge
        // sent a frame every 20 ms (silence included), which the mapping of phases relies on.
        const double callSeconds = (endedAtMs - peer->establishedAtMs()) / 1000.0;
        QVERIFY2(qAbs(recording->seconds() - callSeconds) < 0.6,
                 qPrintable(QStringLiteral("%1: %2 s recorded for a %3 s call: the bridge's stream has gaps")
                                .arg(peer->name())
                                .arg(recording->seconds())
                                .arg(callSeconds)));
        for (const Phase &phase : std::as_const(phases)) {
            const double offset = (phase.startedAtMs - peer->establishedAtMs()) / 1000.0;
            failures << check(phase, listener, *recording, offset);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestVoiceAudio)
#include "tst_voice_audio.moc"
