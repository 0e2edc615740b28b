// SPDX-License-Identifier: GPL-3.0-or-later
// The phone bridge dies, chats do not (issue 14): ecoute-server runs its ecoute-voice; a volunteer
// holds a chat and a call (scripted baresip phones). SIGKILL of the bridge: the call ends in the
// workstation with a reason (bridge_lost), the chat goes on both ways, the server starts the bridge
// again and the next call is answered. A volunteer whose phone line drops mid-call: the caller hears
// the hold sound while the contact waits for them within the grace period.
#include "PhoneLineSteps.h"
#include "ServerProcess.h"
#include "SipPeer.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "ToneDetector.h"
#include "VoiceSteps.h"

#include <QDir>
#include <QTest>

#include <csignal>

using namespace ecoute::testing;
using namespace ecoute::testing::phoneline;
using ecoute::protocol::Envelope;

namespace {

constexpr double kHoldHz = 440;

} // namespace

class TestPhoneBridgeFault : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    quint16 m_sipPort = 0;

    SipPeer::Options staffPhone(const QString &name) const
    {
        return phoneline::staffPhone(m_server, name, 1000);
    }

    /// A call rings, the volunteer accepts it and their phone dials in; the contact id.
    QString answeredCall(SipPeer &caller, TestClient &volunteer, SipPeer &phone)
    {
        if (!caller.dial(QStringLiteral("sip:line@127.0.0.1:%1").arg(m_sipPort)))
            return {};
        const QString contactId = contactOf(volunteer.waitFor(QStringLiteral("offer")));
        if (contactId.isEmpty() || !caller.waitEstablished()
            || !volunteer.request(QStringLiteral("contact.accept"),
                                  {{QStringLiteral("contactId"), contactId}}))
            return {};
        const auto connect = volunteer.waitFor(QStringLiteral("call.connect"));
        if (!connect)
            return {};
        const QString uri = QStringLiteral("sip:%1@127.0.0.1:%2;transport=tls")
                                .arg(connect->text("token"))
                                .arg(connect->body.value(QLatin1String("sipTlsPort")).toInt());
        return phone.dial(uri) && phone.waitEstablished() ? contactId : QString();
    }

private slots:
    void initTestCase()
    {
        const QString missing = voice::missingTool();
        QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" is not installed")));
        m_sipPort = freePort(true);
        ServerProcess::Options options;
        options.extraArgs = QStringList {QStringLiteral("--wrapup-seconds"), QStringLiteral("0"),
                                         QStringLiteral("--grace-seconds"), QStringLiteral("30")}
            + phoneArguments(m_sipPort, QStringLiteral("32000-32999"));
        QVERIFY(m_server.start(options));
        QTRY_VERIFY_WITH_TIMEOUT(bridgePid(m_server.pid()) != 0, 10000);
    }

    void aKilledBridgeEndsCallsNotChats()
    {
        TestClient volunteer;
        TestClient seeker;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        QVERIFY(seeker.open(m_server.seekerUrl(), m_server.origin()) && seeker.hello());
        const QString chatId = str(seeker.request(QStringLiteral("seeker.start"),
                                                  {{QStringLiteral("language"), QStringLiteral("fr")}}),
                                   "contactId");
        QCOMPARE(contactOf(volunteer.waitFor(QStringLiteral("offer"))), chatId);
        QVERIFY(volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), chatId}}));

        SipPeer caller(voice::callerOptions(QStringLiteral("caller"), QStringLiteral("+352621000111")));
        SipPeer phone(staffPhone(QStringLiteral("volunteer")));
        QVERIFY(caller.start() && phone.start());
        const QString callId = answeredCall(caller, volunteer, phone);
        QVERIFY(!callId.isEmpty());
        QVERIFY(waitCallState(volunteer, QStringLiteral("connected")));

        const qint64 killed = bridgePid(m_server.pid());
        QVERIFY(killed != 0);
        QCOMPARE(::kill(static_cast<pid_t>(killed), SIGKILL), 0);

        // The call ends in the workstation, with the reason.
        const auto ended = waitCallState(volunteer, QStringLiteral("ended"));
        QVERIFY(ended);
        QCOMPARE(ended->text("reason"), QStringLiteral("bridge_lost"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.ended")), "contactId"), callId);

        // The chat goes on, both ways.
        QVERIFY(volunteer.request(QStringLiteral("chat.send"),
                                  {{QStringLiteral("contactId"), chatId},
                                   {QStringLiteral("clientMsgId"), QStringLiteral("v1")},
                                   {QStringLiteral("text"), QStringLiteral("Je suis là.")}}));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("chat.message")), "text"), QStringLiteral("Je suis là."));
        seeker.send(QStringLiteral("chat.send"),
                    {{QStringLiteral("clientMsgId"), QStringLiteral("s1")},
                     {QStringLiteral("text"), QStringLiteral("Merci.")}});
        QString heard;
        for (int i = 0; i < 3 && heard != QLatin1String("Merci.");
             ++i) // the volunteer's own line comes first
            heard = str(volunteer.waitFor(QStringLiteral("chat.message")), "text");
        QCOMPARE(heard, QStringLiteral("Merci."));

        // The bridge is back and answers the next call.
        QTRY_VERIFY_WITH_TIMEOUT(bridgePid(m_server.pid()) != 0 && bridgePid(m_server.pid()) != killed,
                                 15000);
        caller.stop();
        phone.stop();
        SipPeer nextCaller(voice::callerOptions(QStringLiteral("next"), QStringLiteral("+352621000222")));
        SipPeer nextPhone(staffPhone(QStringLiteral("volunteer-again")));
        QVERIFY(nextCaller.start() && nextPhone.start());
        QVERIFY(!answeredCall(nextCaller, volunteer, nextPhone).isEmpty());
        QVERIFY(waitCallState(volunteer, QStringLiteral("connected")));
        QVERIFY(nextCaller.hangup());
        QVERIFY(nextPhone.waitClosed());
    }

    void aDroppedVolunteerLineLeavesTheCallerOnHold()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        SipPeer caller(voice::callerOptions(QStringLiteral("held"), QStringLiteral("+352621000333")));
        SipPeer phone(staffPhone(QStringLiteral("volunteer-drop")));
        QVERIFY(caller.start() && phone.start());
        const QString contactId = answeredCall(caller, volunteer, phone);
        QVERIFY(!contactId.isEmpty());
        QVERIFY(waitCallState(volunteer, QStringLiteral("connected")));
        QTest::qWait(1500);

        phone.stop(); // the volunteer's line is gone
        QVERIFY(waitCallState(volunteer, QStringLiteral("ended")));
        const qint64 dropped = SipPeer::testClockMs();
        QTest::qWait(4500);
        // Still the volunteer's contact (grace period), and the caller is still on the line.
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("contact.ended")));
        QVERIFY(!caller.callClosed());
        QVERIFY(caller.hangup());
        QVERIFY(caller.waitClosed());
        caller.stop();
        const auto recording = caller.recording();
        QVERIFY(recording);
        const double offset = (dropped - caller.establishedAtMs()) / 1000.0;
        const ToneDetector detector(8000);
        QVERIFY2(detector.levelDb(recording->slice(offset + 0.5, offset + 4.5), kHoldHz) > -50,
                 "the caller hears no hold sound once the volunteer's line dropped");
    }
};

QTEST_GUILESS_MAIN(TestPhoneBridgeFault)
#include "tst_phone_bridge_fault.moc"
