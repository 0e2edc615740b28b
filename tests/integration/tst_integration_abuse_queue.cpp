// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker queue under abuse, over TLS with the real server: a flood of
// seeker.start from one source is refused past its limits while people from
// elsewhere get in at a sane position; "in danger now" cannot push them down;
// closed pages leave the queue after the grace period (and keep their place if
// they come back in time); a chat message flood and a chat.sync flood are held
// back, what was accepted is stored once, and an honest chat stays quick.
//
// Every socket of a test comes from 127.0.0.1; SourceRelay makes "another
// source" by relaying TCP from 127.0.0.2, 127.0.0.3 (TLS passes through it).
// The server counts loopback peers here (--seeker-limits-loopback).
#include "ServerProcess.h"
#include "SourceRelay.h"
#include "TestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>
#include <vector>

using ecoute::protocol::Envelope;
using ecoute::testing::ServerProcess;
using ecoute::testing::SourceRelay;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
const QString kLimitLoopback = QStringLiteral("--seeker-limits-loopback");
constexpr int kGraceMs = 3000; // short for tests, long enough for a page to come back under load

/// The seeker endpoint as reached through relay.
QUrl seekerUrl(const SourceRelay &relay)
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1/ws/seeker").arg(relay.port()));
}

/// The page's own origin as the browser would send it through relay.
QString origin(const SourceRelay &relay)
{
    return QStringLiteral("https://127.0.0.1:%1").arg(relay.port());
}

std::optional<Envelope> startSeeker(TestClient &seeker, const QUrl &url, const QString &origin,
                                    bool urgent = false, const QString &resume = {})
{
    if (!seeker.open(url, origin) || !seeker.hello())
        return std::nullopt;
    QJsonObject body {{QStringLiteral("language"), QStringLiteral("fr")}};
    if (resume.isEmpty())
        body.insert(QStringLiteral("urgent"), urgent);
    else
        body.insert(QStringLiteral("resume"), resume);
    return seeker.request(QStringLiteral("seeker.start"), body);
}

std::optional<Envelope> startSeeker(TestClient &seeker, const ServerProcess &server, bool urgent = false,
                                    const QString &resume = {})
{
    return startSeeker(seeker, server.seekerUrl(), server.origin(), urgent, resume);
}

int positionIn(const std::optional<Envelope> &e)
{
    return e ? e->body.value(QLatin1String("position")).toInt() : -1;
}

/// Takes queue.position frames until one says `expected` (true), or times out.
bool reachesPosition(TestClient &seeker, int expected, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const auto position =
            seeker.waitFor(QStringLiteral("queue.position"), int(timeoutMs - clock.elapsed()));
        if (positionIn(position) == expected)
            return true;
    }
    return false;
}

bool loginAvailable(TestClient &client, const ServerProcess &server, const QString &user)
{
    if (!client.open(server.staffUrl()) || !client.login(user, server.demoPassword(user))
        || !client.waitFor(QStringLiteral("conversations.snapshot")))
        return false;
    return str(client.request(QStringLiteral("presence.set"),
                              {{QStringLiteral("state"), QStringLiteral("available")}}),
               "state")
        == QLatin1String("available");
}

QString chatSend(TestClient &client, const QString &clientMsgId, const QString &text)
{
    return client.send(QStringLiteral("chat.send"),
                       {{QStringLiteral("clientMsgId"), clientMsgId}, {QStringLiteral("text"), text}});
}

QStringList contactIdsIn(const std::optional<Envelope> &snapshot)
{
    QStringList ids;
    if (snapshot) {
        for (const QJsonValue &c : snapshot->body.value(QLatin1String("contacts")).toArray())
            ids << c.toObject().value(QLatin1String("id")).toString();
    }
    return ids;
}
} // namespace

