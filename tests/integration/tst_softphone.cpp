// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's own softphone (models/phone/engine, libre like the bridge) against the real
// ecoute-server and its ecoute-voice bridge: a scripted caller (baresip, 700 Hz) rings the line,
// the volunteer accepts, and LibreSoftphone with FileAudio (a 1000 Hz tone as its microphone, a
// recording as its speaker) dials the one-time credential over TLS pinned to the server's
// certificate, with SDES-SRTP. Checks both directions of audio with a Goertzel filter, the levels,
// what each end reason means on the wire (a wrong pin: nothing sent, the token still good; a used
// token: refused; the bridge hanging up or dying), and that without devices nothing is dialled.
#include "PhoneLineSteps.h"
#include "ServerProcess.h"
#include "SipPeer.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "ToneDetector.h"
#include "VoiceSteps.h"

#include "models/phone/CallSession.h"
#include "models/phone/engine/DeviceAudio.h"
#include "models/phone/engine/FileAudio.h"
#include "models/phone/engine/LibreSoftphone.h"
#include "models/phone/engine/WavFile.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <numbers>
#include <unistd.h>

using namespace ecoute::testing;
using ecoute::models::CallSession;
using ecoute::models::LibreSoftphone;
using ecoute::models::Softphone;
using ecoute::models::engine::DeviceAudio;
using ecoute::models::engine::FileAudio;
using ecoute::models::engine::WavSound;
using ecoute::protocol::Envelope;
using EndReason = ecoute::models::Softphone::EndReason;

namespace {

constexpr double kCallerHz = 700;
constexpr double kVolunteerHz = 1000;
constexpr double kToneDbfs = -10.5; // as SipPeer sends its tone
constexpr double kHeardDb = -20.5; // at most 10 dB lost on the way
constexpr int kTalkMs = 3000;

/// Everything this process logs meanwhile: Qt's messages and whatever reaches its standard error
/// (libre writes a few lines there directly), to check that the one-time token is in none.
class LogCapture
{
public:
    LogCapture()
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        if (m_file.open())
            ::dup2(m_file.handle(), STDERR_FILENO);
        s_messages.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
            s_messages += text + QLatin1Char('\n');
        });
    }
    ~LogCapture() { restore(); }
    /// Stops capturing; what was logged.
    QByteArray restore()
    {
        if (m_saved >= 0) {
            qInstallMessageHandler(m_previous);
            std::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
            m_saved = -1;
            m_file.seek(0);
            m_logged = m_file.readAll() + s_messages.toUtf8();
            std::fputs(m_logged.constData(), stderr); // still shown with the test's output
        }
        return m_logged;
    }

private:
    static inline QString s_messages;
    QTemporaryFile m_file;
    int m_saved = -1;
    QtMessageHandler m_previous = nullptr;
    QByteArray m_logged;
};

EndReason reasonOf(const QSignalSpy &ended, int index = 0)
{
    return ended.at(index).at(0).value<EndReason>();
}

} // namespace

class TestSoftphone : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    quint16 m_sipPort = 0;
    QByteArray m_pin;
    QString m_tone;

    static QUrl staffUri(const std::optional<Envelope> &connect)
    {
        return QUrl(CallSession::sipUri(connect->text("token"), QStringLiteral("127.0.0.1"),
                                        connect->body.value(QLatin1String("sipTlsPort")).toInt()));
    }
    std::unique_ptr<FileAudio> fileAudio(const QString &recording) const
    {
        return std::make_unique<FileAudio>(m_tone, m_dir.filePath(recording));
    }

    /// The caller dials the line, the volunteer accepts; the call.connect they are given.
    std::optional<Envelope> ringAndAccept(SipPeer &caller, TestClient &volunteer, QString *contactId)
    {
        *contactId = phoneline::ringAndAccept(caller, m_sipPort, volunteer);
        if (contactId->isEmpty())
            return std::nullopt;
        return volunteer.waitFor(QStringLiteral("call.connect"));
    }

