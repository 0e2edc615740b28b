// SPDX-License-Identifier: GPL-3.0-or-later
// Routing through the real server: offers that time out and move on,
// declines, capacity, urgent first, transfer, grace period, nobody available,
// qualifications, wrap-up and requeue.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <vector>

using ecoute::protocol::Envelope;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
QString offeredId(const std::optional<Envelope> &offer)
{
    return offer
        ? offer->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString()
        : QString();
}

/// Nothing of this type arrives within ms (the event loop runs meanwhile).
bool nothingFor(TestClient &client, const QString &type, int ms)
{
    return !client.waitFor(type, ms);
}
} // namespace

class TestIntegrationRouting : public QObject
{
    Q_OBJECT

private:
    static bool startServer(ServerProcess &server, QStringList args)
    {
        ServerProcess::Options options;
        options.extraArgs = std::move(args);
        return server.start(options);
    }

    /// Logs in; the login burst is consumed. Goes available if asked.
    static bool login(TestClient &client, ServerProcess &server, const QString &user, bool available = true)
    {
        if (!client.open(server.staffUrl()) || !client.login(user, server.demoPassword(user)))
            return false;
        if (!client.waitFor(QStringLiteral("presence.state"))
            || !client.waitFor(QStringLiteral("inbox.snapshot"))
            || !client.waitFor(QStringLiteral("conversations.snapshot")))
            return false;
        if (!available)
            return true;
        const auto reply = client.request(QStringLiteral("presence.set"),
                                          {{QStringLiteral("state"), QStringLiteral("available")}});
        return reply && str(reply, "state") == QLatin1String("available")
            && client.waitFor(QStringLiteral("inbox.snapshot"));
    }

    static std::optional<Envelope> startSeeker(TestClient &seeker, ServerProcess &server,
                                               const QString &language = QStringLiteral("fr"),
                                               bool urgent = false)
    {
        if (!seeker.open(server.seekerUrl(), server.origin()) || !seeker.hello())
            return std::nullopt;
        return seeker.request(QStringLiteral("seeker.start"),
                              {{QStringLiteral("language"), language}, {QStringLiteral("urgent"), urgent}});
    }

    /// Accepts and waits for the conversation.
    static bool accept(TestClient &volunteer, const QString &contactId)
    {
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        return open && open->type == QLatin1String("conversation.open");
    }

private slots:
    void offerTimesOutMovesOnAndIsNeverLost()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--offer-timeout"), QStringLiteral("1500")}));
        TestClient first, second;
        QVERIFY(login(first, server, QStringLiteral("volunteer")));
        QTest::qWait(50); // first has been idle longer
        QVERIFY(login(second, server, QStringLiteral("volunteer2")));

        TestClient seeker;
        const auto session = startSeeker(seeker, server);
        QVERIFY(session);
        const QString contactId = str(session, "contactId");

        // Longest idle first; nobody else rings meanwhile.
        const auto offer1 = first.waitFor(QStringLiteral("offer"));
        QCOMPARE(offeredId(offer1), contactId);
        QCOMPARE(offer1->body.value(QLatin1String("timeoutMs")).toInt(), 1500);
        QVERIFY(!second.hasBuffered(QStringLiteral("offer")));

        // Not answered: withdrawn, and the next volunteer's workstation rings.
        const auto timedOut = first.waitFor(QStringLiteral("offer.withdrawn"));
        QCOMPARE(str(timedOut, "reason"), QStringLiteral("timeout"));
        QCOMPARE(offeredId(second.waitFor(QStringLiteral("offer"))), contactId);

        // Declined: back to the first once their pass has cooled down.
        const auto declined =
            second.request(QStringLiteral("offer.decline"), {{QStringLiteral("contactId"), contactId}});
        QVERIFY(declined);
        QCOMPARE(declined->type, QStringLiteral("offer.withdrawn"));
        QCOMPARE(str(declined, "reason"), QStringLiteral("declined"));
        QCOMPARE(offeredId(first.waitFor(QStringLiteral("offer"))), contactId);

        // Declining what is not ringing for you is refused.
        const auto notMine =
            second.request(QStringLiteral("offer.decline"), {{QStringLiteral("contactId"), contactId}});
        QCOMPARE(notMine->type, QStringLiteral("error"));
        QCOMPARE(str(notMine, "code"), QStringLiteral("not_found"));