class TestIntegrationAbuseQueue : public QObject
{
    Q_OBJECT

private:
    static bool startServer(ServerProcess &server, QStringList args)
    {
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = std::move(args);
        return server.start(options);
    }

private slots:
    void startFloodIsRefusedWhilePeopleElsewhereGetIn()
    {
        ServerProcess server;
        QVERIFY(
            startServer(server,
                        {kLimitLoopback, QStringLiteral("--seeker-page-grace-ms"), QString::number(kGraceMs),
                         QStringLiteral("--queue-update-ms"), QStringLiteral("300")}));
        // One source opens chats as fast as it can, every one "in danger now".
        constexpr int kFlood = 40;
        std::vector<std::unique_ptr<TestClient>> flood;
        int started = 0;
        int refused = 0;
        for (int i = 0; i < kFlood; ++i) {
            auto seeker = std::make_unique<TestClient>();
            const auto answer = startSeeker(*seeker, server, true);
            QVERIFY(answer);
            if (answer->type == QLatin1String("seeker.session")) {
                ++started;
                flood.push_back(std::move(seeker));
                continue;
            }
            QCOMPARE(answer->type, QStringLiteral("error"));
            QCOMPARE(str(answer, "code"), QStringLiteral("rate_limited"));
            QVERIFY(answer->body.value(QLatin1String("retryAfterMs")).toInt() > 0);
            ++refused;
        }
        QCOMPARE(started, 20); // --seeker-max-waiting's default
        QCOMPARE(refused, kFlood - 20);

        // People elsewhere: one in danger, one not. Only two of the flood's go first.
        SourceRelay dangerSource(QHostAddress(QStringLiteral("127.0.0.3")), server.port());
        SourceRelay calmSource(QHostAddress(QStringLiteral("127.0.0.2")), server.port());
        QVERIFY(dangerSource.listen() && calmSource.listen());
        TestClient inDanger, calm;
        QCOMPARE(startSeeker(inDanger, seekerUrl(dangerSource), origin(dangerSource), true)->type,
                 QStringLiteral("seeker.session"));
        QCOMPARE(positionIn(inDanger.waitFor(QStringLiteral("queue.position"))), 3);
        QCOMPARE(startSeeker(calm, seekerUrl(calmSource), origin(calmSource), false)->type,
                 QStringLiteral("seeker.session"));
        // Behind the three urgent and the flood's 18 others (which came first), never behind 40.
        QCOMPARE(positionIn(calm.waitFor(QStringLiteral("queue.position"))), 22);

        // The flood's pages close: after the grace period they are gone from the queue.
        flood.clear();
        QVERIFY(reachesPosition(inDanger, 1, kGraceMs + 5000));
        QVERIFY(reachesPosition(calm, 2, 3000));

        // The source may start again, up to its 30 new contacts per 10 minutes, then waits.
        int again = 0;
        std::optional<Envelope> last;
        for (int i = 0; i < 12; ++i) {
            flood.push_back(std::make_unique<TestClient>());
            last = startSeeker(*flood.back(), server, false);
            QVERIFY(last);
            if (last->type != QLatin1String("seeker.session"))
                break;
            ++again;
        }
        QCOMPARE(again, 10);
        QCOMPARE(str(last, "code"), QStringLiteral("rate_limited"));
        QVERIFY(last->body.value(QLatin1String("retryAfterMs")).toInt() > 500'000); // about 10 minutes
        // Still nobody from elsewhere is refused.
        TestClient later;
        QCOMPARE(startSeeker(later, seekerUrl(calmSource), origin(calmSource))->type,
                 QStringLiteral("seeker.session"));
    }

    void closedPagesLeaveTheQueueUnlessTheyComeBack()
    {
        ServerProcess server;
        QVERIFY(startServer(server,
                            {QStringLiteral("--seeker-page-grace-ms"), QString::number(kGraceMs),
                             QStringLiteral("--queue-update-ms"), QStringLiteral("300")}));
        TestClient ghost1, ghost2, returning, keeper;
        const QString ghost1Token = str(startSeeker(ghost1, server), "token");
        QVERIFY(!ghost1Token.isEmpty());
        QVERIFY(startSeeker(ghost2, server));
        const auto returningSession = startSeeker(returning, server);
        const QString returningId = str(returningSession, "contactId");
        const QString returningToken = str(returningSession, "token");
        const QString keeperId = str(startSeeker(keeper, server), "contactId");
        QCOMPARE(positionIn(keeper.waitFor(QStringLiteral("queue.position"))), 4);

        // Three pages close; one comes back with its token well within the grace period.
        ghost1.close();
        ghost2.close();
        returning.close();
        QTest::qWait(300); // the server has seen the page go: its grace runs
        const auto resumed = startSeeker(returning, server, false, returningToken);
        QCOMPARE(str(resumed, "contactId"), returningId);

        // The ghosts leave; the one that came back kept its place ahead of the keeper.
        QVERIFY(reachesPosition(keeper, 2, kGraceMs + 5000));
        QVERIFY(reachesPosition(returning, 1, 3000));

        // Too late to come back: that conversation has ended.
        TestClient tooLate;
        const auto refused = startSeeker(tooLate, server, false, ghost1Token);
        QCOMPARE(str(refused, "code"), QStringLiteral("session_expired"));

        // A volunteer is never offered a ghost: the inbox holds the two with a page.
        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(
            volunteer.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));
        QVERIFY(volunteer.waitFor(QStringLiteral("conversations.snapshot")));
        volunteer.clearBuffer();
        volunteer.send(QStringLiteral("presence.set"),
                       {{QStringLiteral("state"), QStringLiteral("available")}});
        QStringList inbox = contactIdsIn(volunteer.waitFor(QStringLiteral("inbox.snapshot")));
        inbox.sort();
        QStringList expected {returningId, keeperId};
        expected.sort();
        QCOMPARE(inbox, expected);
    }

