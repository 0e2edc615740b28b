// SPDX-License-Identifier: GPL-3.0-or-later
// Connection limits of the real server: logins off the event loop, handshake
// and idle timeouts, the per-connection send queue cap.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;

namespace {
QString code(const std::optional<ecoute::protocol::Envelope> &e)
{
    return e && e->type == QLatin1String("error") ? e->body.value(QLatin1String("code")).toString()
                                                  : QString();
}

QJsonObject helloBody()
{
    return {{QStringLiteral("versions"), QJsonArray {1}},
            {QStringLiteral("client"), QStringLiteral("tests")}};
}

QJsonObject loginBody(const ServerProcess &server, const QString &user)
{
    return {{QStringLiteral("user"), user}, {QStringLiteral("password"), server.demoPassword(user)}};
}
} // namespace

class TestIntegrationLimits : public QObject
{
    Q_OBJECT

private slots:
    void loginsDoNotBlockOtherConnections()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient a;
        TestClient b;
        TestClient bystander;
        QVERIFY(a.open(server.staffUrl()) && a.hello());
        QVERIFY(b.open(server.staffUrl()) && b.hello());
        QVERIFY(bystander.open(server.seekerUrl(), server.origin()) && bystander.hello());

        // Two logins at once, and a ping from someone else meanwhile: all are answered.
        const QString loginA =
            a.send(QStringLiteral("auth.login"), loginBody(server, QStringLiteral("volunteer")));
        const QString loginB =
            b.send(QStringLiteral("auth.login"), loginBody(server, QStringLiteral("supervisor")));
        const QString ping = bystander.send(QStringLiteral("ping"));
        const auto pong = bystander.waitForReply(ping);
        const auto okA = a.waitForReply(loginA);
        const auto okB = b.waitForReply(loginB);
        QVERIFY(pong && okA && okB);
        QCOMPARE(pong->type, QStringLiteral("pong"));
        QCOMPARE(okA->type, QStringLiteral("auth.ok"));
        QCOMPARE(okB->type, QStringLiteral("auth.ok"));
        QCOMPARE(okA->body.value(QLatin1String("user")).toString(), QStringLiteral("volunteer"));
        QCOMPARE(okB->body.value(QLatin1String("user")).toString(), QStringLiteral("supervisor"));
        // The login burst follows as before.
        QVERIFY(a.waitFor(QStringLiteral("conversations.snapshot")));
        QVERIFY(b.waitFor(QStringLiteral("conversations.snapshot")));

        // Wrong and unknown still answer bad_credentials, and a second login
        // while one is being checked is refused.
        TestClient c;
        QVERIFY(c.open(server.staffUrl()) && c.hello());
        const QString wrong = c.send(QStringLiteral("auth.login"),
                                     {{QStringLiteral("user"), QStringLiteral("trainer")},
                                      {QStringLiteral("password"), QStringLiteral("not-the-password")}});
        const QString second =
            c.send(QStringLiteral("auth.login"), loginBody(server, QStringLiteral("trainer")));
        QCOMPARE(code(c.waitForReply(wrong)), QStringLiteral("bad_credentials"));
        QCOMPARE(code(c.waitForReply(second)), QStringLiteral("invalid_state"));
        QCOMPARE(code(c.request(QStringLiteral("auth.login"),
                                {{QStringLiteral("user"), QStringLiteral("nobody")},
                                 {QStringLiteral("password"), QStringLiteral("whatever")}})),
                 QStringLiteral("bad_credentials"));
        QVERIFY(c.login(QStringLiteral("trainer"), server.demoPassword(QStringLiteral("trainer"))));

