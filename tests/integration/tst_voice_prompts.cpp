// SPDX-License-Identifier: GPL-3.0-or-later
// What a caller hears before a volunteer answers (issue 14), on the real ecoute-voice with baresip
// phones on loopback: the spoken greeting, the DTMF language menu and its answer
// voice.call.language (a key, a wrong key, no key), the place in the queue after voice.call.queue,
// and none of it reaching a staff leg or going on once a volunteer is routed to the caller.
//
// The bridge's prompts are made at build time (voice/prompts); the test reads their lengths from
// the build's clips to know when the menu ends. A caller's keys are DTMF tones in its audio (the
// bridge decodes them in-band), played from a file by baresip.

#include "SipPeer.h"
#include "ToneDetector.h"
#include "VoiceBridgeProcess.h"
#include "VoiceSteps.h"

#include "protocol/CallAudio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <numbers>

using namespace ecoute::testing;
using namespace ecoute::testing::voice;
using namespace ecoute::protocol;

namespace {

constexpr double kVolunteerHz = 1000;
const QString kVolunteerLeg = QStringLiteral("leg-volunteer");

/// Prompts are normalised to −6 dBFS peaks: their speech band sits near −20 dBFS. A stretch
/// counts as speech above −35 dBFS and as silence below −60 dBFS.
constexpr double kSpeechDb = -35;
constexpr double kSilenceDb = -60;

/// The bridge's pauses around its prompts (voice/bridge/CallerPrompts.cpp) and its wait for a key.
constexpr double kLeadInSeconds = 0.3;
constexpr double kBeforeMenuSeconds = 0.5;
constexpr double kBetweenMenuItemsSeconds = 0.25;
constexpr double kKeyWaitSeconds = 10.0;

/// How long one of the build's clips lasts (8 kHz, 16-bit mono raw).
double clipSeconds(const QString &name)
{
    return QFileInfo(QStringLiteral(ECOUTE_PROMPT_CLIPS) + u'/' + name).size() / 16000.0;
}

double menuSeconds(const QStringList &menu)
{
    double seconds = 0;
    for (int i = 0; i < menu.size(); ++i)
        seconds += (i > 0 ? kBetweenMenuItemsSeconds : 0)
            + clipSeconds(QStringLiteral("%1-menu-%2.raw").arg(menu[i]).arg(i + 1));
    return seconds;
}

/// When the menu has been said, in seconds after the answer.
double menuEndsAt(const QString &language, const QStringList &menu)
{
    return kLeadInSeconds + clipSeconds(language + QStringLiteral("-greeting.raw")) + kBeforeMenuSeconds
        + menuSeconds(menu);
}

/// The level in dBFS (RMS) of what lies in the telephone speech band, 300 to 3400 Hz.
double speechBandDb(const QList<std::int16_t> &samples)
{
    // Two RBJ biquads at 8 kHz: a high-pass at 300 Hz, then a low-pass at 3400 Hz.
    struct Biquad
    {
        double b0, b1, b2, a1, a2;
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        double run(double x)
        {
            const double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1, x1 = x, y2 = y1, y1 = y;
            return y;
        }
    };
    const auto make = [](double hz, bool highPass) {
        const double w = 2 * std::numbers::pi * hz / 8000, alpha = std::sin(w) / (2 * std::sqrt(0.5));
        const double a0 = 1 + alpha, c = std::cos(w);
        const double b1 = highPass ? -(1 + c) : 1 - c;
        const double b0 = highPass ? (1 + c) / 2 : (1 - c) / 2;
        return Biquad {b0 / a0, b1 / a0, b0 / a0, -2 * c / a0, (1 - alpha) / a0};
    };
    Biquad highPass = make(300, true), lowPass = make(3400, false);
    double sum = 0;
    for (std::int16_t sample : samples) {
        const double y = lowPass.run(highPass.run(sample / 32768.0));
        sum += y * y;
    }
    return samples.isEmpty() || sum <= 0 ? -120.0 : 10 * std::log10(sum / samples.size());
}

/// The level in dBFS of everything in `samples` but a tone of `hz`: what else the listener hears.
double besidesToneDb(const QList<std::int16_t> &samples, double hz)
{
    double total = 0;
    for (std::int16_t sample : samples)
        total += (sample / 32768.0) * (sample / 32768.0);
    total /= std::max<qsizetype>(samples.size(), 1);
    // ToneDetector's 0 dB is a full-scale sine, whose mean square is 1/2.
    const double tone = 0.5 * std::pow(10.0, ToneDetector(8000).levelDb(samples, hz) / 10);
    return 10 * std::log10(std::max(total - tone, 1e-12));
}

/// Writes `seconds` of 8 kHz 16-bit mono silence with a 150 ms DTMF tone for each key, at its
/// time (each of the two frequencies at −10 dBFS).
bool writeKeys(const QString &path, const QList<std::pair<double, char>> &keys, double seconds)
{
    static const char layout[4][4] = {
        {'1', '2', '3', 'A'}, {'4', '5', '6', 'B'}, {'7', '8', '9', 'C'}, {'*', '0', '#', 'D'}};
    static const double rows[4] = {697, 770, 852, 941};
    static const double columns[4] = {1209, 1336, 1477, 1633};
    QList<std::int16_t> samples(qsizetype(seconds * 8000), 0);
    for (const auto &[at, key] : keys) {
        double low = 0, high = 0;
        for (int r = 0; r < 4; ++r) {
            for (int c = 0; c < 4; ++c) {
                if (layout[r][c] == key)
                    low = rows[r], high = columns[c];
            }
        }
        if (low == 0)
            return false;
        const qsizetype start = qsizetype(at * 8000);
        for (qsizetype i = 0; i < 1200 && start + i < samples.size(); ++i) {
            const double t = double(i) / 8000;
            const double value = 0.316
                * (std::sin(2 * std::numbers::pi * low * t) + std::sin(2 * std::numbers::pi * high * t));
            samples[start + i] = std::int16_t(std::lround(value * 32767));
        }
    }
    QByteArray wav("RIFF\0\0\0\0WAVEfmt ", 16);
    const auto le32 = [&](quint32 value) {
        wav.append(reinterpret_cast<const char *>(&value), 4);
    };
    const auto le16 = [&](quint16 value) {
        wav.append(reinterpret_cast<const char *>(&value), 2);
    };
    le32(16), le16(1), le16(1), le32(8000), le32(16000), le16(2), le16(16);
    wav.append("data", 4);
    le32(quint32(samples.size() * 2));
    for (std::int16_t sample : samples)
        le16(quint16(sample));
    qToLittleEndian<quint32>(quint32(wav.size() - 8), wav.data() + 4);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(wav) == wav.size();
}

/// A caller who presses keys: baresip dialling at once (-e) and playing a file of DTMF tones,
/// recording what it hears. SipPeer's config, but its sound is a file where SipPeer plays a sine;
/// it can go once SipPeer plays files (or presses keys as RFC 4733 events the bridge takes).
class KeypadCaller
{
public:
    ~KeypadCaller() { stop(); }

