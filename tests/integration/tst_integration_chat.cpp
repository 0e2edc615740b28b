// SPDX-License-Identifier: GPL-3.0-or-later
// A volunteer and a help-seeker talk through the real server.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
qint64 seqOf(const std::optional<ecoute::protocol::Envelope> &e)
{
    return e ? e->body.value(QLatin1String("seq")).toInteger(-1) : -1;
}
} // namespace

class TestIntegrationChat : public QObject
{
    Q_OBJECT

private:
    /// Logs in and goes available; leaves nothing of the login burst buffered.
    static bool loginAvailable(TestClient &client, ServerProcess &server, const QString &user)
    {
        if (!client.open(server.staffUrl()) || !client.login(user, server.demoPassword(user)))
            return false;
        const auto presence = client.waitFor(QStringLiteral("presence.state"));
        if (!client.waitFor(QStringLiteral("inbox.snapshot"))
            || !client.waitFor(QStringLiteral("conversations.snapshot")))
            return false;
        if (str(presence, "state") != QLatin1String("off"))
            return false;
        const auto reply = client.request(QStringLiteral("presence.set"),
                                          {{QStringLiteral("state"), QStringLiteral("available")}});
        return reply && reply->type == QLatin1String("presence.state")
            && str(reply, "state") == QLatin1String("available")
            && client.waitFor(QStringLiteral("inbox.snapshot"));
    }

    static std::optional<ecoute::protocol::Envelope> startSeeker(TestClient &seeker, ServerProcess &server,
                                                                 const QString &resume = {})
    {
        if (!seeker.open(server.seekerUrl(), server.origin()) || !seeker.hello())
            return std::nullopt;
        QJsonObject body {{QStringLiteral("language"), QStringLiteral("fr")}};
        if (!resume.isEmpty())
            body.insert(QStringLiteral("resume"), resume);
        return seeker.request(QStringLiteral("seeker.start"), body);
    }

private slots:
    void conversationBothWays()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QVERIFY(!server.demoPassword(QStringLiteral("volunteer")).isEmpty());

