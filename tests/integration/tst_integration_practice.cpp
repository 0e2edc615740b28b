// SPDX-License-Identifier: GPL-3.0-or-later
// Practice sessions through the real server: a trainer, two trainees and an
// observer; feedback and history; practice never mixing with real contacts.
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using ecoute::protocol::Envelope;
using ecoute::testing::firstPracticeContact;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::startPractice;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
QJsonObject contactOf(const std::optional<Envelope> &e)
{
    return e ? e->body.value(QLatin1String("contact")).toObject() : QJsonObject();
}
} // namespace

class TestIntegrationPractice : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    bool login(TestClient &client, const QString &user, bool available = false)
    {
        return logInStaff(client, m_server, user, available);
    }

    std::optional<Envelope> startSeeker(TestClient &seeker, const QJsonObject &extra = {})
    {
        if (!seeker.open(m_server.seekerUrl(), m_server.origin()) || !seeker.hello())
            return std::nullopt;
        QJsonObject body {{QStringLiteral("language"), QStringLiteral("fr")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return seeker.request(QStringLiteral("seeker.start"), body);
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--offer-timeout"), QStringLiteral("1000")};
        QVERIFY(m_server.start(options));
        QCOMPARE(m_server
                     .runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer2"),
                              QStringLiteral("--in-training"), QStringLiteral("yes")})
                     .exitCode,
                 0);
    }

    void scenariosAreShipped()
    {
        TestClient trainer, volunteer;
        QVERIFY(login(trainer, QStringLiteral("trainer")));
        const auto list = trainer.request(QStringLiteral("scenario.list"));
        QCOMPARE(list->type, QStringLiteral("scenarios.snapshot"));
        const QJsonArray scenarios = list->body.value(QLatin1String("scenarios")).toArray();
        int french = 0;
        for (const auto &s : scenarios)
            french += s.toObject().value(QLatin1String("language")).toString() == QLatin1String("fr");
        QVERIFY2(french >= 8, qPrintable(QString::number(french)));
        const QJsonObject first = scenarios.first().toObject();
        const auto full =
            trainer.request(QStringLiteral("scenario.get"),
                            {{QStringLiteral("slug"), first.value(QLatin1String("slug"))},
                             {QStringLiteral("language"), first.value(QLatin1String("language"))}});
        QCOMPARE(full->type, QStringLiteral("scenario"));
        QVERIFY(!full->body.value(QLatin1String("scenario"))
                     .toObject()
                     .value(QLatin1String("guidance"))
                     .toString()
                     .isEmpty());
        // The trainer's guidance is not for trainees.
        QVERIFY(login(volunteer, QStringLiteral("volunteer")));
        QCOMPARE(
            str(volunteer.request(QStringLiteral("scenario.get"),
                                  {{QStringLiteral("slug"), first.value(QLatin1String("slug"))},
                                   {QStringLiteral("language"), first.value(QLatin1String("language"))}}),
                "code"),
            QStringLiteral("forbidden"));
    }

    void fullSessionWithTwoTraineesAndAnObserver()
    {
        TestClient trainer, traineeA, traineeB, observer;
        QVERIFY(login(trainer, QStringLiteral("trainer")));
        QVERIFY(login(traineeA, QStringLiteral("volunteer")));
        QVERIFY(login(traineeB, QStringLiteral("volunteer2")));
        QVERIFY(login(observer, QStringLiteral("supervisor")));
        const QJsonArray scenarios = trainer.request(QStringLiteral("scenario.list"))
                                         ->body.value(QLatin1String("scenarios"))
                                         .toArray();
        const QJsonObject scenario = scenarios.first().toObject();

        // Only trainers start sessions.
        QCOMPARE(
            str(traineeA.request(QStringLiteral("practice.start"),
                                 {{QStringLiteral("slug"), scenario.value(QLatin1String("slug"))},
                                  {QStringLiteral("language"), scenario.value(QLatin1String("language"))},
                                  {QStringLiteral("trainees"), QJsonArray {QStringLiteral("volunteer2")}}}),
                "code"),
            QStringLiteral("forbidden"));

        const auto session =
            trainer.request(QStringLiteral("practice.start"),
                            {{QStringLiteral("slug"), scenario.value(QLatin1String("slug"))},
                             {QStringLiteral("language"), scenario.value(QLatin1String("language"))},
                             {QStringLiteral("trainees"),
                              QJsonArray {QStringLiteral("volunteer"), QStringLiteral("volunteer2")}},
                             {QStringLiteral("observers"), QJsonArray {QStringLiteral("supervisor")}}});
        QCOMPARE(session->type, QStringLiteral("practice.session"));
        const QJsonArray contacts = session->body.value(QLatin1String("contacts")).toArray();
        QCOMPARE(contacts.size(), 2);
        const QString opening = session->body.value(QLatin1String("scenario"))
                                    .toObject()
                                    .value(QLatin1String("opening"))
                                    .toString();
        QVERIFY(!opening.isEmpty());

        // Each trainee's inbox gets a contact marked practice, by the server.
        TestClient *trainees[] = {&traineeA, &traineeB};
        QStringList ids;
        for (TestClient *trainee : trainees) {
            const auto update = trainee->waitFor(QStringLiteral("contact.update"));
            QVERIFY(contactOf(update).value(QLatin1String("practice")).toBool());
            ids << contactOf(update).value(QLatin1String("id")).toString();
            const auto open = trainee->request(QStringLiteral("contact.accept"),
                                               {{QStringLiteral("contactId"), ids.last()}});
            QVERIFY2(open && open->type == QLatin1String("conversation.open"),
                     open ? qPrintable(open->type + u' ' + str(open, "code") + u' ' + ids.last() + u' '
                                       + QString::fromUtf8(QJsonDocument(contacts).toJson()))
                          : "none");
            // The trainee sees at once who follows the exercise: the trainer playing, the observer.
            QHash<QString, QString> followers;
            for (int i = 0; i < 2; ++i) {
                const auto presence = trainee->waitFor(QStringLiteral("supervision.presence"));
                QCOMPARE(str(presence, "contactId"), ids.last());
                followers.insert(str(presence, "supervisor"), str(presence, "mode"));
            }
            QCOMPARE(followers.value(QStringLiteral("trainer")), QStringLiteral("playing"));
            QCOMPARE(followers.value(QStringLiteral("supervisor")), QStringLiteral("observing"));
        }
        // Another trainee's practice contact is not yours.
        QCOMPARE(str(traineeA.request(QStringLiteral("chat.send"),
                                      {{QStringLiteral("contactId"), ids.at(1)},
                                       {QStringLiteral("clientMsgId"), QStringLiteral("x")},
                                       {QStringLiteral("text"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("not_found"));

        // The trainer plays the help-seeker; the trainee answers; the observer follows.
        const auto said = trainer.request(QStringLiteral("practice.say"),
                                          {{QStringLiteral("contactId"), ids.at(0)},
                                           {QStringLiteral("clientMsgId"), QStringLiteral("o1")},
                                           {QStringLiteral("text"), opening}});
        QCOMPARE(said->type, QStringLiteral("chat.ack"));
        const auto heard = traineeA.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(str(heard, "from"), QStringLiteral("seeker"));
        QCOMPARE(str(heard, "text"), opening);
        QVERIFY(traineeA.request(QStringLiteral("chat.send"),
                                 {{QStringLiteral("contactId"), ids.at(0)},
                                  {QStringLiteral("clientMsgId"), QStringLiteral("a1")},
                                  {QStringLiteral("text"), QStringLiteral("Je vous écoute.")}}));
        std::optional<Envelope> answer;
        do {
            answer = trainer.waitFor(QStringLiteral("chat.message"));
        } while (answer && str(answer, "from") != QLatin1String("volunteer"));
        QCOMPARE(str(answer, "text"), QStringLiteral("Je vous écoute."));
        std::optional<Envelope> observed;
        do {
            observed = observer.waitFor(QStringLiteral("chat.message"));
        } while (observed && str(observed, "from") != QLatin1String("volunteer"));
        QVERIFY(observed);

        // Coaching: the trainer whispers to the trainee; the trainee may rehearse a supervision request.
        QCOMPARE(trainer
                     .request(QStringLiteral("supervision.whisper"),
                              {{QStringLiteral("contactId"), ids.at(0)},
                               {QStringLiteral("clientMsgId"), QStringLiteral("w")},
                               {QStringLiteral("text"), QStringLiteral("Reformule.")}})
                     ->type,
                 QStringLiteral("whisper.message"));
        QCOMPARE(str(traineeA.waitFor(QStringLiteral("whisper.message")), "text"),
                 QStringLiteral("Reformule."));
        QCOMPARE(traineeA
                     .request(QStringLiteral("supervision.request"),
                              {{QStringLiteral("kind"), QStringLiteral("urgent")},
                               {QStringLiteral("contactId"), ids.at(0)}})
                     ->type,
                 QStringLiteral("supervision.update"));

        // The end, then feedback per learning goal: the trainee sees it and keeps it in their history.
        QCOMPARE(
            trainer.request(QStringLiteral("practice.end"), {{QStringLiteral("contactId"), ids.at(0)}})->type,
            QStringLiteral("contact.ended"));
        const QJsonArray goals {QJsonObject {{QStringLiteral("goal"), QStringLiteral("Accueillir")},
                                             {QStringLiteral("rating"), 3},
                                             {QStringLiteral("comment"), QStringLiteral("Bon accueil")}}};
        QCOMPARE(trainer
                     .request(QStringLiteral("practice.feedback.send"),
                              {{QStringLiteral("contactId"), ids.at(0)},
                               {QStringLiteral("goals"), goals},
                               {QStringLiteral("text"), QStringLiteral("Bravo")}})
                     ->type,
                 QStringLiteral("practice.feedback"));
        const auto feedback = traineeA.waitFor(QStringLiteral("practice.feedback"));
        QCOMPARE(feedback->body.value(QLatin1String("feedback"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("Bravo"));
        const auto own = traineeA.request(QStringLiteral("practice.history"));
        QCOMPARE(own->body.value(QLatin1String("entries")).toArray().size(), 1);
        const auto seenByTrainer = trainer.request(QStringLiteral("practice.history"),
                                                   {{QStringLiteral("user"), QStringLiteral("volunteer")}});
        QVERIFY(seenByTrainer->body.value(QLatin1String("entries"))
                    .toArray()
                    .first()
                    .toObject()
                    .contains(QLatin1String("feedback")));
        QCOMPARE(str(traineeB.request(QStringLiteral("practice.history"),
                                      {{QStringLiteral("user"), QStringLiteral("volunteer")}}),
                     "code"),
                 QStringLiteral("not_found"));
    }

    void endedBeforeAcceptanceLeavesTheTraineesInbox()
    {
        TestClient trainer, trainee;
        QVERIFY(login(trainer, QStringLiteral("trainer")));
        QVERIFY(
            login(trainee, QStringLiteral("volunteer2"))); // off shift: practice reaches them all the same
        const auto session = startPractice(trainer, {QStringLiteral("volunteer2")});
        const QString id = firstPracticeContact(session);
        QCOMPARE(contactOf(trainee.waitFor(QStringLiteral("contact.update")))
                     .value(QLatin1String("id"))
                     .toString(),
                 id);
        QVERIFY(trainer.request(QStringLiteral("practice.end"), {{QStringLiteral("contactId"), id}}));
        QCOMPARE(str(trainee.waitFor(QStringLiteral("contact.removed")), "contactId"), id);
    }

    void runningSessionsComeBackToTheirTrainer()
    {
        TestClient trainer, trainee;
        QVERIFY(login(trainer, QStringLiteral("trainer")));
        QVERIFY(login(trainee, QStringLiteral("volunteer2")));
        const auto session = startPractice(trainer, {QStringLiteral("volunteer2")});
        const QString sessionId = str(session, "sessionId");
        const QString id = firstPracticeContact(session);
        QVERIFY(trainee.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), id}}));

        // The server restarts (listeners are in memory); the trainer's console gets its session back.
        trainer.close();
        trainee.close();
        QVERIFY(m_server.restart());
        TestClient again, traineeAgain;
        QVERIFY(again.open(m_server.staffUrl())
                && again.login(QStringLiteral("trainer"), m_server.demoPassword(QStringLiteral("trainer"))));
        std::optional<Envelope> replayed;
        do {
            replayed = again.waitFor(QStringLiteral("practice.session"));
        } while (replayed && str(replayed, "sessionId") != sessionId);
        QVERIFY(replayed);
        const QJsonObject contact =
            replayed->body.value(QLatin1String("contacts")).toArray().first().toObject();
        QCOMPARE(contact.value(QLatin1String("contactId")).toString(), id);
        QCOMPARE(contact.value(QLatin1String("trainee")).toString(), QStringLiteral("volunteer2"));
        QCOMPARE(replayed->body.value(QLatin1String("scenario")).toObject().value(QLatin1String("slug")),
                 session->body.value(QLatin1String("scenario")).toObject().value(QLatin1String("slug")));

        // And the trainer hears the trainee again.
        QVERIFY(login(traineeAgain, QStringLiteral("volunteer2")));
        QVERIFY(traineeAgain.request(QStringLiteral("chat.send"),
                                     {{QStringLiteral("contactId"), id},
                                      {QStringLiteral("clientMsgId"), QStringLiteral("r1")},
                                      {QStringLiteral("text"), QStringLiteral("Toujours là ?")}}));
        QCOMPARE(str(again.waitFor(QStringLiteral("chat.message")), "text"), QStringLiteral("Toujours là ?"));
        QCOMPARE(again.request(QStringLiteral("practice.end"), {{QStringLiteral("contactId"), id}})->type,
                 QStringLiteral("contact.ended"));
        // An ended session does not come back.
        again.close();
        TestClient third;
        QVERIFY(login(third, QStringLiteral("trainer")));
        while (const auto other = third.waitFor(QStringLiteral("practice.session"), 500))
            QVERIFY(str(other, "sessionId") != sessionId); // earlier tests' sessions may still run
        // A console that missed the end learns it when it catches up.
        third.send(QStringLiteral("chat.sync"),
                   {{QStringLiteral("contactId"), id}, {QStringLiteral("afterSeq"), 0}});
        QCOMPARE(str(third.waitFor(QStringLiteral("contact.ended")), "by"), QStringLiteral("trainer"));
        QVERIFY(third.hasBuffered(QStringLiteral("chat.message")));
        // Nobody else reads an exercise that way.
        TestClient outsider;
        QVERIFY(login(outsider, QStringLiteral("volunteer")));
        QCOMPARE(str(outsider.request(QStringLiteral("chat.sync"),
                                      {{QStringLiteral("contactId"), id}, {QStringLiteral("afterSeq"), 0}}),
                     "code"),
                 QStringLiteral("not_found"));
    }

    void practiceNeverMixesWithRealContacts()
    {
        // Spoofed flags are refused, both ways, on both endpoints.
        TestClient spoofer;
        const auto refused = startSeeker(spoofer, {{QStringLiteral("practice"), true}});
        QCOMPARE(str(refused, "code"), QStringLiteral("forbidden"));
        TestClient seeker;
        const auto real = startSeeker(seeker);
        const QString realId = str(real, "contactId");
        QCOMPARE(
            seeker.waitFor(QStringLiteral("queue.position"))->body.value(QLatin1String("position")).toInt(),
            1);

        TestClient trainee, regular;
        QVERIFY(login(trainee, QStringLiteral("volunteer2"), true)); // in training
        QVERIFY(nothingOffered(trainee));
        QCOMPARE(
            str(trainee.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), realId}}),
                "code"),
            QStringLiteral("forbidden"));
        QVERIFY(login(regular, QStringLiteral("volunteer"), true));
        const auto offer = regular.waitFor(QStringLiteral("offer"));
        QCOMPARE(offer->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString(),
                 realId);
        QVERIFY(!offer->body.value(QLatin1String("contact"))
                     .toObject()
                     .value(QLatin1String("practice"))
                     .toBool());
        QVERIFY(regular.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), realId}}));
        QCOMPARE(str(regular.request(QStringLiteral("contact.flag"),
                                     {{QStringLiteral("contactId"), realId},
                                      {QStringLiteral("urgent"), false},
                                      {QStringLiteral("practice"), true}}),
                     "code"),
                 QStringLiteral("forbidden"));
    }

    void inTrainingNeverGetsARealContactUnderLoad()
    {
        // Thirty people waiting, a volunteer in training available and alone: the router,
        // ticking and timing offers out all the while, never gives them one.
        std::vector<std::unique_ptr<TestClient>> seekers;
        QSet<QString> real;
        for (int i = 0; i < 30; ++i) {
            seekers.push_back(std::make_unique<TestClient>());
            const QString id = str(startSeeker(*seekers.back()), "contactId");
            QVERIFY(!id.isEmpty());
            real.insert(id);
        }
        TestClient trainee, trainer;
        QVERIFY(login(trainee, QStringLiteral("volunteer2"), true)); // in training
        QVERIFY(nothingOffered(trainee));
        auto seesARealContact = [&real](const TestClient &client) {
            for (const Envelope &e : client.buffered()) {
                const QJsonValue contacts = e.body.value(QLatin1String("contacts"));
                QJsonArray all = contacts.toArray();
                all.append(e.body.value(QLatin1String("contact")));
                for (const QJsonValue &c : std::as_const(all)) {
                    if (real.contains(c.toObject().value(QLatin1String("id")).toString()))
                        return true;
                }
                if (real.contains(e.body.value(QLatin1String("contactId")).toString()))
                    return true;
            }
            return false;
        };
        QVERIFY(!seesARealContact(trainee));

        // Practice still reaches them, and only practice.
        QVERIFY(login(trainer, QStringLiteral("trainer")));
        const QString practiceId =
            firstPracticeContact(startPractice(trainer, {QStringLiteral("volunteer2")}));
        QVERIFY(!practiceId.isEmpty());
        std::optional<Envelope> update;
        do {
            update = trainee.waitFor(QStringLiteral("contact.update"));
        } while (update && contactOf(update).value(QLatin1String("id")).toString() != practiceId);
        QVERIFY(contactOf(update).value(QLatin1String("practice")).toBool());
        QVERIFY(nothingOffered(trainee));
        QVERIFY(!seesARealContact(trainee));
        QVERIFY(trainer.request(QStringLiteral("practice.end"), {{QStringLiteral("contactId"), practiceId}}));
    }

private:
    static bool nothingOffered(TestClient &client) { return !client.waitFor(QStringLiteral("offer"), 2500); }
};

QTEST_GUILESS_MAIN(TestIntegrationPractice)
#include "tst_integration_practice.moc"