    bool start(const QString &uri, const QList<std::pair<double, char>> &keys)
    {
        const QString keysFile = m_dir.filePath(QStringLiteral("keys.wav"));
        if (!m_dir.isValid() || !QDir().mkpath(m_dir.filePath(QStringLiteral("recordings")))
            || !writeKeys(keysFile, keys, 90))
            return false;
        const QString modules =
            qEnvironmentVariable("ECOUTE_BARESIP_MODULES", QStringLiteral("/usr/lib/baresip/modules"));
        const QStringList config {
            QStringLiteral("poll_method epoll"),
            QStringLiteral("net_interface 127.0.0.1"),
            QStringLiteral("sip_listen 127.0.0.1:0"),
            QStringLiteral("audio_player alsa,null"),
            QStringLiteral("audio_alert alsa,null"),
            QStringLiteral("audio_source aufile,%1").arg(keysFile),
            QStringLiteral("audio_srate 8000"),
            QStringLiteral("audio_channels 1"),
            QStringLiteral("statmode_default off"),
            QStringLiteral("module_path %1").arg(modules),
            QStringLiteral("module g711.so"),
            QStringLiteral("module aufile.so"),
            QStringLiteral("module alsa.so"),
            QStringLiteral("module sndfile.so"),
            QStringLiteral("module_app account.so"),
            QStringLiteral("module_app menu.so"),
            QStringLiteral("snd_path %1").arg(m_dir.filePath(QStringLiteral("recordings"))),
        };
        QFile configFile(m_dir.filePath(QStringLiteral("config")));
        QFile accounts(m_dir.filePath(QStringLiteral("accounts")));
        if (!configFile.open(QIODevice::WriteOnly) || !accounts.open(QIODevice::WriteOnly))
            return false;
        configFile.write(config.join(u'\n').toUtf8() + '\n');
        accounts.write("<sip:keypad@127.0.0.1>;regint=0\n");
        configFile.close();
        accounts.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("baresip"),
                        {QStringLiteral("-f"), m_dir.path(), QStringLiteral("-t"), QStringLiteral("120"),
                         QStringLiteral("-e"), QStringLiteral("/dial ") + uri});
        return m_process.waitForStarted(15000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_output += QString::fromUtf8(m_process.readAll());
    }