        TestClient volunteer;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));

        TestClient seeker;
        const auto session = startSeeker(seeker, server);
        QVERIFY(session);
        QCOMPARE(session->type, QStringLiteral("seeker.session"));
        const QString contactId = str(session, "contactId");
        const QString seekerToken = str(session, "token");
        QCOMPARE(str(session, "state"), QStringLiteral("waiting"));
        QCOMPARE(seekerToken.size(), 64);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z][a-z]+ [0-9]{2}$"))
                    .match(str(session, "pseudonym"))
                    .hasMatch());

        // The waiting contact shows up in the available volunteer's inbox.
        const auto update = volunteer.waitFor(QStringLiteral("contact.update"));
        QVERIFY(update);
        const QJsonObject contact = update->body.value(QLatin1String("contact")).toObject();
        QCOMPARE(contact.value(QLatin1String("id")).toString(), contactId);
        QCOMPARE(contact.value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(contact.value(QLatin1String("pseudonym")).toString(), str(session, "pseudonym"));

        // The seeker may write while waiting; the volunteer sees it in the transcript.
        const auto ack1 = seeker.request(QStringLiteral("chat.send"),
                                         {{QStringLiteral("clientMsgId"), QStringLiteral("m1")},
                                          {QStringLiteral("text"), QStringLiteral("Bonjour")}});
        QVERIFY(ack1);
        QCOMPARE(ack1->type, QStringLiteral("chat.ack"));
        QCOMPARE(seqOf(ack1), 1);
        const auto echo1 = seeker.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(seqOf(echo1), 1);
        QCOMPARE(str(echo1, "from"), QStringLiteral("seeker"));

        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        QVERIFY(open);
        QCOMPARE(open->type, QStringLiteral("conversation.open"));
        const QJsonArray transcript = open->body.value(QLatin1String("messages")).toArray();
        QCOMPARE(transcript.size(), 1);
        QCOMPARE(transcript.at(0).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Bonjour"));
        QCOMPARE(
            open->body.value(QLatin1String("contact")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("active"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.state")), "state"), QStringLiteral("active"));

        // Volunteer -> seeker.
        const auto ack2 = volunteer.request(QStringLiteral("chat.send"),
                                            {{QStringLiteral("contactId"), contactId},
                                             {QStringLiteral("clientMsgId"), QStringLiteral("v1")},
                                             {QStringLiteral("text"), QStringLiteral("Je vous écoute.")}});
        QVERIFY(ack2);
        QCOMPARE(ack2->type, QStringLiteral("chat.ack"));
        QCOMPARE(seqOf(ack2), 2);
        QCOMPARE(str(ack2, "contactId"), contactId);
        const auto atVolunteer = volunteer.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(seqOf(atVolunteer), 2);
        QCOMPARE(str(atVolunteer, "contactId"), contactId);
        const auto atSeeker = seeker.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(seqOf(atSeeker), 2);
        QCOMPARE(str(atSeeker, "from"), QStringLiteral("volunteer"));
        QCOMPARE(str(atSeeker, "text"), QStringLiteral("Je vous écoute."));

        // Seeker -> volunteer.
        const auto ack3 = seeker.request(QStringLiteral("chat.send"),
                                         {{QStringLiteral("clientMsgId"), QStringLiteral("m2")},
                                          {QStringLiteral("text"), QStringLiteral("Merci")}});
        QCOMPARE(seqOf(ack3), 3);
        const auto incoming = volunteer.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(seqOf(incoming), 3);
        QCOMPARE(str(incoming, "from"), QStringLiteral("seeker"));
        QCOMPARE(str(incoming, "text"), QStringLiteral("Merci"));
        QVERIFY(seeker.waitFor(QStringLiteral("chat.message")));

        // A resent message (same clientMsgId) is acknowledged with its original seq, not stored twice.
        const auto dup = seeker.request(QStringLiteral("chat.send"),
                                        {{QStringLiteral("clientMsgId"), QStringLiteral("m2")},
                                         {QStringLiteral("text"), QStringLiteral("Merci")}});
        QCOMPARE(dup->type, QStringLiteral("chat.ack"));
        QCOMPARE(seqOf(dup), 3);

        // chat.sync replays in order, exactly what was stored.
        const QString syncId =
            volunteer.send(QStringLiteral("chat.sync"),
                           {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 1}});
        QCOMPARE(seqOf(volunteer.waitForReply(syncId)), 2);
        QCOMPARE(seqOf(volunteer.waitForReply(syncId)), 3);
        QVERIFY(!volunteer.waitForReply(syncId, 500));

        // The seeker reloads its page and resumes the same contact.
        TestClient seekerAgain;
        const auto resumed = startSeeker(seekerAgain, server, seekerToken);
        QVERIFY(resumed);
        QCOMPARE(str(resumed, "contactId"), contactId);
        QCOMPARE(str(resumed, "state"), QStringLiteral("active"));
        const QString seekerSync =
            seekerAgain.send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        for (int seq = 1; seq <= 3; ++seq)
            QCOMPARE(seqOf(seekerAgain.waitForReply(seekerSync)), seq);

        // The volunteer ends the conversation: both sides hear it.
        const auto ended =
            volunteer.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), contactId}});
        QVERIFY(ended);
        QCOMPARE(ended->type, QStringLiteral("contact.ended"));
        QCOMPARE(str(ended, "by"), QStringLiteral("volunteer"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.ended")), "by"), QStringLiteral("volunteer"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.state")), "state"), QStringLiteral("ended"));
        const auto late = seeker.request(QStringLiteral("chat.send"),
                                         {{QStringLiteral("clientMsgId"), QStringLiteral("m3")},
                                          {QStringLiteral("text"), QStringLiteral("encore")}});
        QCOMPARE(str(late, "code"), QStringLiteral("invalid_state"));

        QCOMPARE(volunteer.invalidFrames(), 0);
        QCOMPARE(seeker.invalidFrames(), 0);
    }

    void authOkCarriesTheNotesPolicy()
    {
        ServerProcess server;
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--note-retention-days"), QStringLiteral("14"),
                             QStringLiteral("--pinned-note-retention-days"), QStringLiteral("60")};
        QVERIFY(server.start(options));
        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(volunteer.hello());
        const auto ok = volunteer.request(
            QStringLiteral("auth.login"),
            {{QStringLiteral("user"), QStringLiteral("volunteer")},
             {QStringLiteral("password"), server.demoPassword(QStringLiteral("volunteer"))}});
        QVERIFY(ok);
        QCOMPARE(ok->type, QStringLiteral("auth.ok"));
        const QJsonObject policy = ok->body.value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("noteRetentionDays")).toInt(), 14);
        QCOMPARE(policy.value(QStringLiteral("pinnedNoteRetentionDays")).toInt(), 60);
    }

    void onlyAnAvailableVolunteerAccepts()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient seeker;
        const QString contactId = str(startSeeker(seeker, server), "contactId");
        QVERIFY(!contactId.isEmpty());

        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(
            volunteer.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));
        const QJsonObject accept {{QStringLiteral("contactId"), contactId}};
        // Off shift (the state after login), then on pause: not now.
        QCOMPARE(str(volunteer.request(QStringLiteral("contact.accept"), accept), "code"),
                 QStringLiteral("forbidden"));
        QVERIFY(volunteer.request(QStringLiteral("presence.set"),
                                  {{QStringLiteral("state"), QStringLiteral("pause")}}));
        QCOMPARE(str(volunteer.request(QStringLiteral("contact.accept"), accept), "code"),
                 QStringLiteral("forbidden"));
        QVERIFY(volunteer.request(QStringLiteral("presence.set"),
                                  {{QStringLiteral("state"), QStringLiteral("available")}}));
        QCOMPARE(volunteer.request(QStringLiteral("contact.accept"), accept)->type,
                 QStringLiteral("conversation.open"));
    }

    void onlyTheAssignedVolunteerSeesAContact()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient volunteer;
        TestClient other;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));
        QVERIFY(loginAvailable(other, server, QStringLiteral("supervisor")));

        TestClient seeker;
        const QString contactId = str(startSeeker(seeker, server), "contactId");
        QVERIFY(!contactId.isEmpty());
        QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
        QVERIFY(other.waitFor(QStringLiteral("contact.update")));

        // Before anyone accepts, nobody can read it.
        QCOMPARE(
            str(other.request(QStringLiteral("chat.sync"),
                              {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 0}}),
                "code"),
            QStringLiteral("not_found"));

        QCOMPARE(
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}})
                ->type,
            QStringLiteral("conversation.open"));
        QCOMPARE(str(other.waitFor(QStringLiteral("contact.removed")), "contactId"), contactId);

        // First accept wins.
        QCOMPARE(
            str(other.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}}),
                "code"),
            QStringLiteral("invalid_state"));
        QCOMPARE(str(other.request(
                         QStringLiteral("contact.accept"),
                         {{QStringLiteral("contactId"), QStringLiteral("0123456789abcdef0123456789abcdef")}}),
                     "code"),
                 QStringLiteral("not_found"));

        QVERIFY(seeker.request(QStringLiteral("chat.send"),
                               {{QStringLiteral("clientMsgId"), QStringLiteral("s1")},
                                {QStringLiteral("text"), QStringLiteral("secret")}}));

        const auto sync =
            other.request(QStringLiteral("chat.sync"),
                          {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 0}});
        QCOMPARE(sync->type, QStringLiteral("error"));
        QCOMPARE(str(sync, "code"), QStringLiteral("not_found"));
        QCOMPARE(str(other.request(QStringLiteral("chat.send"),
                                   {{QStringLiteral("contactId"), contactId},
                                    {QStringLiteral("clientMsgId"), QStringLiteral("x")},
                                    {QStringLiteral("text"), QStringLiteral("hi")}}),
                     "code"),
                 QStringLiteral("not_found"));
        QCOMPARE(str(other.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), contactId}}),
                     "code"),
                 QStringLiteral("not_found"));
        QVERIFY(!other.hasBuffered(QStringLiteral("chat.message")));

        // A trainer does not take contacts.
        TestClient trainer;
        QVERIFY(trainer.open(server.staffUrl()));
        QVERIFY(trainer.login(QStringLiteral("trainer"), server.demoPassword(QStringLiteral("trainer"))));
        QCOMPARE(
            str(trainer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}}),
                "code"),
            QStringLiteral("forbidden"));
        // Not logged in at all.
        TestClient anonymous;
        QVERIFY(anonymous.open(server.staffUrl()));
        QVERIFY(anonymous.hello());
        QCOMPARE(str(anonymous.request(
                         QStringLiteral("chat.sync"),
                         {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 0}}),
                     "code"),
                 QStringLiteral("not_authenticated"));
    }

    void resumeAfterReconnect()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QString token;
        QString contactId;
        TestClient seeker;
        {
            TestClient volunteer;
            QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));
            token = volunteer.token();
            QCOMPARE(token.size(), 64);
            contactId = str(startSeeker(seeker, server), "contactId");
            QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
            QCOMPARE(
                volunteer
                    .request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}})
                    ->type,
                QStringLiteral("conversation.open"));
            volunteer.socket()->abort(); // the network drops
        }

        // Messages written while the volunteer is away are kept.
        QCOMPARE(seqOf(seeker.request(QStringLiteral("chat.send"),
                                      {{QStringLiteral("clientMsgId"), QStringLiteral("a")},
                                       {QStringLiteral("text"), QStringLiteral("allô ?")}})),
                 1);

        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(volunteer.resume(token));
        QCOMPARE(volunteer.token(), token);
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("presence.state")), "state"),
                 QStringLiteral("available"));
        QVERIFY(volunteer.waitFor(QStringLiteral("inbox.snapshot")));
        const auto conversations = volunteer.waitFor(QStringLiteral("conversations.snapshot"));
        QVERIFY(conversations);
        const QJsonArray contacts = conversations->body.value(QLatin1String("contacts")).toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(QLatin1String("id")).toString(), contactId);
        const QString syncId =
            volunteer.send(QStringLiteral("chat.sync"),
                           {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 0}});
        QCOMPARE(str(volunteer.waitForReply(syncId), "text"), QStringLiteral("allô ?"));

        // Logout revokes the token.
        volunteer.send(QStringLiteral("auth.logout"));
        QVERIFY(volunteer.waitForDisconnected());
        TestClient again;
        QVERIFY(again.open(server.staffUrl()));
        QVERIFY(!again.resume(token));
        QVERIFY(again.lastError());
        QCOMPARE(again.lastError()->body.value(QLatin1String("code")).toString(),
                 QStringLiteral("session_expired"));
    }

    void messagesSurviveARestart()
    {
        ServerProcess server;
        QVERIFY(server.start());
        QString contactId;
        QString token;
        QString seekerToken;
        {
            TestClient volunteer;
            QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));
            token = volunteer.token();
            TestClient seeker;
            const auto session = startSeeker(seeker, server);
            contactId = str(session, "contactId");
            seekerToken = str(session, "token");
            QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
            QVERIFY(volunteer.request(QStringLiteral("contact.accept"),
                                      {{QStringLiteral("contactId"), contactId}}));
            const auto ack =
                seeker.request(QStringLiteral("chat.send"),
                               {{QStringLiteral("clientMsgId"), QStringLiteral("before")},
                                {QStringLiteral("text"), QStringLiteral("avant le redémarrage")}});
            QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        }
        // A crash right after the ack: the message was already on disk.
        server.kill();
        QVERIFY(server.restart());

        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(volunteer.resume(token));
        const QString syncId =
            volunteer.send(QStringLiteral("chat.sync"),
                           {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 0}});
        const auto replay = volunteer.waitForReply(syncId);
        QCOMPARE(seqOf(replay), 1);
        QCOMPARE(str(replay, "text"), QStringLiteral("avant le redémarrage"));

        TestClient seeker;
        const auto resumed = startSeeker(seeker, server, seekerToken);
        QCOMPARE(str(resumed, "contactId"), contactId);
        QCOMPARE(seqOf(seeker.request(QStringLiteral("chat.send"),
                                      {{QStringLiteral("clientMsgId"), QStringLiteral("after")},
                                       {QStringLiteral("text"), QStringLiteral("après")}})),
                 2);
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("chat.message")), "text"), QStringLiteral("après"));
    }

    void longTranscriptArrivesWhole()
    {
        // More text than fits in one frame: conversation.open carries what fits,
        // the rest follows as chat.message; every seq arrives once, in order.
        ServerProcess server;
        QVERIFY(server.start());
        TestClient volunteer;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));
        TestClient seeker;
        const QString contactId = str(startSeeker(seeker, server), "contactId");
        QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
        constexpr int kMessages = 12;
        for (int i = 1; i <= kMessages; ++i) {
            const QString text = QString(7000, QLatin1Char('a' + i % 26));
            QCOMPARE(seqOf(seeker.request(QStringLiteral("chat.send"),
                                          {{QStringLiteral("clientMsgId"), QStringLiteral("long-%1").arg(i)},
                                           {QStringLiteral("text"), text}})),
                     i);
        }
        const QString acceptId =
            volunteer.send(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        const auto open = volunteer.waitFor(QStringLiteral("conversation.open"));
        QVERIFY(open);
        QCOMPARE(open->re, acceptId);
        const QJsonArray first = open->body.value(QLatin1String("messages")).toArray();
        QVERIFY(!first.isEmpty());
        qint64 expected = 1;
        for (const QJsonValue &m : first)
            QCOMPARE(m.toObject().value(QLatin1String("seq")).toInteger(), expected++);
        while (expected <= kMessages) {
            const auto more = volunteer.waitFor(QStringLiteral("chat.message"));
            QVERIFY(more);
            QCOMPARE(str(more, "contactId"), contactId);
            QCOMPARE(seqOf(more), expected++);
        }
        QCOMPARE(volunteer.invalidFrames(), 0);
    }

    void resumingAnEndedContactIsRefused()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient volunteer;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));

        TestClient seeker;
        const auto session = startSeeker(seeker, server);
        const QString contactId = str(session, "contactId");
        const QString seekerToken = str(session, "token");
        QVERIFY(!contactId.isEmpty());
        QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
        QCOMPARE(seeker.request(QStringLiteral("seeker.leave"))->type, QStringLiteral("contact.ended"));
        QVERIFY(volunteer.waitFor(QStringLiteral("contact.removed")));

        // The page comes back with the token of the ended conversation.
        TestClient again;
        QVERIFY(again.open(server.seekerUrl(), server.origin()));
        QVERIFY(again.hello());
        const QString startId = again.send(
            QStringLiteral("seeker.start"),
            {{QStringLiteral("language"), QStringLiteral("fr")}, {QStringLiteral("resume"), seekerToken}});
        const auto refused = again.waitForReply(startId);
        QVERIFY(refused);
        QCOMPARE(refused->type, QStringLiteral("error"));
        QCOMPARE(str(refused, "code"), QStringLiteral("session_expired"));
        QCOMPARE(refused->re, startId);

        // A token the server never issued gets the same answer.
        const auto unknown =
            again.request(QStringLiteral("seeker.start"),
                          {{QStringLiteral("language"), QStringLiteral("fr")},
                           {QStringLiteral("resume"), QStringLiteral("0123456789abcdef").repeated(4)}});
        QCOMPARE(str(unknown, "code"), QStringLiteral("session_expired"));
        QVERIFY(!again.hasBuffered(QStringLiteral("seeker.session")));

        // Nothing was created: the volunteer's inbox is still empty.
        QVERIFY(volunteer.request(QStringLiteral("presence.set"),
                                  {{QStringLiteral("state"), QStringLiteral("available")}}));
        const auto inbox = volunteer.waitFor(QStringLiteral("inbox.snapshot"));
        QVERIFY(inbox);
        QCOMPARE(inbox->body.value(QLatin1String("contacts")).toArray().size(), 0);
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("contact.update")));

        // The page then offers a new conversation: a plain seeker.start works.
        const auto fresh = again.request(QStringLiteral("seeker.start"),
                                         {{QStringLiteral("language"), QStringLiteral("fr")}});
        QVERIFY(fresh);
        QCOMPARE(fresh->type, QStringLiteral("seeker.session"));
        QVERIFY(str(fresh, "contactId") != contactId);
        QVERIFY(str(fresh, "token") != seekerToken);
        QCOMPARE(str(fresh, "state"), QStringLiteral("waiting"));
        const auto update = volunteer.waitFor(QStringLiteral("contact.update"));
        QVERIFY(update);
        QCOMPARE(
            update->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString(),
            str(fresh, "contactId"));
    }

    void seekerLeaves()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient volunteer;
        QVERIFY(loginAvailable(volunteer, server, QStringLiteral("volunteer")));
        TestClient seeker;
        const QString contactId = str(startSeeker(seeker, server), "contactId");
        QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
        const auto left = seeker.request(QStringLiteral("seeker.leave"));
        QCOMPARE(left->type, QStringLiteral("contact.ended"));
        QCOMPARE(str(left, "by"), QStringLiteral("seeker"));
        // It was still waiting: it leaves the inbox.
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.removed")), "contactId"), contactId);
        const auto snapshot = volunteer.request(QStringLiteral("presence.set"),
                                                {{QStringLiteral("state"), QStringLiteral("available")}});
        QVERIFY(snapshot);
        QCOMPARE(volunteer.waitFor(QStringLiteral("inbox.snapshot"))
                     ->body.value(QLatin1String("contacts"))
                     .toArray()
                     .size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationChat)
#include "tst_integration_chat.moc"