private slots:
    void initTestCase()
    {
        const QString missing = voice::missingTool();
        QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" is not installed")));
        // The softphone's microphone: 10 s of 1000 Hz at the test peers' level, played in a loop.
        std::vector<std::int16_t> tone(80000);
        const double amplitude = 32768.0 * std::pow(10.0, kToneDbfs / 20.0);
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = std::int16_t(
                std::lround(amplitude * std::sin(2 * std::numbers::pi * kVolunteerHz * double(i) / 8000)));
        m_tone = m_dir.filePath(QStringLiteral("t1000.wav"));
        QVERIFY(WavSound::write(m_tone, 8000, tone));

        m_sipPort = phoneline::freePort(true);
        ServerProcess::Options options;
        options.extraArgs = QStringList {QStringLiteral("--wrapup-seconds"), QStringLiteral("0")}
            + phoneline::phoneArguments(m_sipPort, QStringLiteral("34000-34999"));
        QVERIFY(m_server.start(options));
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(m_server.dataDir() + QStringLiteral("/tls/server.crt"));
        QCOMPARE(certificates.size(), 1);
        m_pin = certificates.first().toDer();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_server.dataDir() + QStringLiteral("/voice/caller-hash.key")),
                                 10000);
    }

    void aCallCarriesAudioBothWays()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        SipPeer caller(
            voice::callerOptions(QStringLiteral("caller"), QStringLiteral("+41790000002"), kCallerHz));
        QVERIFY(caller.start());
        QString contactId;
        const auto connect = ringAndAccept(caller, volunteer, &contactId);
        QVERIFY2(connect, qPrintable(caller.output()));
        const QByteArray token = connect->text("token").toUtf8();
        LogCapture log;

        auto audio = fileAudio(QStringLiteral("heard.wav"));
        FileAudio *recorder = audio.get();
        LibreSoftphone phone(std::move(audio));
        QSignalSpy established(&phone, &Softphone::established);
        QSignalSpy ended(&phone, &Softphone::ended);
        QSignalSpy levels(&phone, &Softphone::levels);

        // Another certificate than the pinned one: refused before anything is sent over TLS.
        QTemporaryDir other;
        QVERIFY(QProcess::execute(QStringLiteral("openssl"),
                                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                                   other.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"),
                                   other.filePath(QStringLiteral("c.pem"))})
                == 0);
        const QByteArray wrongPin =
            QSslCertificate::fromPath(other.filePath(QStringLiteral("c.pem"))).value(0).toDer();
        QVERIFY(!wrongPin.isEmpty() && wrongPin != m_pin);
        phone.dial(staffUri(connect), wrongPin);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(reasonOf(ended), EndReason::BridgeUnreachable);
        QCOMPARE(established.count(), 0);

        // The same one-time token then works: no INVITE carried it before the pin was checked.
        phone.dial(staffUri(connect), m_pin);
        QVERIFY(established.wait(10000));
        const qint64 talking = SipPeer::testClockMs();
        QVERIFY(phoneline::waitCallState(volunteer, QStringLiteral("connected")));
        QTest::qWait(kTalkMs);
        QCOMPARE(ended.count(), 1);
        // About ten levels a second: the tone goes out at −13.5 dBFS RMS, the caller's comes back.
        QVERIFY2(levels.count() >= 2 * kTalkMs / 100 / 3, qPrintable(QString::number(levels.count())));
        const QList<QVariant> last = levels.last();
        QVERIFY2(std::abs(last.at(0).toFloat() + 13.5F) < 1.0F,
                 qPrintable(QString::number(last.at(0).toFloat())));
        QVERIFY2(last.at(1).toFloat() > -25.0F, qPrintable(QString::number(last.at(1).toFloat())));

        // Hanging up here ends this leg only, quietly; the contact is the volunteer's to end.
        phone.hangUp();
        QTest::qWait(300);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!caller.callClosed());
        // FileAudio wrote what the speaker played (from the moment the call was established).
        const std::vector<std::int16_t> heard = recorder->recorded();
        const std::optional<WavSound> file = WavSound::read(m_dir.filePath(QStringLiteral("heard.wav")));
        QVERIFY(file && file->samples == heard);

        // The token was used: a second call with it is refused by the bridge.
        phone.dial(staffUri(connect), m_pin);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 10000);
        QCOMPARE(reasonOf(ended, 1), EndReason::Refused);

        QVERIFY(!log.restore().contains(token));

        QVERIFY(volunteer.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), contactId}}));
        QVERIFY(caller.waitClosed());
        caller.stop();

        const ToneDetector detector(8000);
        const auto callerHeard = caller.recording();
        QVERIFY(callerHeard);
        const double offset = (talking - caller.establishedAtMs()) / 1000.0;
        const double volunteerAtCaller =
            detector.levelDb(callerHeard->slice(offset + 1.0, offset + 2.0), kVolunteerHz);
        QVERIFY2(volunteerAtCaller > kHeardDb, qPrintable(QString::number(volunteerAtCaller)));
        QVERIFY(heard.size() >= std::size_t(8000 * 2));
        const QList<std::int16_t> second(heard.begin() + 8000, heard.begin() + 16000);
        const double callerAtPhone = detector.levelDb(second, kCallerHz);
        QVERIFY2(callerAtPhone > kHeardDb, qPrintable(QString::number(callerAtPhone)));
        QVERIFY(detector.levelDb(second, kVolunteerHz) < kHeardDb - 30); // no echo of our own tone
        qInfo("the caller heard the softphone at %.1f dB, the softphone the caller at %.1f dB; last levels "
              "sent %.1f dBFS, played %.1f dBFS (%lld readings)",
              volunteerAtCaller, callerAtPhone, double(last.at(0).toFloat()), double(last.at(1).toFloat()),
              qint64(levels.count()));
    }

    void theBridgeHangingUpEndsTheCall()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        SipPeer caller(
            voice::callerOptions(QStringLiteral("caller2"), QStringLiteral("+41790000003"), kCallerHz));
        QVERIFY(caller.start());
        QString contactId;
        const auto connect = ringAndAccept(caller, volunteer, &contactId);
        QVERIFY(connect);
        LibreSoftphone phone(fileAudio(QStringLiteral("heard2.wav")));
        QSignalSpy established(&phone, &Softphone::established);
        QSignalSpy ended(&phone, &Softphone::ended);
        phone.dial(staffUri(connect), m_pin);
        QVERIFY(established.wait(10000));
        QVERIFY(phoneline::waitCallState(volunteer, QStringLiteral("connected")));
        QVERIFY(caller.hangup());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QCOMPARE(reasonOf(ended), EndReason::RemoteHangUp);
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.ended")), "contactId"), contactId);
        QTest::qWait(200);
        QCOMPARE(ended.count(), 1); // exactly once
        caller.stop();
    }

    void aBridgeThatDiesEndsTheCallAtOnce()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        SipPeer caller(
            voice::callerOptions(QStringLiteral("caller3"), QStringLiteral("+41790000004"), kCallerHz));
        QVERIFY(caller.start());
        QString contactId;
        const auto connect = ringAndAccept(caller, volunteer, &contactId);
        QVERIFY(connect);
        LibreSoftphone phone(fileAudio(QStringLiteral("heard3.wav")));
        QSignalSpy established(&phone, &Softphone::established);
        QSignalSpy ended(&phone, &Softphone::ended);
        phone.dial(staffUri(connect), m_pin);
        QVERIFY(established.wait(10000));
        // SIGKILL: no BYE, only the TLS connection closing (the server starts a new bridge).
        const qint64 bridge = phoneline::bridgePid(m_server.pid());
        QVERIFY(bridge > 0);
        QCOMPARE(::kill(pid_t(bridge), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 3000);
        QCOMPARE(reasonOf(ended), EndReason::BridgeUnreachable);
        caller.stop();
    }

    void withoutDevicesNothingIsDialled()
    {
        // A SIP server that must never hear from us.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        const QUrl uri(
            CallSession::sipUri(voice::randomToken(), QStringLiteral("127.0.0.1"), listener.serverPort()));

        // The sound card: this headless machine has none (where it has one, that part is skipped).
        if (QMediaDevices::audioInputs().isEmpty()) {
            LibreSoftphone phone(std::make_unique<DeviceAudio>());
            QCOMPARE(phone.audioDevices().inputs.size(), 0);
            QSignalSpy ended(&phone, &Softphone::ended);
            phone.dial(uri, m_pin);
            QCOMPARE(ended.count(), 1); // from inside dial()
            QCOMPARE(reasonOf(ended), EndReason::NoMicrophone);
        } else {
            qInfo("this machine has a microphone: DeviceAudio's missing-device case not checked");
        }
        // Files standing in for the devices: a microphone that cannot be read, a speaker that
        // cannot be written.
        struct Case
        {
            QString microphone;
            QString speaker;
            EndReason reason;
        };
        const Case cases[] = {
            {m_dir.filePath(QStringLiteral("none.wav")), m_dir.filePath(QStringLiteral("x.wav")),
             EndReason::NoMicrophone},
            {m_tone, m_dir.filePath(QStringLiteral("no/dir/x.wav")), EndReason::NoAudioDevice},
        };
        for (const Case &c : cases) {
            LibreSoftphone phone(std::make_unique<FileAudio>(c.microphone, c.speaker));
            QSignalSpy ended(&phone, &Softphone::ended);
            phone.dial(uri, m_pin);
            QCOMPARE(ended.count(), 1);
            QCOMPARE(reasonOf(ended), c.reason);
        }
        QTest::qWait(300);
        QVERIFY(!listener.hasPendingConnections());
    }

    void aServerElsewhereNeedsAPin()
    {
        LibreSoftphone phone(fileAudio(QStringLiteral("unused.wav")));
        QSignalSpy ended(&phone, &Softphone::ended);
        phone.dial(QUrl(CallSession::sipUri(voice::randomToken(), QStringLiteral("192.0.2.1"), 5061)), {});
        QCOMPARE(ended.count(), 1);
        QCOMPARE(reasonOf(ended), EndReason::BridgeUnreachable);
    }
};

QTEST_GUILESS_MAIN(TestSoftphone)
#include "tst_softphone.moc"
