// SPDX-License-Identifier: GPL-3.0-or-later
// The bridge's mixer arithmetic over protocol::CallAudio: each listener gets exactly the sum of
// the legs the table lets it hear (a listening supervisor is heard by nobody, a whisper never
// reaches the caller), clamped to 16 bits; the caller waits with the hold tone.
#include "voice/bridge/AudioMix.h"
#include "voice/bridge/HoldTone.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace ecoute::voice;
using namespace ecoute::protocol;

namespace {

const QString kCaller = QStringLiteral("v-call");
const QString kVolunteer = QStringLiteral("vol");
const QString kSupervisor = QStringLiteral("sup");

// Constant frames whose sums show who was mixed in: caller 1, volunteer 10, supervisor 100.
const QHash<QString, std::int16_t> kSaid {{kCaller, 1}, {kVolunteer, 10}, {kSupervisor, 100}};

CallAudio::Call callWith(CallAudio::SupervisorMode mode, bool announced = true, bool onHold = false)
{
    CallAudio::Call call;
    call.onHold = onHold;
    call.legs = {{kCaller, CallAudio::LegRole::Caller},
                 {kVolunteer, CallAudio::LegRole::Volunteer},
                 {kSupervisor, CallAudio::LegRole::Supervisor, mode, announced}};
    return call;
}

/// What `listener` gets when every leg says its constant.
int heardBy(const CallAudio::Call &call, const QString &listener)
{
    std::vector<AudioFrame> frames;
    for (const QString &speaker : AudioMix::speakersByListener(call).value(listener)) {
        AudioFrame frame;
        frame.fill(kSaid.value(speaker));
        frames.push_back(frame);
    }
    std::vector<const AudioFrame *> speakers;
    for (const AudioFrame &frame : frames)
        speakers.push_back(&frame);
    AudioFrame out;
    out.fill(-1);
    AudioMix::mix(speakers, out);
    const bool constant = std::all_of(out.cbegin(), out.cend(), [&](std::int16_t s) { return s == out[0]; });
    return constant ? out[0] : -1;
}

} // namespace

class TestAudioMix : public QObject
{
    Q_OBJECT

private slots:
    void eachListenerHearsWhatTheTableSays_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<int>("caller");
        QTest::addColumn<int>("volunteer");
        QTest::addColumn<int>("supervisor");
        using M = CallAudio::SupervisorMode;
        QTest::newRow("listen") << int(M::Listen) << true << 10 << 1 << 11;
        QTest::newRow("whisper") << int(M::Whisper) << true << 10 << 101 << 11;
        QTest::newRow("barge") << int(M::Barge) << true << 110 << 101 << 11;
        QTest::newRow("take over") << int(M::TakeOver) << true << 100 << 101 << 11;
        QTest::newRow("not yet announced") << int(M::Whisper) << false << 10 << 1 << 0;
    }

    void eachListenerHearsWhatTheTableSays()
    {
        QFETCH(int, mode);
        QFETCH(bool, announced);
        const CallAudio::Call call = callWith(CallAudio::SupervisorMode(mode), announced);
        QTEST(heardBy(call, kCaller), "caller");
        QTEST(heardBy(call, kVolunteer), "volunteer");
        QTEST(heardBy(call, kSupervisor), "supervisor");
    }

    void aMutedVolunteerGivesTheCallerSilenceNotTheHoldTone()
    {
        CallAudio::Call call = callWith(CallAudio::SupervisorMode::Listen);
        call.legs[1].muted = true;
        QCOMPARE(heardBy(call, kCaller), 0);
        QCOMPARE(heardBy(call, kSupervisor), 1);
        QCOMPARE(AudioMix::attendantsOfCaller(call, kCaller), QStringList {kVolunteer});
    }

    void onHoldTheCallerIsAloneAndStaffDoNotHearIt()
    {
        const CallAudio::Call call = callWith(CallAudio::SupervisorMode::Barge, true, true);
        QVERIFY(AudioMix::attendantsOfCaller(call, kCaller).isEmpty());
        QCOMPARE(heardBy(call, kCaller), 0);
        QCOMPARE(heardBy(call, kVolunteer), 100);
        QCOMPARE(heardBy(call, kSupervisor), 10);
    }

    void aLegOutsideTheTableIsConnectedToNothing()
    {
        CallAudio::Call call;
        call.legs = {{kCaller, CallAudio::LegRole::Caller}};
        const auto speakers = AudioMix::speakersByListener(call);
        QVERIFY(!speakers.contains(kVolunteer));
        QVERIFY(AudioMix::attendantsOfCaller(call, kCaller).isEmpty());
        for (const QStringList &heard : speakers)
            QVERIFY(!heard.contains(kVolunteer));
    }

    void sumsAreClampedTo16Bits()
    {
        AudioFrame loud;
        loud.fill(30000);
        AudioFrame quiet;
        quiet.fill(-30000);
        AudioFrame out;
        const std::vector<const AudioFrame *> up {&loud, &loud};
        AudioMix::mix(up, out);
        QCOMPARE(out[0], std::int16_t(32767));
        const std::vector<const AudioFrame *> down {&quiet, &quiet, &quiet};
        AudioMix::mix(down, out);
        QCOMPARE(out[kFrameSamples - 1], std::int16_t(-32768));
        AudioMix::mix({}, out);
        QVERIFY(std::all_of(out.cbegin(), out.cend(), [](std::int16_t s) { return s == 0; }));
    }

    void theHoldToneIsASoftBeepEveryFourSeconds()
    {
        HoldTone tone;
        std::vector<std::int16_t> samples;
        AudioFrame frame;
        for (int i = 0; i < 2 * HoldTone::kPeriodSamples / kFrameSamples; ++i) {
            tone.next(frame);
            samples.insert(samples.end(), frame.cbegin(), frame.cend());
        }
        const auto peak = [&](int from, int to) {
            int result = 0;
            for (int i = from; i < to; ++i)
                result = std::max(result, std::abs(int(samples[i])));
            return result;
        };
        // −20 dBFS, on for 0.4 s, then silence until the next period.
        QVERIFY(peak(0, HoldTone::kOnSamples) > 3000);
        QVERIFY(peak(0, HoldTone::kOnSamples) <= 3277);
        QCOMPARE(peak(HoldTone::kOnSamples, HoldTone::kPeriodSamples), 0);
        QVERIFY(peak(HoldTone::kPeriodSamples, HoldTone::kPeriodSamples + HoldTone::kOnSamples) > 3000);
        // Faded in: no click at the start.
        QVERIFY(std::abs(samples[0]) < 100 && std::abs(samples[1]) < 100);
        // 440 Hz: two zero crossings per cycle, 176 cycles in 0.4 s.
        int crossings = 0;
        for (int i = 1; i < HoldTone::kOnSamples; ++i)
            crossings += (samples[i - 1] < 0) != (samples[i] < 0) ? 1 : 0;
        QVERIFY2(crossings >= 348 && crossings <= 354, qPrintable(QString::number(crossings)));
        // Starting over gives a beep at once.
        tone.restart();
        tone.next(frame);
        QCOMPARE(frame[10], samples[10]);
    }
};

QTEST_GUILESS_MAIN(TestAudioMix)
#include "tst_audiomix.moc"
