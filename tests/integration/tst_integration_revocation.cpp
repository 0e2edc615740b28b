// SPDX-License-Identifier: GPL-3.0-or-later
// Revocation through the real server, over TLS: pushes and incoming staff
// frames are authorised from memory, yet an account disabled or moved with the
// admin CLI (another process) loses its rights before the CLI returns.
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QFile>
#include <QTest>

using ecoute::protocol::Envelope;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
QString code(const std::optional<Envelope> &e)
{
    return e && e->type == QLatin1String("error") ? e->body.value(QLatin1String("code")).toString()
                                                  : QString();
}

bool startTlsServer(ServerProcess &server)
{
    ServerProcess::Options options;
    options.tls = true;
    options.extraArgs = {QStringLiteral("--wrapup-seconds"), QStringLiteral("0")};
    return server.start(options);
}

/// A help-seeker whose contact this volunteer accepted; returns the contact id.
QString activeContact(const ServerProcess &server, TestClient &seeker, TestClient &volunteer)
{
    if (!seeker.open(server.seekerUrl(), server.origin()) || !seeker.hello())
        return {};
    const QString id = str(
        seeker.request(QStringLiteral("seeker.start"), {{QStringLiteral("language"), QStringLiteral("fr")}}),
        "contactId");
    const auto open =
        volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), id}});
    return open && open->type == QLatin1String("conversation.open") ? id : QString();
}

/// The help-seeker writes; true once the ack came.
bool seekerSays(TestClient &seeker, const QString &clientMsgId, const QString &text)
{
    const auto ack =
        seeker.request(QStringLiteral("chat.send"),
                       {{QStringLiteral("clientMsgId"), clientMsgId}, {QStringLiteral("text"), text}});
    return ack && ack->type == QLatin1String("chat.ack");
}

/// Runs "ecoute-server user ..." and checks the running server confirmed it.
bool adminChanges(ServerProcess &server, const QStringList &args)
{
    const auto result = server.runCli(QStringList {QStringLiteral("user")} + args);
    if (result.exitCode != 0 || !result.err.isEmpty()) {
        qWarning() << "CLI failed:" << result.exitCode << result.err;
        return false;
    }
    return true;
}
} // namespace