    std::optional<WavAudio> recording() const
    {
        const QStringList files = QDir(m_dir.filePath(QStringLiteral("recordings")))
                                      .entryList({QStringLiteral("*-dec.wav")}, QDir::Files, QDir::Name);
        return files.isEmpty() ? std::nullopt
                               : WavAudio::read(m_dir.filePath(QStringLiteral("recordings/") + files.last()));
    }

    QString output() { return m_output += QString::fromUtf8(m_process.readAll()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
};

QJsonObject admitBody(const QString &callId, const QString &language, const QStringList &menu)
{
    return {{QStringLiteral("callId"), callId},
            {QStringLiteral("position"), 0},
            {QStringLiteral("language"), language},
            {QStringLiteral("menu"), QJsonArray::fromStringList(menu)}};
}

QString seconds(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

class TestVoicePrompts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void greetingThenMenuWithoutKeyTakesTheFirstLanguage();
    void aKeyChoosesTheLanguageAfterAWrongOne();
};

void TestVoicePrompts::initTestCase()
{
    const QString missing = missingTool();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 is not installed (tools/debian-packages.txt)").arg(missing)));
    QVERIFY2(clipSeconds(QStringLiteral("fr-greeting.raw")) > 2, "the build's prompt clips are missing");
}

void TestVoicePrompts::greetingThenMenuWithoutKeyTakesTheFirstLanguage()
{
    VoiceBridgeProcess bridge(QStringLiteral(ECOUTE_VOICE_BINARY));
    QVERIFY(bridge.start());
    SipPeer caller(callerOptions(QStringLiteral("caller"), QStringLiteral("caller"), 0)); // silent
    SipPeer volunteer(staffOptions(QStringLiteral("volunteer"), kVolunteerHz, bridge));
    QVERIFY(caller.start());
    QVERIFY(volunteer.start());

    const auto incoming = callTheLine(bridge, caller);
    QVERIFY2(incoming, bridge.diagnostics().constData());
    const QString callId = incoming->text("callId");
    const QStringList menu {QStringLiteral("en"), QStringLiteral("fr")};
    QVERIFY(bridge.send(MessageType::VoiceCallAdmit, admitBody(callId, QStringLiteral("fr"), menu)));
    QVERIFY(caller.waitEstablished());
    // A workstation on the call but not routed yet: it must hear none of the prompts.
    QVERIFY2(connectStaff(bridge, volunteer, callId, kVolunteerLeg), bridge.diagnostics().constData());

    // No key: the menu's first language, 10 s after the menu has been said.
    const double menuEnd = menuEndsAt(QStringLiteral("fr"), menu);
    const auto chosen = bridge.waitFor(MessageType::VoiceCallLanguage, callId, int((menuEnd + 15) * 1000));
    QVERIFY2(chosen, bridge.diagnostics().constData());
    const double chosenAt = (SipPeer::testClockMs() - caller.establishedAtMs()) / 1000.0;
    qInfo().noquote() << QStringLiteral("no key: %1 at %2 s, the menu ended at %3 s")
                             .arg(chosen->text("language"), seconds(chosenAt), seconds(menuEnd));
    QCOMPARE(chosen->text("language"), QStringLiteral("en"));
    QVERIFY2(qAbs(chosenAt - (menuEnd + kKeyWaitSeconds)) < 1.0,
             qPrintable(QStringLiteral("language at %1 s, expected %2 s")
                            .arg(seconds(chosenAt), seconds(menuEnd + kKeyWaitSeconds))));

    // The server queues the call: the caller hears its place (in English now).
    QVERIFY(bridge.send(MessageType::VoiceCallQueue,
                        QJsonObject {{QStringLiteral("callId"), callId}, {QStringLiteral("position"), 3}}));
    const double queuedAt = (SipPeer::testClockMs() - caller.establishedAtMs()) / 1000.0;
    QTest::qWait(4000);

    // A volunteer is routed to the caller: prompts stop at once, the caller hears the volunteer only.
    using Role = CallAudio::LegRole;
    const QList<CallAudio::Leg> legs {{callId, Role::Caller}, {kVolunteerLeg, Role::Volunteer}};
    QVERIFY(bridge.send(MessageType::VoiceCallRoute,
                        QJsonObject {{QStringLiteral("callId"), callId},
                                     {QStringLiteral("onHold"), false},
                                     {QStringLiteral("legs"), CallAudio::legsToJson(legs)}}));
    const double routedAt = (SipPeer::testClockMs() - caller.establishedAtMs()) / 1000.0;
    QTest::qWait(3000);

    QVERIFY(volunteer.hangup());
    QVERIFY(bridge.waitFor(MessageType::VoiceLegDown, callId));
    QVERIFY(bridge.send(MessageType::VoiceCallHangup, QJsonObject {{QStringLiteral("callId"), callId}}));
    QVERIFY(bridge.waitFor(MessageType::VoiceCallEnded, callId));
    QVERIFY(caller.waitClosed());
    const double volunteerOffset = (volunteer.establishedAtMs() - caller.establishedAtMs()) / 1000.0;
    caller.stop();
    volunteer.stop();
    QVERIFY(bridge.undecodableLines().isEmpty());

    const auto heard = caller.recording();
    QVERIFY2(heard && heard->sampleRate == 8000, qPrintable(caller.output()));
    const double greeting = clipSeconds(QStringLiteral("fr-greeting.raw"));
    const double atStart =
        speechBandDb(heard->slice(kLeadInSeconds + 0.2, kLeadInSeconds + std::min(greeting, 3.0)));
    const double whileWaiting = speechBandDb(heard->slice(menuEnd + 1, menuEnd + kKeyWaitSeconds - 1));
    const double afterQueue = speechBandDb(heard->slice(queuedAt + 0.5, queuedAt + 2.0));
    const auto routed = heard->slice(routedAt + 0.5, routedAt + 2.5);
    const double volunteerLevel = ToneDetector(8000).levelDb(routed, kVolunteerHz);
    const double besidesVolunteer = besidesToneDb(routed, kVolunteerHz);
    qInfo().noquote()
        << QStringLiteral("caller: greeting %1 dB, waiting for a key %2 dB, after the queue position %3 dB, "
                          "routed: volunteer %4 dB, anything else %5 dB")
               .arg(seconds(atStart), seconds(whileWaiting), seconds(afterQueue), seconds(volunteerLevel),
                    seconds(besidesVolunteer));
    QVERIFY2(atStart > kSpeechDb, "the caller does not hear the greeting");
    QVERIFY2(whileWaiting < kSilenceDb, "the caller hears something while the menu waits for a key");
    QVERIFY2(afterQueue > kSpeechDb, "the caller does not hear their place in the queue");
    QVERIFY2(volunteerLevel > -21, "the caller does not hear the volunteer");
    QVERIFY2(besidesVolunteer < -45, "prompts go on once the volunteer is routed to the caller");

    const auto staffRecording = volunteer.recording();
    QVERIFY2(staffRecording, qPrintable(volunteer.output()));
    const auto staffHeard = staffRecording->slice(0.5, routedAt - volunteerOffset - 0.5);
    QVERIFY2(staffHeard.size() > 8000 * 10, "the volunteer's recording is too short");
    const double staffLevel = speechBandDb(staffHeard);
    qInfo().noquote() << QStringLiteral("volunteer before the route: %1 dB").arg(seconds(staffLevel));
    QVERIFY2(staffLevel < kSilenceDb, "a staff leg hears the caller's prompts");
}

void TestVoicePrompts::aKeyChoosesTheLanguageAfterAWrongOne()
{
    VoiceBridgeProcess bridge(QStringLiteral(ECOUTE_VOICE_BINARY));
    QVERIFY(bridge.start());
    const QStringList menu {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};
    const double menuEnd = menuEndsAt(QStringLiteral("fr"), menu);
    // A wrong key after the menu (it is said again), then 2 once it has been said again.
    const double wrongAt = menuEnd + 1.5;
    const double rightAt = wrongAt + 0.2 + kBeforeMenuSeconds + menuSeconds(menu) + 1.0;
    KeypadCaller caller;
    QVERIFY(caller.start(bridge.sipUri(QStringLiteral("line")), {{wrongAt, '7'}, {rightAt, '2'}}));
    const auto incoming = bridge.waitFor(MessageType::VoiceCallIncoming, 15000);
    QVERIFY2(incoming, qPrintable(caller.output()));
    const QString callId = incoming->text("callId");
    QVERIFY(bridge.send(MessageType::VoiceCallAdmit, admitBody(callId, QStringLiteral("fr"), menu)));
    const qint64 admittedAt = SipPeer::testClockMs();

    const auto chosen = bridge.waitFor(MessageType::VoiceCallLanguage, callId, int((rightAt + 5) * 1000));
    QVERIFY2(chosen, bridge.diagnostics().constData());
    const double chosenAt = (SipPeer::testClockMs() - admittedAt) / 1000.0;
    qInfo().noquote() << QStringLiteral("keys 7 at %1 s and 2 at %2 s: %3 at %4 s")
                             .arg(seconds(wrongAt), seconds(rightAt), chosen->text("language"),
                                  seconds(chosenAt));
    QCOMPARE(chosen->text("language"), QStringLiteral("de"));
    QVERIFY2(
        chosenAt > rightAt - 0.3 && chosenAt < rightAt + 1.0,
        qPrintable(
            QStringLiteral("language at %1 s, the key at %2 s").arg(seconds(chosenAt), seconds(rightAt))));

    // Queued past the ninth place: "several people are waiting ahead of you", in German.
    QVERIFY(bridge.send(MessageType::VoiceCallQueue,
                        QJsonObject {{QStringLiteral("callId"), callId}, {QStringLiteral("position"), 12}}));
    const double queuedAt = (SipPeer::testClockMs() - admittedAt) / 1000.0;
    QTest::qWait(4000);
    QVERIFY(bridge.send(MessageType::VoiceCallHangup, QJsonObject {{QStringLiteral("callId"), callId}}));
    QVERIFY(bridge.waitFor(MessageType::VoiceCallEnded, callId));
    QTest::qWait(500);
    caller.stop();

    const auto heard = caller.recording();
    QVERIFY2(heard && heard->sampleRate == 8000, qPrintable(caller.output()));
    const double beforeWrong = speechBandDb(heard->slice(menuEnd + 0.3, wrongAt - 0.1));
    const double replay =
        speechBandDb(heard->slice(wrongAt + 0.3 + kBeforeMenuSeconds, wrongAt + 1.5 + kBeforeMenuSeconds));
    const double afterQueue = speechBandDb(heard->slice(queuedAt + 0.5, queuedAt + 2.0));
    qInfo().noquote()
        << QStringLiteral(
               "keypad caller: before the wrong key %1 dB, the menu again %2 dB, after the queue %3 dB")
               .arg(seconds(beforeWrong), seconds(replay), seconds(afterQueue));
    QVERIFY2(beforeWrong < kSilenceDb, "the caller hears something while the menu waits for a key");
    QVERIFY2(replay > kSpeechDb, "a wrong key does not say the menu again");
    QVERIFY2(afterQueue > kSpeechDb, "the caller does not hear their place in the queue");
    QVERIFY(bridge.undecodableLines().isEmpty());
}

QTEST_GUILESS_MAIN(TestVoicePrompts)
#include "tst_voice_prompts.moc"