        QVERIFY(accept(first, contactId));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.state")), "state"), QStringLiteral("active"));
    }

    void acceptingAnotherOneWithdrawsTheOffer()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {}));
        TestClient first, second;
        QVERIFY(login(first, server, QStringLiteral("volunteer")));
        QTest::qWait(50);
        QVERIFY(login(second, server, QStringLiteral("volunteer2")));
        TestClient seeker;
        const QString contactId = str(startSeeker(seeker, server), "contactId");
        QCOMPARE(offeredId(first.waitFor(QStringLiteral("offer"))), contactId);
        // Taken from the inbox by a colleague: the ringing stops with "taken".
        QVERIFY(accept(second, contactId));
        QCOMPARE(str(first.waitFor(QStringLiteral("offer.withdrawn")), "reason"), QStringLiteral("taken"));
    }

    void capacityBusyAndWrapup()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--wrapup-seconds"), QStringLiteral("2")}));
        const auto set =
            server.runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer"),
                           QStringLiteral("--capacity"), QStringLiteral("chat=1"),
                           QStringLiteral("--channels"), QStringLiteral("chat")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("capacity=chat=1"));

        TestClient volunteer;
        QVERIFY(login(volunteer, server, QStringLiteral("volunteer")));
        TestClient seekerA, seekerB;
        const QString a = str(startSeeker(seekerA, server), "contactId");
        QCOMPARE(offeredId(volunteer.waitFor(QStringLiteral("offer"))), a);
        QVERIFY(accept(volunteer, a));
        // At capacity: busy, and no further offer.
        std::optional<Envelope> presence;
        do {
            presence = volunteer.waitFor(QStringLiteral("presence.state"));
        } while (presence && str(presence, "state") != QLatin1String("busy"));
        QCOMPARE(str(presence, "chosen"), QStringLiteral("available"));

        const QString b = str(startSeeker(seekerB, server), "contactId");
        QVERIFY(nothingFor(volunteer, QStringLiteral("offer"), 1500));
        const auto refused =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), b}});
        QCOMPARE(str(refused, "code"), QStringLiteral("invalid_state"));

        // Ending the contact starts the wrap-up: still no offer until it is over.
        volunteer.clearBuffer();
        QVERIFY(volunteer.request(QStringLiteral("contact.end"),
                                  {{QStringLiteral("contactId"), a}, {QStringLiteral("hard"), true}}));
        presence = volunteer.waitFor(QStringLiteral("presence.state"));
        QCOMPARE(str(presence, "state"), QStringLiteral("wrapup"));
        QVERIFY(!str(presence, "wrapupUntil").isEmpty());
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("offer")));
        QCOMPARE(offeredId(volunteer.waitFor(QStringLiteral("offer"), 10000)), b);
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("presence.state")), "state"),
                 QStringLiteral("available"));
    }

    void wrapupCanBeEndedAndExtended()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--wrapup-seconds"), QStringLiteral("60")}));
        TestClient volunteer;
        QVERIFY(login(volunteer, server, QStringLiteral("volunteer")));
        QCOMPARE(str(volunteer.request(QStringLiteral("wrapup.end")), "code"),
                 QStringLiteral("invalid_state"));
        TestClient seeker;
        const QString id = str(startSeeker(seeker, server), "contactId");
        QVERIFY(accept(volunteer, id));
        QVERIFY(volunteer.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), id}}));
        volunteer.clearBuffer();
        const auto extended =
            volunteer.request(QStringLiteral("wrapup.extend"), {{QStringLiteral("seconds"), 120}});
        QCOMPARE(str(extended, "state"), QStringLiteral("wrapup"));
        const auto until = QDateTime::fromString(str(extended, "wrapupUntil"), Qt::ISODateWithMs);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(until) > 100);
        QCOMPARE(str(volunteer.request(QStringLiteral("wrapup.extend"), {{QStringLiteral("seconds"), 5000}}),
                     "code"),
                 QStringLiteral("wrong_type"));
        const auto ended = volunteer.request(QStringLiteral("wrapup.end"));
        QCOMPARE(str(ended, "state"), QStringLiteral("available"));
        // presence.set cannot fake the server's states.
        const auto fake = volunteer.request(QStringLiteral("presence.set"),
                                            {{QStringLiteral("state"), QStringLiteral("wrapup")}});
        QCOMPARE(str(fake, "code"), QStringLiteral("forbidden"));
    }

    void urgentContactsJumpTheQueue()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--queue-update-ms"), QStringLiteral("300")}));
        TestClient calm, urgent;
        const QString calmId = str(startSeeker(calm, server), "contactId");
        QCOMPARE(
            calm.waitFor(QStringLiteral("queue.position"))->body.value(QLatin1String("position")).toInt(), 1);
        const QString urgentId = str(startSeeker(urgent, server, QStringLiteral("fr"), true), "contactId");
        QCOMPARE(
            urgent.waitFor(QStringLiteral("queue.position"))->body.value(QLatin1String("position")).toInt(),
            1);
        // The calm one moves back to second place.
        std::optional<Envelope> position;
        do {
            position = calm.waitFor(QStringLiteral("queue.position"));
        } while (position && position->body.value(QLatin1String("position")).toInt() != 2);
        QVERIFY(position);

        TestClient volunteer;
        QVERIFY(login(volunteer, server, QStringLiteral("volunteer")));
        QCOMPARE(offeredId(volunteer.waitFor(QStringLiteral("offer"))), urgentId);
        QVERIFY(calmId != urgentId);
    }

    void nobodyAvailableShowsPositionAndEmergencyNumbers()
    {
        ServerProcess server;
        QVERIFY(startServer(server,
                            {QStringLiteral("--emergency-number"), QStringLiteral("143=La Main Tendue"),
                             QStringLiteral("--queue-update-ms"), QStringLiteral("300")}));
        TestClient first, second;
        const auto session = startSeeker(first, server);
        const QJsonArray emergency = session->body.value(QLatin1String("emergency")).toArray();
        QCOMPARE(emergency.size(), 2);
        QCOMPARE(emergency.at(0).toObject().value(QLatin1String("number")).toString(), QStringLiteral("112"));
        QCOMPARE(emergency.at(1).toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("La Main Tendue"));

        const auto p1 = first.waitFor(QStringLiteral("queue.position"));
        QCOMPARE(p1->body.value(QLatin1String("position")).toInt(), 1);
        QCOMPARE(p1->body.value(QLatin1String("staffOnShift")).toBool(true), false);
        QVERIFY(!p1->body.contains(QLatin1String("estimateSeconds"))); // no history: no guess
        QVERIFY(startSeeker(second, server));
        QCOMPARE(
            second.waitFor(QStringLiteral("queue.position"))->body.value(QLatin1String("position")).toInt(),
            2);

        // Someone comes on shift (on pause): the page learns that the queue is staffed.
        TestClient volunteer;
        QVERIFY(login(volunteer, server, QStringLiteral("volunteer"), false));
        QVERIFY(volunteer.request(QStringLiteral("presence.set"),
                                  {{QStringLiteral("state"), QStringLiteral("pause")}}));
        std::optional<Envelope> staffed;
        do {
            staffed = first.waitFor(QStringLiteral("queue.position"));
        } while (staffed && !staffed->body.value(QLatin1String("staffOnShift")).toBool());
        QVERIFY(staffed);
        // When the first is taken, the second moves up.
        volunteer.request(QStringLiteral("presence.set"),
                          {{QStringLiteral("state"), QStringLiteral("available")}});
        QVERIFY(accept(volunteer, str(session, "contactId")));
        std::optional<Envelope> moved;
        do {
            moved = second.waitFor(QStringLiteral("queue.position"));
        } while (moved && moved->body.value(QLatin1String("position")).toInt() != 1);
        QVERIFY(moved);
    }

    void transferCarriesAHandoverNoteTheSeekerNeverSees()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {}));
        TestClient from, to;
        QVERIFY(login(from, server, QStringLiteral("volunteer")));
        QVERIFY(login(to, server, QStringLiteral("volunteer2")));
        TestClient seeker;
        const QString id = str(startSeeker(seeker, server), "contactId");
        QVERIFY(accept(from, id));

        const auto team = from.request(QStringLiteral("team.get"));
        QCOMPARE(team->type, QStringLiteral("team.snapshot"));
        QStringList users;
        for (const auto &m : team->body.value(QLatin1String("members")).toArray())
            users << m.toObject().value(QLatin1String("user")).toString();
        QVERIFY(users.contains(QStringLiteral("volunteer2")));

        const QString note = QStringLiteral("Secret-handover-marker: she talks about her sister");
        QCOMPARE(str(from.request(QStringLiteral("contact.transfer"),
                                  {{QStringLiteral("contactId"), id},
                                   {QStringLiteral("toUser"), QStringLiteral("nobody")},
                                   {QStringLiteral("note"), note}}),
                     "code"),
                 QStringLiteral("not_found"));
        const auto released = from.request(QStringLiteral("contact.transfer"),
                                           {{QStringLiteral("contactId"), id},
                                            {QStringLiteral("toUser"), QStringLiteral("volunteer2")},
                                            {QStringLiteral("note"), note}});
        QCOMPARE(released->type, QStringLiteral("contact.released"));
        QCOMPARE(str(released, "reason"), QStringLiteral("transferred"));
        std::optional<Envelope> open;
        do {
            open = to.waitFor(QStringLiteral("conversation.open"));
        } while (
            open
            && open->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString()
                != id);
        const QJsonObject handover = open->body.value(QLatin1String("handover")).toObject();
        QCOMPARE(handover.value(QLatin1String("note")).toString(), note);
        QCOMPARE(handover.value(QLatin1String("fromUser")).toString(), QStringLiteral("volunteer"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.notice")), "kind"), QStringLiteral("continued"));

        // The new volunteer writes; the old one no longer can.
        const auto ack = to.request(QStringLiteral("chat.send"),
                                    {{QStringLiteral("contactId"), id},
                                     {QStringLiteral("clientMsgId"), QStringLiteral("m1")},
                                     {QStringLiteral("text"), QStringLiteral("Bonjour")}});
        QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        QCOMPARE(str(from.request(QStringLiteral("chat.send"),
                                  {{QStringLiteral("contactId"), id},
                                   {QStringLiteral("clientMsgId"), QStringLiteral("m2")},
                                   {QStringLiteral("text"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("not_found"));
        QVERIFY(seeker.waitFor(QStringLiteral("chat.message")));
        // Nothing the seeker received ever carried the note.
        seeker.request(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        QTest::qWait(200);
        for (const Envelope &e : seeker.buffered())
            QVERIFY(!QJsonDocument(e.body).toJson().contains("Secret-handover-marker"));
    }

    void graceKeepsConversationsThenRequeuesThem()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--grace-seconds"), QStringLiteral("2")}));
        TestClient volunteer;
        QVERIFY(login(volunteer, server, QStringLiteral("volunteer")));
        const QString token = volunteer.token();
        TestClient seeker;
        const QString id = str(startSeeker(seeker, server), "contactId");
        QVERIFY(accept(volunteer, id));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.state")), "state"), QStringLiteral("active"));

        // Back within the grace period: nothing changes for the help-seeker.
        volunteer.close();
        QTest::qWait(500);
        QVERIFY(volunteer.open(server.staffUrl()) && volunteer.resume(token));
        const auto snapshot = volunteer.waitFor(QStringLiteral("conversations.snapshot"));
        QCOMPARE(snapshot->body.value(QLatin1String("contacts")).toArray().size(), 1);
        QVERIFY(nothingFor(seeker, QStringLiteral("contact.notice"), 3000));

        // Away for longer: the contact goes back to the head of the queue and
        // the help-seeker is told; a colleague gets the offer.
        volunteer.close();
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.notice"), 10000), "kind"),
                 QStringLiteral("requeued"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.state")), "state"), QStringLiteral("waiting"));
        TestClient colleague;
        QVERIFY(login(colleague, server, QStringLiteral("volunteer2")));
        QCOMPARE(offeredId(colleague.waitFor(QStringLiteral("offer"))), id);
    }

    void requeueHandsTheContactBack()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {}));
        TestClient volunteer;
        QVERIFY(login(volunteer, server, QStringLiteral("volunteer")));
        TestClient seeker;
        const QString id = str(startSeeker(seeker, server), "contactId");
        QVERIFY(accept(volunteer, id));
        volunteer.request(QStringLiteral("presence.set"), {{QStringLiteral("state"), QStringLiteral("off")}});
        const auto released =
            volunteer.request(QStringLiteral("contact.requeue"), {{QStringLiteral("contactId"), id}});
        QCOMPARE(released->type, QStringLiteral("contact.released"));
        QCOMPARE(str(released, "reason"), QStringLiteral("requeued"));
        QCOMPARE(str(seeker.waitFor(QStringLiteral("contact.notice")), "kind"), QStringLiteral("requeued"));
        TestClient colleague;
        QVERIFY(login(colleague, server, QStringLiteral("volunteer2")));
        QCOMPARE(offeredId(colleague.waitFor(QStringLiteral("offer"))), id);
    }

    void inTrainingVolunteerNeverGetsARealContact()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {QStringLiteral("--offer-timeout"), QStringLiteral("1000")}));
        const auto set =
            server.runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer2"),
                           QStringLiteral("--in-training"), QStringLiteral("yes")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("in-training=yes"));
        TestClient trainee, regular;
        QVERIFY(login(trainee, server, QStringLiteral("volunteer2")));
        QVERIFY(login(regular, server, QStringLiteral("volunteer")));
        // Under load, with offers timing out and moving on: never to the trainee.
        std::vector<std::unique_ptr<TestClient>> seekers;
        QStringList ids;
        for (int i = 0; i < 12; ++i) {
            seekers.push_back(std::make_unique<TestClient>());
            ids << str(startSeeker(*seekers.back(), server), "contactId");
        }
        QVERIFY(regular.waitFor(QStringLiteral("offer")));
        QTest::qWait(3000);
        QVERIFY(!trainee.hasBuffered(QStringLiteral("offer")));
        QVERIFY(!trainee.hasBuffered(QStringLiteral("contact.update")));
        const auto inbox = trainee.request(QStringLiteral("presence.set"),
                                           {{QStringLiteral("state"), QStringLiteral("available")}});
        QVERIFY(inbox);
        const auto snapshot = trainee.waitFor(QStringLiteral("inbox.snapshot"));
        QVERIFY(snapshot);
        QCOMPARE(snapshot->body.value(QLatin1String("contacts")).toArray().size(), 0);
        QCOMPARE(str(trainee.request(QStringLiteral("contact.accept"),
                                     {{QStringLiteral("contactId"), ids.first()}}),
                     "code"),
                 QStringLiteral("forbidden"));
        // Out of training, the same person is asked like anyone else.
        QCOMPARE(server
                     .runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer2"),
                              QStringLiteral("--in-training"), QStringLiteral("no")})
                     .exitCode,
                 0);
        QVERIFY(trainee.waitFor(QStringLiteral("offer"), 10000));
    }

    void qualificationsDecideWhoIsAsked()
    {
        ServerProcess server;
        QVERIFY(startServer(server, {}));
        const auto set =
            server.runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer2"),
                           QStringLiteral("--languages"), QStringLiteral("de,lb"),
                           QStringLiteral("--channels"), QStringLiteral("chat")});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(server
                     .runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer2"),
                              QStringLiteral("--languages"), QStringLiteral("xx")})
                     .exitCode,
                 2);
        QCOMPARE(server
                     .runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer2"),
                              QStringLiteral("--capacity"), QStringLiteral("fax=3")})
                     .exitCode,
                 2);

        TestClient german;
        QVERIFY(login(german, server, QStringLiteral("volunteer2")));
        TestClient fr, de, pt;
        const QString frId = str(startSeeker(fr, server), "contactId");
        QVERIFY(nothingFor(german, QStringLiteral("offer"), 1000));
        QVERIFY(!german.hasBuffered(QStringLiteral("contact.update")));
        QCOMPARE(str(german.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), frId}}),
                     "code"),
                 QStringLiteral("forbidden"));
        const QString deId = str(startSeeker(de, server, QStringLiteral("de")), "contactId");
        QCOMPARE(offeredId(german.waitFor(QStringLiteral("offer"))), deId);

        // Every language of the line is routed to whoever speaks it.
        TestClient everything;
        QVERIFY(login(everything, server, QStringLiteral("volunteer")));
        const QString ptId = str(startSeeker(pt, server, QStringLiteral("pt")), "contactId");
        QStringList offered;
        for (int i = 0; i < 2; ++i) {
            const auto o = everything.waitFor(QStringLiteral("offer"));
            QVERIFY(o);
            offered << offeredId(o);
            everything.request(QStringLiteral("offer.decline"),
                               {{QStringLiteral("contactId"), offeredId(o)}});
        }
        QVERIFY(offered.contains(frId));
        QVERIFY(offered.contains(ptId) || offered.contains(deId));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationRouting)
#include "tst_integration_routing.moc"
