// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymous statistics through the real server: real chats are counted,
// a whole practice session changes nothing, only admins and supervisors may
// read them, bad periods get typed errors, and the CLI prints the same figures.
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using ecoute::protocol::Envelope;
using ecoute::testing::firstPracticeContact;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::startPractice;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
QJsonObject group(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toObject();
}

int sum(const QJsonObject &counts)
{
    int total = 0;
    for (const auto &value : counts)
        total += value.toInt();
    return total;
}
} // namespace

class TestIntegrationStatistics : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    // A few days around today (UTC), so the contacts made here fall inside.
    const QDate m_today = QDateTime::currentDateTimeUtc().date();
    const QString m_from = m_today.addDays(-1).toString(Qt::ISODate);
    const QString m_to = m_today.addDays(2).toString(Qt::ISODate);
    QJsonObject m_counted; ///< the snapshot after the real contacts

    bool login(TestClient &client, const QString &user, bool available = false)
    {
        return logInStaff(client, m_server, user, available);
    }

    /// A help-seeker starts a chat; returns its contact id.
    QString startSeeker(TestClient &seeker, const QString &language)
    {
        if (!seeker.open(m_server.seekerUrl(), m_server.origin()) || !seeker.hello())
            return {};
        return str(seeker.request(QStringLiteral("seeker.start"), {{QStringLiteral("language"), language}}),
                   "contactId");
    }

    std::optional<Envelope> askStats(TestClient &client, const QJsonObject &body)
    {
        return client.request(QStringLiteral("stats.get"), body);
    }

    QJsonObject stats(TestClient &client)
    {
        const auto answer =
            askStats(client, {{QStringLiteral("from"), m_from}, {QStringLiteral("to"), m_to}});
        return answer && answer->type == QLatin1String("stats.snapshot") ? answer->body : QJsonObject();
    }

    bool accept(TestClient &volunteer, const QString &contactId)
    {
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        return open && open->type == QLatin1String("conversation.open");
    }

    bool end(TestClient &volunteer, const QString &contactId, bool hard)
    {
        const auto ended =
            volunteer.request(QStringLiteral("contact.end"),
                              {{QStringLiteral("contactId"), contactId}, {QStringLiteral("hard"), hard}});
        return ended && ended->type == QLatin1String("contact.ended");
    }

