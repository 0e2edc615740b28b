// SPDX-License-Identifier: GPL-3.0-or-later
// A practice call through the real server and bridge (issue 14): a trainer starts a practice
// session on a phone scenario; the server makes a call with no trunk (voice.call.create) and the
// trainer's workstation (a baresip phone, 700 Hz) dials it over TLS with SRTP as its caller; the
// trainee's inbox shows the practice contact, they accept and their phone (1000 Hz) dials in; both
// hear each other; the trainer ends the exercise and both calls close.
#include "PhoneLineSteps.h"
#include "ServerProcess.h"
#include "SipPeer.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "ToneDetector.h"
#include "VoiceSteps.h"

#include <QTest>

using namespace ecoute::testing;
using namespace ecoute::testing::phoneline;

namespace {

const QString kScenario = QStringLiteral("loneliness-older-person"); // a phone scenario
constexpr double kTrainerHz = 700;
constexpr double kTraineeHz = 1000;
constexpr int kTalkMs = 3000;
constexpr double kHeardDb = -20.5; // sent at −10.5 dBFS, at most 10 dB lost on the way

} // namespace

class TestIntegrationPracticeCall : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    /// call.connect, then the phone dials the bridge with it; true once the server says connected.
    static bool answer(TestClient &staff, SipPeer &phone)
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
        ServerProcess::Options options;
        options.keepLog = true;
        options.extraArgs = QStringList {QStringLiteral("--wrapup-seconds"), QStringLiteral("0")}
            + phoneArguments(freePort(true), QStringLiteral("33000-33999"));
        QVERIFY(m_server.start(options));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_server.dataDir() + QStringLiteral("/voice/caller-hash.key")),
                                 10000);
    }

    void theTrainerPlaysTheCaller()
    {
        TestClient trainer;
        TestClient trainee;
        QVERIFY(logInStaff(trainer, m_server, QStringLiteral("trainer")));
        QVERIFY(logInStaff(trainee, m_server, QStringLiteral("volunteer")));
        SipPeer trainerPhone(staffPhone(m_server, QStringLiteral("trainer"), kTrainerHz));
        SipPeer traineePhone(staffPhone(m_server, QStringLiteral("trainee"), kTraineeHz));
        QVERIFY(trainerPhone.start() && traineePhone.start());

        const auto session =
            trainer.request(QStringLiteral("practice.start"),
                            {{QStringLiteral("slug"), kScenario},
                             {QStringLiteral("language"), QStringLiteral("fr")},
                             {QStringLiteral("trainees"), QJsonArray {QStringLiteral("volunteer")}}});
        QVERIFY(session);
        QCOMPARE(session->type, QStringLiteral("practice.session"));
        const QString contactId = firstPracticeContact(session);
        QVERIFY(!contactId.isEmpty());

        // The trainer's workstation is the caller: it dials in first and hears the hold sound.
        QVERIFY2(answer(trainer, trainerPhone), qPrintable(trainerPhone.output()));

        // The trainee's inbox shows a practice contact, on the phone; accepting it connects their phone.
        const auto update = trainee.waitFor(QStringLiteral("contact.update"));
        QCOMPARE(contactOf(update), contactId);
        const QJsonObject contact = update->body.value(QLatin1String("contact")).toObject();
        QVERIFY(contact.value(QLatin1String("practice")).toBool());
        QCOMPARE(contact.value(QLatin1String("channel")).toString(), QStringLiteral("phone"));
        const auto open =
            trainee.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        QVERIFY(open && open->type == QLatin1String("conversation.open"));
        QVERIFY(
            open->body.value(QLatin1String("contact")).toObject().value(QLatin1String("practice")).toBool());
        QVERIFY2(answer(trainee, traineePhone), qPrintable(traineePhone.output()));
        const qint64 talking = SipPeer::testClockMs();
        QTest::qWait(kTalkMs);

        // The trainer ends the exercise: both calls close.
        QCOMPARE(
            trainer.request(QStringLiteral("practice.end"), {{QStringLiteral("contactId"), contactId}})->type,
            QStringLiteral("contact.ended"));
        QVERIFY(trainerPhone.waitClosed().has_value());
        QVERIFY(traineePhone.waitClosed().has_value());
        trainerPhone.stop();
        traineePhone.stop();

        const ToneDetector detector(8000);
        const auto level = [&](SipPeer &peer, double tone) {
            const auto recording = peer.recording();
            if (!recording)
                return -200.0;
            const double offset = (talking - peer.establishedAtMs()) / 1000.0;
            return detector.levelDb(recording->slice(offset + 1.0, offset + 2.0), tone);
        };
        const double trainerHears = level(trainerPhone, kTraineeHz);
        const double traineeHears = level(traineePhone, kTrainerHz);
        QVERIFY2(trainerHears > kHeardDb, qPrintable(QString::number(trainerHears)));
        QVERIFY2(traineeHears > kHeardDb, qPrintable(QString::number(traineeHears)));
    }

    void aPracticeCallersCredentialWorksOnce()
    {
        TestClient trainer;
        TestClient trainee;
        QVERIFY(logInStaff(trainer, m_server, QStringLiteral("trainer")));
        QVERIFY(logInStaff(trainee, m_server, QStringLiteral("volunteer2")));
        SipPeer trainerPhone(staffPhone(m_server, QStringLiteral("trainer2"), kTrainerHz));
        SipPeer thief(staffPhone(m_server, QStringLiteral("thief"), kTraineeHz));
        QVERIFY(trainerPhone.start() && thief.start());
        const QString contactId = firstPracticeContact(
            trainer.request(QStringLiteral("practice.start"),
                            {{QStringLiteral("slug"), kScenario},
                             {QStringLiteral("language"), QStringLiteral("fr")},
                             {QStringLiteral("trainees"), QJsonArray {QStringLiteral("volunteer2")}}}));
        QVERIFY(!contactId.isEmpty());
        const auto connect = trainer.waitFor(QStringLiteral("call.connect"));
        QVERIFY(connect);
        QVERIFY(trainerPhone.dial(staffUri(*connect)) && trainerPhone.waitEstablished());
        QVERIFY(waitCallState(trainer, QStringLiteral("connected")));

        // Used again, the credential is refused; the trainer's call goes on.
        QVERIFY(thief.dial(staffUri(*connect)));
        QVERIFY(thief.waitClosed().has_value());
        QVERIFY(!thief.waitEstablished(100));
        QVERIFY(!trainerPhone.callClosed());

        // The trainee takes it, then the trainer hangs up: the practice contact ends for the trainee.
        QCOMPARE(
            trainee.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}})
                ->type,
            QStringLiteral("conversation.open"));
        QVERIFY(trainerPhone.hangup());
        QVERIFY(trainerPhone.waitClosed().has_value());
        const auto ended = trainee.waitFor(QStringLiteral("contact.ended"));
        QCOMPARE(str(ended, "contactId"), contactId);
        trainerPhone.stop();
        thief.stop();
    }
};

QTEST_GUILESS_MAIN(TestIntegrationPracticeCall)
#include "tst_integration_practice_call.moc"
