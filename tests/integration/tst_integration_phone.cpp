// SPDX-License-Identifier: GPL-3.0-or-later
// The phone channel through the real server (issue 14): ecoute-server starts its ecoute-voice
// bridge; a scripted caller (baresip, 700 Hz) rings the line; the call is queued and offered like
// a chat; the volunteer's workstation gets a one-time credential and calls the bridge over TLS with
// SRTP (a baresip phone, 1000 Hz, standing in for the softphone); a supervisor joins (1600 Hz), is
// announced to the volunteer first, then listens and whispers. Checks what each one hears, that the
// caller's number reaches no workstation frame, log or database file, and who may do what.
#include "PhoneLineSteps.h"
#include "ServerProcess.h"
#include "SipPeer.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "ToneDetector.h"
#include "VoiceSteps.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTest>

using namespace ecoute::testing;
using namespace ecoute::testing::phoneline;
using ecoute::protocol::Envelope;

namespace {

const QString kNumber = QStringLiteral("+352621123456");
constexpr double kCallerHz = 700;
constexpr double kVolunteerHz = 1000;
constexpr double kSupervisorHz = 1600;
constexpr int kPhaseMs = 3000;
constexpr double kHeardDb = -20.5; // sent at −10.5 dBFS, at most 10 dB lost on the way
constexpr double kSilentDb = -50.5; // 40 dB under what was sent

} // namespace

class TestIntegrationPhone : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    quint16 m_sipPort = 0;
    const QString m_otherPassword = QStringLiteral("other-centre-password-1");

    SipPeer::Options staffPhone(const QString &name, double toneHz) const
    {
        return phoneline::staffPhone(m_server, name, toneHz);
    }

    QString ringAndAccept(SipPeer &caller, TestClient &volunteer)
    {
        return phoneline::ringAndAccept(caller, m_sipPort, volunteer);
    }

    /// call.connect, then the staff phone dials the bridge with it; true once the server says connected.
    bool answer(TestClient &staff, SipPeer &phone)
    {
        const auto connect = staff.waitFor(QStringLiteral("call.connect"));
        return connect && phone.dial(staffUri(*connect)) && phone.waitEstablished()
            && waitCallState(staff, QStringLiteral("connected"));
    }