private slots:
    void initTestCase()
    {
        // Exact figures (no suppression) and no wrap-up between contacts.
        ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--stats-min-count"), QStringLiteral("1"),
                             QStringLiteral("--wrapup-seconds"), QStringLiteral("0")};
        QVERIFY(m_server.start(options));
    }

    void realContactsAreCounted()
    {
        TestClient admin;
        QVERIFY(login(admin, QStringLiteral("admin")));
        const QJsonObject before = stats(admin);
        QCOMPARE(before.value(QLatin1String("from")).toString(), m_from);
        QCOMPARE(before.value(QLatin1String("to")).toString(), m_to);
        QCOMPARE(before.value(QLatin1String("minCount")).toInt(), 1);
        QCOMPARE(group(before, "totals").value(QLatin1String("contacts")).toInt(), 0);

        // Nobody on shift: this help-seeker gives up before anyone answers.
        TestClient gaveUp;
        QVERIFY(!startSeeker(gaveUp, QStringLiteral("en")).isEmpty());
        QVERIFY(gaveUp.request(QStringLiteral("seeker.leave")));

        TestClient volunteer, hard, ordinary, left;
        QVERIFY(login(volunteer, QStringLiteral("volunteer"), true));
        const QString hardId = startSeeker(hard, QStringLiteral("fr"));
        QVERIFY(accept(volunteer, hardId));
        QVERIFY(end(volunteer, hardId, true));
        const QString ordinaryId = startSeeker(ordinary, QStringLiteral("de"));
        QVERIFY(accept(volunteer, ordinaryId));
        QVERIFY(end(volunteer, ordinaryId, false));
        const QString leftId = startSeeker(left, QStringLiteral("fr"));
        QVERIFY(accept(volunteer, leftId));
        QVERIFY(left.request(QStringLiteral("seeker.leave")));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.ended")), "by"), QStringLiteral("seeker"));

        m_counted = stats(admin);
        QCOMPARE(group(m_counted, "totals"),
                 (QJsonObject {{QStringLiteral("contacts"), 4},
                               {QStringLiteral("answered"), 3},
                               {QStringLiteral("unanswered"), 1},
                               {QStringLiteral("hard"), 1}}));
        QCOMPARE(group(m_counted, "channels"),
                 (QJsonObject {{QStringLiteral("chat"), 4},
                               {QStringLiteral("email"), 0},
                               {QStringLiteral("phone"), 0}}));
        const QJsonObject languages = group(m_counted, "languages");
        QCOMPARE(languages.value(QLatin1String("fr")).toInt(), 2);
        QCOMPARE(languages.value(QLatin1String("de")).toInt(), 1);
        QCOMPARE(languages.value(QLatin1String("en")).toInt(), 1);
        QCOMPARE(sum(languages), 4);
        QCOMPARE(sum(group(m_counted, "months")), 4);
        QCOMPARE(group(m_counted, "endings"),
                 (QJsonObject {{QStringLiteral("volunteer"), 2},
                               {QStringLiteral("seeker"), 2},
                               {QStringLiteral("abandoned"), 0},
                               {QStringLiteral("other"), 0},
                               {QStringLiteral("open"), 0}}));
        // The three answered contacts ended, each in a few seconds.
        QCOMPARE(sum(group(m_counted, "durations")), 3);
        QCOMPARE(group(m_counted, "durations").value(QLatin1String("under5")).toInt(), 3);
        // Aggregates only: nothing that names a contact, a seeker or a volunteer.
        const QByteArray json = QJsonDocument(m_counted).toJson(QJsonDocument::Compact);
        for (const QString &id : {hardId, ordinaryId, leftId})
            QVERIFY(!json.contains(id.toUtf8()));
        QVERIFY(!json.contains("\"volunteer\":{") && !json.contains("pseudonym"));
    }

    void practiceLeavesStatisticsUnchanged()
    {
        QVERIFY(!m_counted.isEmpty());
        TestClient trainer, trainee, admin;
        QVERIFY(login(trainer, QStringLiteral("trainer")));
        QVERIFY(login(trainee, QStringLiteral("volunteer2")));
        QVERIFY(login(admin, QStringLiteral("admin")));
        const auto session = startPractice(trainer, {QStringLiteral("volunteer2")});
        QCOMPARE(session->type, QStringLiteral("practice.session"));
        const QString id = firstPracticeContact(session);
        QVERIFY(trainee.waitFor(QStringLiteral("contact.update")));
        QVERIFY(accept(trainee, id));
        QCOMPARE(trainer
                     .request(QStringLiteral("practice.say"),
                              {{QStringLiteral("contactId"), id},
                               {QStringLiteral("clientMsgId"), QStringLiteral("p1")},
                               {QStringLiteral("text"), QStringLiteral("Bonsoir…")}})
                     ->type,
                 QStringLiteral("chat.ack"));
        QCOMPARE(trainee
                     .request(QStringLiteral("chat.send"),
                              {{QStringLiteral("contactId"), id},
                               {QStringLiteral("clientMsgId"), QStringLiteral("a1")},
                               {QStringLiteral("text"), QStringLiteral("Je vous écoute.")}})
                     ->type,
                 QStringLiteral("chat.ack"));
        QCOMPARE(trainer.request(QStringLiteral("practice.end"), {{QStringLiteral("contactId"), id}})->type,
                 QStringLiteral("contact.ended"));
        const QJsonArray goals {QJsonObject {{QStringLiteral("goal"), QStringLiteral("Accueillir")},
                                             {QStringLiteral("rating"), 3},
                                             {QStringLiteral("comment"), QStringLiteral("Bien")}}};
        QCOMPARE(trainer
                     .request(QStringLiteral("practice.feedback.send"),
                              {{QStringLiteral("contactId"), id}, {QStringLiteral("goals"), goals}})
                     ->type,
                 QStringLiteral("practice.feedback"));

        // Statistics unchanged by practice: exactly the same snapshot.
        QCOMPARE(stats(admin), m_counted);
    }

    void cliPrintsTheSameFigures()
    {
        QVERIFY(!m_counted.isEmpty());
        const QStringList period {QStringLiteral("stats"), QStringLiteral("--from"), m_from,
                                  QStringLiteral("--to"), m_to};
        const auto exact =
            m_server.runCli(period
                            + QStringList {QStringLiteral("--json"), QStringLiteral("--stats-min-count"),
                                           QStringLiteral("1")});
        QCOMPARE(exact.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exact.out).object(), m_counted);

        // By default, four contacts are too few to show exactly.
        const auto published = m_server.runCli(period + QStringList {QStringLiteral("--json")});
        QCOMPARE(published.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(published.out).object();
        QCOMPARE(body.value(QLatin1String("minCount")).toInt(), 5);
        QVERIFY(group(body, "totals").value(QLatin1String("contacts")).isNull());
        QCOMPARE(group(body, "channels").value(QLatin1String("email")), QJsonValue(0));
        const auto text = m_server.runCli(period);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("contacts\t<5\n"), text.out.constData());

        const auto refused = m_server.runCli(
            {QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2024-02-30")});
        QCOMPARE(refused.exitCode, 2);
    }

    void onlyAdminsAndSupervisorsRead()
    {
        for (const QString &user : {QStringLiteral("volunteer"), QStringLiteral("trainer")}) {
            TestClient client;
            QVERIFY(login(client, user));
            QCOMPARE(str(askStats(client, {}), "code"), QStringLiteral("forbidden"));
        }
        TestClient supervisor, admin;
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        QCOMPARE(askStats(supervisor, {})->type, QStringLiteral("stats.snapshot"));
        // The refusals are in the audit log, like every other refusal.
        QVERIFY(login(admin, QStringLiteral("admin")));
        const QJsonArray entries =
            admin.request(QStringLiteral("audit.get"))->body.value(QLatin1String("entries")).toArray();
        QStringList refused;
        for (const auto &entry : entries) {
            const QJsonObject o = entry.toObject();
            if (o.value(QLatin1String("action")).toString() == QLatin1String("stats.get.refused"))
                refused << o.value(QLatin1String("actor")).toString();
        }
        refused.sort();
        QCOMPARE(refused, (QStringList {QStringLiteral("trainer"), QStringLiteral("volunteer")}));
    }

    void invalidPeriodsGetTypedErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto period = [](const QJsonValue &from, const QJsonValue &to) {
            QJsonObject o;
            if (!from.isUndefined())
                o.insert(QStringLiteral("from"), from);
            if (!to.isUndefined())
                o.insert(QStringLiteral("to"), to);
            return o;
        };
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("not a date") << period(QStringLiteral("2024-13-01"), none) << "wrong_type"
                                    << "body.from";
        QTest::newRow("not a string") << period(20240101, none) << "wrong_type"
                                      << "body.from";
        QTest::newRow("too long") << period(none, QStringLiteral("2024-01-01T00:00:00Z")) << "field_too_long"
                                  << "body.to";
        QTest::newRow("empty period")
            << period(QStringLiteral("2024-05-01"), QStringLiteral("2024-05-01")) << "wrong_type"
            << "body.to";
        QTest::newRow("backwards") << period(QStringLiteral("2024-05-01"), QStringLiteral("2024-04-01"))
                                   << "wrong_type"
                                   << "body.to";
        QTest::newRow("over 366 days")
            << period(QStringLiteral("2023-01-01"), QStringLiteral("2024-01-03")) << "wrong_type"
            << "body.to";
    }

    void invalidPeriodsGetTypedErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        TestClient admin;
        QVERIFY(login(admin, QStringLiteral("admin")));
        const auto error = askStats(admin, body);
        QCOMPARE(error->type, QStringLiteral("error"));
        QCOMPARE(str(error, "code"), code);
        QCOMPARE(str(error, "field"), field);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationStatistics)
#include "tst_integration_statistics.moc"