        // A client that leaves while its password is checked does no harm.
        TestClient quitter;
        QVERIFY(quitter.open(server.staffUrl()) && quitter.hello());
        quitter.send(QStringLiteral("auth.login"), loginBody(server, QStringLiteral("volunteer")));
        quitter.socket()->abort();
        TestClient after;
        QVERIFY(after.open(server.staffUrl()));
        QVERIFY(after.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));
        QCOMPARE(after.request(QStringLiteral("ping"))->type, QStringLiteral("pong"));
    }

    void unfinishedHandshakeIsClosed()
    {
        ServerProcess server;
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--handshake-timeout-ms"), QStringLiteral("1000")};
        QVERIFY(server.start(options));

        TestClient silent; // not even hello
        QVERIFY(silent.open(server.staffUrl()));
        TestClient noLogin; // hello, then nothing
        QVERIFY(noLogin.open(server.staffUrl()) && noLogin.hello());
        TestClient pinger; // pings do not count as a handshake
        QVERIFY(pinger.open(server.staffUrl()) && pinger.hello());
        TestClient noStart; // seeker: hello but no seeker.start
        QVERIFY(noStart.open(server.seekerUrl(), server.origin()) && noStart.hello());

        // Sent at once, hello and auth.login beat the deadline even if
        // checking the password takes longer than it.
        TestClient staff;
        QVERIFY(staff.open(server.staffUrl()));
        staff.send(QStringLiteral("hello"), helloBody());
        const QString login =
            staff.send(QStringLiteral("auth.login"), loginBody(server, QStringLiteral("volunteer")));
        TestClient seeker;
        QVERIFY(seeker.open(server.seekerUrl(), server.origin()));
        seeker.send(QStringLiteral("hello"), helloBody());
        const QString start =
            seeker.send(QStringLiteral("seeker.start"), {{QStringLiteral("language"), QStringLiteral("fr")}});
        const auto ok = staff.waitForReply(login);
        QVERIFY(ok);
        QCOMPARE(ok->type, QStringLiteral("auth.ok"));
        const auto session = seeker.waitForReply(start);
        QVERIFY(session);
        QCOMPARE(session->type, QStringLiteral("seeker.session"));

        QElapsedTimer sincePing;
        sincePing.start();
        const bool closed = QTest::qWaitFor(
            [&] {
                if (pinger.isConnected() && sincePing.elapsed() > 100) {
                    pinger.send(QStringLiteral("ping"));
                    sincePing.restart();
                }
                return !silent.isConnected() && !noLogin.isConnected() && !pinger.isConnected()
                    && !noStart.isConnected();
            },
            30000);
        QVERIFY(closed);
        for (TestClient *client : {&silent, &noLogin, &pinger, &noStart}) {
            QCOMPARE(client->closeCode(), 1008);
            QCOMPARE(client->socket()->closeReason(), QStringLiteral("handshake timeout"));
        }
        // Those that finished their handshake in time stay.
        QCOMPARE(staff.request(QStringLiteral("ping"))->type, QStringLiteral("pong"));
        QCOMPARE(seeker.request(QStringLiteral("ping"))->type, QStringLiteral("pong"));
        QVERIFY(staff.isConnected() && seeker.isConnected());
    }

    void idleConnectionIsClosed()
    {
        ServerProcess server;
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--idle-timeout-ms"), QStringLiteral("2500")};
        QVERIFY(server.start(options));

        TestClient idle;
        QVERIFY(idle.open(server.staffUrl()));
        QVERIFY(idle.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));
        TestClient lively;
        QVERIFY(lively.open(server.seekerUrl(), server.origin()) && lively.hello());
        QCOMPARE(
            lively
                .request(QStringLiteral("seeker.start"), {{QStringLiteral("language"), QStringLiteral("fr")}})
                ->type,
            QStringLiteral("seeker.session"));

        // Keep one side talking (a ping now and then) until the silent one is closed.
        QElapsedTimer sincePing;
        sincePing.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (sincePing.elapsed() > 200) {
                    lively.send(QStringLiteral("ping"));
                    sincePing.restart();
                }
                return !idle.isConnected();
            },
            60000));
        QCOMPARE(idle.closeCode(), 1001);
        QCOMPARE(idle.socket()->closeReason(), QStringLiteral("idle timeout"));
        QVERIFY(lively.isConnected());
        QCOMPARE(lively.request(QStringLiteral("ping"))->type, QStringLiteral("pong"));
    }

    void fullSendQueueClosesTheConnection()
    {
        // A tiny cap, so that one chat.sync of a long transcript exceeds it
        // before the event loop can hand the frames to the kernel.
        ServerProcess server;
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--max-send-queue-bytes"), QStringLiteral("20000")};
        QVERIFY(server.start(options));

        TestClient seeker;
        QVERIFY(seeker.open(server.seekerUrl(), server.origin()) && seeker.hello());
        const auto session = seeker.request(QStringLiteral("seeker.start"),
                                            {{QStringLiteral("language"), QStringLiteral("fr")}});
        QVERIFY(session);
        QCOMPARE(session->type, QStringLiteral("seeker.session"));
        const QString token = session->body.value(QLatin1String("token")).toString();
        constexpr int kMessages = 8;
        for (int i = 1; i <= kMessages; ++i) {
            const auto ack = seeker.request(QStringLiteral("chat.send"),
                                            {{QStringLiteral("clientMsgId"), QStringLiteral("m%1").arg(i)},
                                             {QStringLiteral("text"), QString(8000, QLatin1Char('x'))}});
            QVERIFY(ack);
            QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        }
        seeker.clearBuffer();
        const QString sync = seeker.send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        QVERIFY(seeker.waitForDisconnected(30000));
        QCOMPARE(seeker.closeCode(), 1008);
        QCOMPARE(seeker.socket()->closeReason(), QStringLiteral("send queue full"));
        int replayed = 0;
        for (const auto &e : seeker.buffered())
            replayed += e.re == sync ? 1 : 0;
        QVERIFY(replayed < kMessages);

        QCOMPARE(seeker.invalidFrames(), 0);

        // Nothing is lost: the page resumes and catches up (here in small steps,
        // as the cap of this test is tiny).
        TestClient again;
        QVERIFY(again.open(server.seekerUrl(), server.origin()) && again.hello());
        const auto resumed = again.request(
            QStringLiteral("seeker.start"),
            {{QStringLiteral("language"), QStringLiteral("fr")}, {QStringLiteral("resume"), token}});
        QVERIFY(resumed);
        QCOMPARE(resumed->type, QStringLiteral("seeker.session"));
        const QString last =
            again.send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), kMessages - 1}});
        const auto message = again.waitForReply(last);
        QVERIFY(message);
        QCOMPARE(message->body.value(QLatin1String("seq")).toInteger(), kMessages);
        QVERIFY(again.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationLimits)
#include "tst_integration_limits.moc"