class TestIntegrationRevocation : public QObject
{
    Q_OBJECT

private slots:
    void disabledVolunteersNextPushIsRefused()
    {
        ServerProcess server;
        QVERIFY(startTlsServer(server));
        TestClient volunteer, seeker;
        QVERIFY(logInStaff(volunteer, server, QStringLiteral("volunteer"), true));
        const QString contactId = activeContact(server, seeker, volunteer);
        QVERIFY(!contactId.isEmpty());
        // Mid-conversation: the volunteer's authorization is in the server's cache.
        QVERIFY(seekerSays(seeker, QStringLiteral("s1"), QStringLiteral("bonjour")));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("chat.message")), "text"), QStringLiteral("bonjour"));

        QVERIFY(adminChanges(server, {QStringLiteral("disable"), QStringLiteral("volunteer")}));
        volunteer.clearBuffer();
        QVERIFY(seekerSays(seeker, QStringLiteral("s2"), QStringLiteral("only for my volunteer")));
        QVERIFY(volunteer.waitForDisconnected());
        QCOMPARE(volunteer.closeCode(), 1008);
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("chat.message")));
    }

    void disabledVolunteersNextFrameIsRefused()
    {
        ServerProcess server;
        QVERIFY(startTlsServer(server));
        TestClient volunteer, seeker;
        QVERIFY(logInStaff(volunteer, server, QStringLiteral("volunteer"), true));
        const QString contactId = activeContact(server, seeker, volunteer);
        QVERIFY(!contactId.isEmpty());
        const auto first = volunteer.request(QStringLiteral("chat.send"),
                                             {{QStringLiteral("contactId"), contactId},
                                              {QStringLiteral("clientMsgId"), QStringLiteral("v1")},
                                              {QStringLiteral("text"), QStringLiteral("je vous écoute")}});
        QCOMPARE(first->type, QStringLiteral("chat.ack"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("je vous écoute"));

        QVERIFY(adminChanges(server, {QStringLiteral("disable"), QStringLiteral("volunteer")}));
        seeker.clearBuffer();
        const auto refused = volunteer.request(QStringLiteral("chat.send"),
                                               {{QStringLiteral("contactId"), contactId},
                                                {QStringLiteral("clientMsgId"), QStringLiteral("v2")},
                                                {QStringLiteral("text"), QStringLiteral("after")}});
        QCOMPARE(code(refused), QStringLiteral("account_disabled"));
        // Nothing was stored: the help-seeker's next message comes right after the first one.
        const auto ack = seeker.request(QStringLiteral("chat.send"),
                                        {{QStringLiteral("clientMsgId"), QStringLiteral("s1")},
                                         {QStringLiteral("text"), QStringLiteral("allô ?")}});
        QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        QCOMPARE(ack->body.value(QLatin1String("seq")).toInteger(), 2);
        for (const Envelope &e : seeker.buffered())
            QVERIFY(e.body.value(QLatin1String("text")).toString() != QLatin1String("after"));
        // The connection is logged out: the next frame needs a login again.
        QCOMPARE(code(volunteer.request(QStringLiteral("presence.set"),
                                        {{QStringLiteral("state"), QStringLiteral("pause")}})),
                 QStringLiteral("not_authenticated"));
    }

    void supervisorMovedToAnotherCentreStopsListening()
    {
        ServerProcess server;
        QVERIFY(startTlsServer(server));
        TestClient volunteer, supervisor, seeker;
        QVERIFY(logInStaff(volunteer, server, QStringLiteral("volunteer"), true));
        const QString contactId = activeContact(server, seeker, volunteer);
        QVERIFY(!contactId.isEmpty());
        // Urgent: the default policy lets a supervisor of the centre join unasked.
        QVERIFY(
            volunteer.request(QStringLiteral("contact.flag"),
                              {{QStringLiteral("contactId"), contactId}, {QStringLiteral("urgent"), true}}));
        QVERIFY(logInStaff(supervisor, server, QStringLiteral("supervisor")));
        QCOMPARE(supervisor
                     .request(QStringLiteral("supervision.join"), {{QStringLiteral("contactId"), contactId}})
                     ->type,
                 QStringLiteral("conversation.open"));
        QVERIFY(seekerSays(seeker, QStringLiteral("s1"), QStringLiteral("vous êtes là ?")));
        QCOMPARE(str(supervisor.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("vous êtes là ?"));
        QVERIFY(volunteer.waitFor(QStringLiteral("chat.message")));

        QVERIFY(adminChanges(server,
                             {QStringLiteral("set"), QStringLiteral("supervisor"), QStringLiteral("--centre"),
                              QStringLiteral("elsewhere")}));
        supervisor.clearBuffer();
        QVERIFY(seekerSays(seeker, QStringLiteral("s2"), QStringLiteral("not for another centre")));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("not for another centre"));
        // The supervisor is told they left, and never gets the message.
        std::optional<Envelope> left;
        do {
            left = supervisor.waitFor(QStringLiteral("supervision.presence"));
        } while (left && str(left, "mode") != QLatin1String("left"));
        QVERIFY(left);
        QCOMPARE(str(left, "contactId"), contactId);
        QVERIFY(!supervisor.hasBuffered(QStringLiteral("chat.message")));
    }

    void cliWithoutServerStillWorks()
    {
        // No server on the data directory: the CLI changes the database and says nothing more.
        ServerProcess server;
        QVERIFY(startTlsServer(server));
        server.stop();
        QVERIFY(!QFile::exists(server.dataDir() + QStringLiteral("/control.sock")));
        QVERIFY(adminChanges(server, {QStringLiteral("disable"), QStringLiteral("volunteer")}));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationRevocation)
#include "tst_integration_revocation.moc"