private slots:
    void initTestCase()
    {
        const QString missing = voice::missingTool();
        QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" is not installed")));
        m_sipPort = freePort(true);
        ServerProcess::Options options;
        options.keepLog = true;
        options.extraArgs = QStringList {QStringLiteral("--wrapup-seconds"), QStringLiteral("0"),
                                         QStringLiteral("--supervisor-join"), QStringLiteral("always")}
            + phoneArguments(m_sipPort, QStringLiteral("31000-31999"));
        QVERIFY(m_server.start(options));
        QVERIFY(m_server
                    .runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sup-other"),
                             QStringLiteral("--role"), QStringLiteral("supervisor"),
                             QStringLiteral("--centre"), QStringLiteral("elsewhere")},
                            m_otherPassword.toUtf8() + '\n')
                    .exitCode
                == 0);
        // The bridge is up once the server has started it (a first call may otherwise ring into nothing).
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_server.dataDir() + QStringLiteral("/voice/caller-hash.key")),
                                 10000);
    }

    void aCallIsAnsweredListenedToAndWhisperedInto()
    {
        TestClient volunteer;
        TestClient supervisor;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        QVERIFY(logInStaff(supervisor, m_server, QStringLiteral("supervisor")));
        SipPeer caller(voice::callerOptions(QStringLiteral("caller"), kNumber, kCallerHz));
        SipPeer volunteerPhone(staffPhone(QStringLiteral("volunteer"), kVolunteerHz));
        SipPeer supervisorPhone(staffPhone(QStringLiteral("supervisor"), kSupervisorHz));
        QVERIFY(caller.start() && volunteerPhone.start() && supervisorPhone.start());

        const QString contactId = ringAndAccept(caller, volunteer);
        QVERIFY2(!contactId.isEmpty(), qPrintable(caller.output()));
        QVERIFY(answer(volunteer, volunteerPhone));
        const qint64 talking = SipPeer::testClockMs();
        QTest::qWait(kPhaseMs);

        // The supervisor joins: the volunteer is told first; only then does the audio connect.
        QCOMPARE(supervisor
                     .request(QStringLiteral("supervision.join"), {{QStringLiteral("contactId"), contactId}})
                     ->type,
                 QStringLiteral("conversation.open"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("supervision.presence")), "mode"),
                 QStringLiteral("listening"));
        QVERIFY(answer(supervisor, supervisorPhone));
        const qint64 listening = SipPeer::testClockMs();
        QTest::qWait(kPhaseMs);

        QCOMPARE(str(supervisor.request(QStringLiteral("supervision.mode"),
                                        {{QStringLiteral("contactId"), contactId},
                                         {QStringLiteral("mode"), QStringLiteral("whisper")}}),
                     "state"),
                 QStringLiteral("connected"));
        const qint64 whispering = SipPeer::testClockMs();
        QTest::qWait(kPhaseMs);

        // The caller hangs up: the contact ends for the volunteer and the supervisor.
        QVERIFY(caller.hangup());
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.ended")), "contactId"), contactId);
        QVERIFY(volunteerPhone.waitClosed());
        QVERIFY(supervisorPhone.waitClosed());
        for (SipPeer *peer : {&caller, &volunteerPhone, &supervisorPhone})
            peer->stop();

        const ToneDetector detector(8000);
        const auto level = [&](SipPeer &peer, qint64 phaseStart, double tone) {
            const auto recording = peer.recording();
            if (!recording)
                return 0.0;
            const double offset = (phaseStart - peer.establishedAtMs()) / 1000.0;
            return detector.levelDb(recording->slice(offset + 1.0, offset + 2.0), tone);
        };
        // Caller and volunteer hear each other.
        QVERIFY(level(caller, talking, kVolunteerHz) > kHeardDb);
        QVERIFY(level(volunteerPhone, talking, kCallerHz) > kHeardDb);
        // The listening supervisor hears both and nobody hears them.
        QVERIFY(level(supervisorPhone, listening, kCallerHz) > kHeardDb);
        QVERIFY(level(supervisorPhone, listening, kVolunteerHz) > kHeardDb);
        QVERIFY(level(caller, listening, kSupervisorHz) < kSilentDb);
        QVERIFY(level(volunteerPhone, listening, kSupervisorHz) < kSilentDb);
        // A whisper reaches the volunteer, never the caller.
        QVERIFY(level(volunteerPhone, whispering, kSupervisorHz) > kHeardDb);
        QVERIFY(level(caller, whispering, kSupervisorHz) < kSilentDb);

        // The number reached no workstation.
        for (const TestClient *client : {&volunteer, &supervisor}) {
            for (const Envelope &e : client->buffered())
                QVERIFY(!QJsonDocument(e.body).toJson().contains("621123456"));
        }
    }

    void callActionsAreCheckedByTheServer()
    {
        TestClient volunteer;
        TestClient trainer;
        TestClient supervisor;
        TestClient otherCentre;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        QVERIFY(logInStaff(trainer, m_server, QStringLiteral("trainer")));
        QVERIFY(logInStaff(supervisor, m_server, QStringLiteral("supervisor")));
        QVERIFY(logInStaff(otherCentre, m_server, QStringLiteral("sup-other"), m_otherPassword, false));
        SipPeer caller(voice::callerOptions(QStringLiteral("caller2"), QStringLiteral("+41790000001")));
        SipPeer volunteerPhone(staffPhone(QStringLiteral("volunteer2"), kVolunteerHz));
        SipPeer thief(staffPhone(QStringLiteral("thief"), kVolunteerHz));
        QVERIFY(caller.start() && volunteerPhone.start() && thief.start());
        const QString contactId = ringAndAccept(caller, volunteer);
        QVERIFY(!contactId.isEmpty());
        const auto connect = volunteer.waitFor(QStringLiteral("call.connect"));
        QVERIFY(connect);
        QVERIFY(volunteerPhone.dial(staffUri(*connect)) && volunteerPhone.waitEstablished());

        // The credential worked once: used again it is refused.
        QVERIFY(thief.dial(staffUri(*connect)));
        QVERIFY(thief.waitClosed().has_value());
        QVERIFY(!thief.waitEstablished(100));

        const QJsonObject onContact {{QStringLiteral("contactId"), contactId}};
        QJsonObject hold = onContact;
        hold.insert(QStringLiteral("on"), true);
        QJsonObject whisper = onContact;
        whisper.insert(QStringLiteral("mode"), QStringLiteral("whisper"));
        // Hold is the call's volunteer's; a supervisor's mode needs their own connected leg.
        for (TestClient *other : {&trainer, &supervisor, &otherCentre})
            QCOMPARE(other->request(QStringLiteral("call.hold"), hold)->type, QStringLiteral("error"));
        for (TestClient *other : {&volunteer, &trainer, &supervisor, &otherCentre})
            QCOMPARE(str(other->request(QStringLiteral("supervision.mode"), whisper), "code"),
                     QStringLiteral("forbidden"));
        // Another centre's supervisor cannot even join: the contact does not exist for them.
        QCOMPARE(str(otherCentre.request(QStringLiteral("supervision.join"), onContact), "code"),
                 QStringLiteral("not_found"));
        QVERIFY(!otherCentre.hasBuffered(QStringLiteral("call.connect")));
        // The volunteer may hold.
        volunteer.send(QStringLiteral("call.hold"), hold);
        QVERIFY(waitCallState(volunteer, QStringLiteral("held")));

        QVERIFY(volunteer.request(QStringLiteral("contact.end"), onContact));
        QVERIFY(caller.waitClosed());
        QVERIFY(volunteerPhone.waitClosed());
    }

    void aTransferredCallMovesTheVolunteersLine()
    {
        TestClient volunteer;
        TestClient colleague;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        QVERIFY(logInStaff(colleague, m_server, QStringLiteral("volunteer2")));
        SipPeer caller(
            voice::callerOptions(QStringLiteral("caller3"), QStringLiteral("+41790000002"), kCallerHz));
        SipPeer firstPhone(staffPhone(QStringLiteral("first"), kVolunteerHz));
        SipPeer secondPhone(staffPhone(QStringLiteral("second"), kSupervisorHz));
        QVERIFY(caller.start() && firstPhone.start() && secondPhone.start());
        const QString contactId = ringAndAccept(caller, volunteer);
        QVERIFY(!contactId.isEmpty());
        QVERIFY(answer(volunteer, firstPhone));
        QCOMPARE(str(colleague.request(QStringLiteral("presence.set"),
                                       {{QStringLiteral("state"), QStringLiteral("available")}}),
                     "state"),
                 QStringLiteral("available"));

        QVERIFY(volunteer.request(QStringLiteral("contact.transfer"),
                                  {{QStringLiteral("contactId"), contactId},
                                   {QStringLiteral("toUser"), QStringLiteral("volunteer2")},
                                   {QStringLiteral("note"), QStringLiteral("Parle de son travail.")}}));
        // The colleague's workstation gets its own line; the first volunteer's goes.
        QVERIFY(answer(colleague, secondPhone));
        QVERIFY(firstPhone.waitClosed());
        const qint64 talking = SipPeer::testClockMs();
        QTest::qWait(kPhaseMs);
        QVERIFY(caller.hangup());
        QVERIFY(secondPhone.waitClosed());
        for (SipPeer *peer : {&caller, &firstPhone, &secondPhone})
            peer->stop();
        const ToneDetector detector(8000);
        const auto recording = caller.recording();
        QVERIFY(recording);
        const double offset = (talking - caller.establishedAtMs()) / 1000.0;
        QVERIFY(detector.levelDb(recording->slice(offset + 1.0, offset + 2.0), kSupervisorHz) > kHeardDb);
    }

    void theNumberIsInNoLogAndNoDatabaseFile()
    {
        m_server.stop();
        QVERIFY(m_server.log().contains(QStringLiteral("voice:"))); // the bridge's own lines are there
        for (const QString &digits : {QStringLiteral("621123456"), QStringLiteral("790000001")}) {
            QVERIFY(!m_server.standardOutput().contains(digits));
            QVERIFY(!m_server.log().contains(digits));
        }
        QDirIterator files(m_server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains("621123456") && !content.contains("790000001"),
                     qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestIntegrationPhone)
#include "tst_integration_phone.moc"