    void contactsWaitingAcrossARestartGetTheirGrace()
    {
        ServerProcess server;
        QVERIFY(startServer(server,
                            {QStringLiteral("--seeker-page-grace-ms"), QString::number(kGraceMs),
                             QStringLiteral("--queue-update-ms"), QStringLiteral("300")}));
        TestClient gone, back;
        QVERIFY(startSeeker(gone, server));
        const auto session = startSeeker(back, server);
        const QString backToken = str(session, "token");
        QCOMPARE(positionIn(back.waitFor(QStringLiteral("queue.position"))), 2);

        // The server stops hard; one page comes back at once, the other never does.
        server.kill();
        QVERIFY(server.restart());
        TestClient again;
        QCOMPARE(str(startSeeker(again, server, false, backToken), "contactId"), str(session, "contactId"));
        QVERIFY(reachesPosition(again, 1, kGraceMs + 8000));
    }

    void aRingingGhostIsWithdrawnAnAnsweredOneStays()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--seeker-page-grace-ms"), QString::number(kGraceMs)}));
        TestClient volunteer;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));

        // Offered, then its page goes: the offer is withdrawn once the grace is over.
        TestClient ghost;
        const QString ghostId = str(startSeeker(ghost, server), "contactId");
        const auto offer = volunteer.waitFor(QStringLiteral("offer"));
        QVERIFY(offer);
        QCOMPARE(offer->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString(),
                 ghostId);
        ghost.close();
        const auto withdrawn = volunteer.waitFor(QStringLiteral("offer.withdrawn"), kGraceMs + 5000);
        QVERIFY(withdrawn);
        QCOMPARE(str(withdrawn, "contactId"), ghostId);
        QCOMPARE(str(withdrawn, "reason"), QStringLiteral("ended"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.removed")), "contactId"), ghostId);
        const auto accept =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), ghostId}});
        QCOMPARE(accept->type, QStringLiteral("error"));

        // Answered, then its page goes: the volunteer keeps the conversation and decides.
        TestClient person;
        const auto session = startSeeker(person, server);
        const QString personId = str(session, "contactId");
        QVERIFY(volunteer.waitFor(QStringLiteral("offer")));
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), personId}});
        QCOMPARE(open->type, QStringLiteral("conversation.open"));
        person.close();
        QVERIFY(!volunteer.waitFor(QStringLiteral("contact.ended"), kGraceMs * 2));
        const auto ack =
            volunteer.request(QStringLiteral("chat.send"),
                              {{QStringLiteral("contactId"), personId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("still-here")},
                               {QStringLiteral("text"), QStringLiteral("Je suis toujours là.")}});
        QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        // The person comes back later and reads it.
        TestClient back;
        QCOMPARE(str(startSeeker(back, server, false, str(session, "token")), "state"),
                 QStringLiteral("active"));
    }

    void messageFloodIsHeldBackHonestChatStaysQuick()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {kLimitLoopback}));
        TestClient volunteer;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));

        // The flooder and an honest person from elsewhere, both answered by the volunteer.
        TestClient flooder;
        const auto floodSession = startSeeker(flooder, server);
        const QString floodId = str(floodSession, "contactId");
        QVERIFY(volunteer.waitFor(QStringLiteral("offer")));
        QCOMPARE(
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), floodId}})
                ->type,
            QStringLiteral("conversation.open"));
        SourceRelay elsewhere(QHostAddress(QStringLiteral("127.0.0.2")), server.port());
        QVERIFY(elsewhere.listen());
        TestClient honest;
        const QString honestId =
            str(startSeeker(honest, seekerUrl(elsewhere), origin(elsewhere)), "contactId");
        QVERIFY(volunteer.waitFor(QStringLiteral("offer")));
        QCOMPARE(
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), honestId}})
                ->type,
            QStringLiteral("conversation.open"));
        volunteer.clearBuffer();

        // A flood of 19 messages at once: the burst of 10 passes, the rest is refused
        // with a time to wait (fewer refusals than close a connection for errors).
        constexpr int kFlood = 19;
        QStringList ids;
        for (int i = 0; i < kFlood; ++i)
            ids << chatSend(flooder, QStringLiteral("flood-%1").arg(i), QStringLiteral("flood %1").arg(i));
        // Meanwhile the honest person writes, and each message reaches the volunteer quickly.
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer clock;
            clock.start();
            const QString text = QStringLiteral("honest %1").arg(i);
            chatSend(honest, QStringLiteral("honest-%1").arg(i), text);
            bool arrived = false;
            while (!arrived && clock.elapsed() < 5000) {
                const auto message = volunteer.waitFor(QStringLiteral("chat.message"), 5000);
                QVERIFY(message);
                arrived = str(message, "text") == text;
            }
            QVERIFY(arrived);
            QVERIFY2(clock.elapsed() < 1500, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        }
        QStringList accepted;
        int limited = 0;
        for (int i = 0; i < kFlood; ++i) {
            const auto reply = flooder.waitForReply(ids.at(i));
            QVERIFY(reply);
            if (reply->type == QLatin1String("chat.ack")) {
                accepted << QStringLiteral("flood %1").arg(i);
            } else {
                QCOMPARE(str(reply, "code"), QStringLiteral("rate_limited"));
                QVERIFY(reply->body.value(QLatin1String("retryAfterMs")).toInt() > 0);
                ++limited;
            }
        }
        QVERIFY2(accepted.size() >= 10 && accepted.size() <= 12,
                 qPrintable(QString::number(accepted.size())));
        QCOMPARE(accepted.size() + limited, kFlood);
        QVERIFY(flooder.isConnected());

        // What was accepted is stored once, and nothing else.
        const QString sync = flooder.send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        QStringList stored;
        for (int i = 0; i < accepted.size(); ++i) {
            const auto message = flooder.waitForReply(sync);
            QVERIFY(message);
            QCOMPARE(message->type, QStringLiteral("chat.message"));
            stored << str(message, "text");
        }
        QVERIFY(!flooder.waitForReply(sync, 500));
        QCOMPARE(stored, accepted);

        // The page waits as told and sends again: accepted then.
        const auto retry = flooder.request(QStringLiteral("chat.send"),
                                           {{QStringLiteral("clientMsgId"), QStringLiteral("later")},
                                            {QStringLiteral("text"), QStringLiteral("plus tard")}});
        if (retry->type == QLatin1String("error")) {
            QTest::qWait(retry->body.value(QLatin1String("retryAfterMs")).toInt());
            QCOMPARE(flooder
                         .request(QStringLiteral("chat.send"),
                                  {{QStringLiteral("clientMsgId"), QStringLiteral("later")},
                                   {QStringLiteral("text"), QStringLiteral("plus tard")}})
                         ->type,
                     QStringLiteral("chat.ack"));
        }
    }

    void syncFloodIsHeldBack()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {kLimitLoopback}));
        TestClient seeker;
        QVERIFY(startSeeker(seeker, server));
        QCOMPARE(seeker
                     .request(QStringLiteral("chat.send"),
                              {{QStringLiteral("clientMsgId"), QStringLiteral("a")},
                               {QStringLiteral("text"), QStringLiteral("bonjour")}})
                     ->type,
                 QStringLiteral("chat.ack"));
        // A page that asks for its transcript again and again: 5 at once, then it has to wait.
        QStringList ids;
        for (int i = 0; i < 15; ++i)
            ids << seeker.send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        int replayed = 0;
        int limited = 0;
        for (const QString &id : std::as_const(ids)) {
            const auto reply = seeker.waitForReply(id);
            QVERIFY(reply);
            if (reply->type == QLatin1String("chat.message"))
                ++replayed;
            else if (str(reply, "code") == QLatin1String("rate_limited"))
                ++limited;
        }
        QCOMPARE(replayed, 5);
        QCOMPARE(limited, 10);
        QVERIFY(seeker.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationAbuseQueue)
#include "tst_integration_abuse_queue.moc"
