// SPDX-License-Identifier: GPL-3.0-or-later
// The issue-16 statistics from hand-made facts: report figures, answered and
// wait per month, the weekday x hour heatmap across DST changes, suppression.
#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/service/ServerConfig.h"
#include "server/statistics/ReportTally.h"
#include "server/statistics/Statistics.h"
#include "server/statistics/TimeTally.h"
#include "server/storage/Database.h"

#include "tests/support/StatisticsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ecoute::server;
using ecoute::protocol::Channel;

using ecoute::testing::heatmapGrid;
using ecoute::testing::storedTime;

namespace {
const QJsonValue kNull {QJsonValue::Null};

/// A chat contact created at `created` (ISO UTC), answered at `accepted` ("" never).
ContactFacts contact(const QString &created, const QString &accepted = {})
{
    ContactFacts c;
    c.channel = Channel::Chat;
    c.language = QStringLiteral("fr");
    c.createdAt = created;
    c.acceptedAt = accepted;
    return c;
}

ContactFacts reported(const QStringList &topics, const QString &risk, const QString &history,
                      const QStringList &outcomes)
{
    ContactFacts c =
        contact(QStringLiteral("2025-03-01T10:00:00.000Z"), QStringLiteral("2025-03-01T10:01:00.000Z"));
    c.report = ReportFacts {topics, risk, history, outcomes};
    return c;
}

QByteArray show(const QJsonValue &v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
        : v.isArray()   ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
}
} // namespace

#define COMPARE_JSON(actual, expected)                                                                       \
    QVERIFY2((actual) == (expected), show(actual) + "\n   expected " + show(expected))

class TestStatisticsTallies : public QObject
{
    Q_OBJECT

private slots:
    void reportFigures()
    {
        ReportTally tally(
            {QStringLiteral("loneliness"), QStringLiteral("violence"), QStringLiteral("bereavement")});
        // A topic named twice counts once; so does an outcome.
        tally.add(reported({"loneliness", "violence", "loneliness"}, "low", "first",
                           {"listened", "referred", "listened"}));
        tally.add(reported({"loneliness"}, "none", "repeat", {"listened"}));
        // A topic the taxonomy no longer has still counts, under its id.
        tally.add(reported({"retired"}, "imminent", "unknown", {"emergency", "supervisor"}));
        tally.add(contact("2025-03-02T10:00:00.000Z", "2025-03-02T10:00:10.000Z")); // answered, no report
        tally.add(contact("2025-03-02T11:00:00.000Z")); // unanswered: nobody could report it
        QJsonObject body;
        tally.writeTo(body, 1);
        COMPARE_JSON(
            body.value("topics"),
            QJsonValue(QJsonObject {{"loneliness", 2}, {"violence", 1}, {"bereavement", 0}, {"retired", 1}}));
        COMPARE_JSON(
            body.value("risks"),
            QJsonValue(QJsonObject {
                {"none", 1}, {"low", 1}, {"moderate", 0}, {"high", 0}, {"imminent", 1}, {"unreported", 1}}));
        COMPARE_JSON(
            body.value("outcomes"),
            QJsonValue(QJsonObject {
                {"listened", 2}, {"information", 0}, {"referred", 1}, {"supervisor", 1}, {"emergency", 1}}));
        COMPARE_JSON(
            body.value("histories"),
            QJsonValue(QJsonObject {{"first", 1}, {"repeat", 1}, {"unknown", 1}, {"unreported", 1}}));
        QCOMPARE(body.size(), 4);
    }

    void reportFiguresAreSuppressed()
    {
        ReportTally tally; // no taxonomy: only the topics named
        for (int i = 0; i < 7; ++i)
            tally.add(reported({"loneliness"}, "none", "first", {"listened"}));
        for (int i = 0; i < 2; ++i)
            tally.add(reported({"violence"}, "low", "first", {"listened"}));
        for (int i = 0; i < 9; ++i)
            tally.add(contact("2025-03-02T10:00:00.000Z", "2025-03-02T10:00:10.000Z"));
        QJsonObject body;
        tally.writeTo(body, 5);
        // low (2) is hidden, so the smallest other non-zero (none, 7) is too; zeros stay.
        COMPARE_JSON(body.value("risks"),
                     QJsonValue(QJsonObject {{"none", kNull},
                                             {"low", kNull},
                                             {"moderate", 0},
                                             {"high", 0},
                                             {"imminent", 0},
                                             {"unreported", 9}}));
        COMPARE_JSON(body.value("topics"),
                     QJsonValue(QJsonObject {{"loneliness", kNull}, {"violence", kNull}}));
        // At the threshold a count shows.
        COMPARE_JSON(
            body.value("histories"),
            QJsonValue(QJsonObject {{"first", 9}, {"repeat", 0}, {"unknown", 0}, {"unreported", 9}}));
        // Nothing reported: every key, every count 0, nothing hidden.
        QJsonObject empty;
        ReportTally({QStringLiteral("loneliness")}).writeTo(empty, 5);
        COMPARE_JSON(empty.value("topics"), QJsonValue(QJsonObject {{"loneliness", 0}}));
        COMPARE_JSON(
            empty.value("outcomes"),
            QJsonValue(QJsonObject {
                {"listened", 0}, {"information", 0}, {"referred", 0}, {"supervisor", 0}, {"emergency", 0}}));
    }

    void nearestRank()
    {
        QCOMPARE(TimeTally::nearestRank({42}, 50), 42);
        QCOMPARE(TimeTally::nearestRank({42}, 90), 42);
        QCOMPARE(TimeTally::nearestRank({1, 2}, 50), 1);
        QCOMPARE(TimeTally::nearestRank({1, 2}, 90), 2);
        QList<qint64> twenty;
        for (int i = 1; i <= 20; ++i)
            twenty.append(i * 10);
        QCOMPARE(TimeTally::nearestRank(twenty, 50), 100); // 10th
        QCOMPARE(TimeTally::nearestRank(twenty, 90), 180); // 18th
        QCOMPARE(TimeTally::nearestRank({5, 6, 7}, 50), 6); // ceil(1.5) = 2nd
    }

    void answeredAndWaitsByMonth()
    {
        TimeTally tally({QDate(2025, 1, 15), QDate(2025, 3, 1)}, QTimeZone::utc());
        // Created the last second of January, answered in February: a January contact (its
        // start), waiting 30 s.
        tally.add(contact("2025-01-31T23:59:59.000Z", "2025-02-01T00:00:29.000Z"));
        tally.add(contact("2025-02-01T00:00:00.000Z")); // unanswered
        const QDateTime start(QDate(2025, 2, 10), QTime(9, 0), Qt::UTC);
        for (int i = 1; i <= 10; ++i) // waits 100, 90, ..., 10 s in a shuffled order
            tally.add(contact(storedTime(start.addSecs(i * 3600)),
                              storedTime(start.addSecs(i * 3600 + (11 - i) * 10))));
        // Handed back to the queue: its first wait is unknown, so it has none (still answered).
        ContactFacts requeued = contact("2025-02-20T09:00:00.000Z", "2025-02-20T12:00:00.000Z");
        requeued.requeued = true;
        tally.add(requeued);

        QJsonObject body;
        tally.writeTo(body, 1);
        COMPARE_JSON(
            body.value("answeredByMonth"),
            QJsonValue(QJsonObject {{"2025-01", QJsonObject {{"answered", 1}, {"unanswered", 0}}},
                                    {"2025-02", QJsonObject {{"answered", 11}, {"unanswered", 1}}}}));
        COMPARE_JSON(body.value("waitByMonth"),
                     QJsonValue(QJsonObject {{"2025-01", QJsonObject {{"p50", 30}, {"p90", 30}}},
                                             {"2025-02", QJsonObject {{"p50", 50}, {"p90", 90}}}}));
        QCOMPARE(body.value("timeZone").toString(), QStringLiteral("UTC"));
        // The period's own percentiles, of its 11 measured waits (10, 20, 30, 30, 40, ..., 100).
        COMPARE_JSON(body.value("wait"), QJsonValue(QJsonObject {{"p50", 50}, {"p90", 90}}));
        COMPARE_JSON(
            body.value("monthsByChannel"),
            QJsonValue(QJsonObject {{"2025-01", QJsonObject {{"chat", 1}, {"email", 0}, {"phone", 0}}},
                                    {"2025-02", QJsonObject {{"chat", 12}, {"email", 0}, {"phone", 0}}}}));

        // minCount 5: each month's pair is one group; January's single answer gives no percentile.
        tally.writeTo(body, 5);
        COMPARE_JSON(
            body.value("answeredByMonth"),
            QJsonValue(QJsonObject {{"2025-01", QJsonObject {{"answered", kNull}, {"unanswered", 0}}},
                                    {"2025-02", QJsonObject {{"answered", kNull}, {"unanswered", kNull}}}}));
        COMPARE_JSON(body.value("waitByMonth"),
                     QJsonValue(QJsonObject {{"2025-01", QJsonObject {{"p50", kNull}, {"p90", kNull}}},
                                             {"2025-02", QJsonObject {{"p50", 50}, {"p90", 90}}}}));
        // Exactly minCount measured waits show; one fewer hides them.
        tally.writeTo(body, 10);
        QCOMPARE(body.value("waitByMonth").toObject().value("2025-02").toObject().value("p90"),
                 QJsonValue(90));
        tally.writeTo(body, 11);
        QVERIFY(body.value("waitByMonth").toObject().value("2025-02").toObject().value("p50").isNull());
        QCOMPARE(body.value("wait").toObject().value("p50"), QJsonValue(50)); // 11 waits in all
        tally.writeTo(body, 12);
        COMPARE_JSON(body.value("wait"), QJsonValue(QJsonObject {{"p50", kNull}, {"p90", kNull}}));
    }

    void monthsByChannel()
    {
        TimeTally tally({QDate(2025, 1, 1), QDate(2025, 3, 1)}, QTimeZone::utc());
        for (int i = 0; i < 6; ++i)
            tally.add(contact("2025-01-10T10:00:00.000Z"));
        ContactFacts phone = contact("2025-01-31T23:59:59.999Z");
        phone.channel = Channel::Phone;
        tally.add(phone);
        ContactFacts email = contact("2025-02-01T00:00:00.000Z");
        email.channel = Channel::Email;
        for (int i = 0; i < 5; ++i)
            tally.add(email);
        QJsonObject body;
        tally.writeTo(body, 5);
        // Each month is one group: January's lone phone call hides the chats too.
        COMPARE_JSON(body.value("monthsByChannel"),
                     QJsonValue(QJsonObject {
                         {"2025-01", QJsonObject {{"chat", kNull}, {"email", 0}, {"phone", kNull}}},
                         {"2025-02", QJsonObject {{"chat", 0}, {"email", 5}, {"phone", 0}}}}));
    }

    void emptyMonthsAreThere()
    {
        TimeTally tally({QDate(2024, 12, 31), QDate(2025, 2, 1)}, QTimeZone::utc());
        QJsonObject body;
        tally.writeTo(body, 5);
        COMPARE_JSON(body.value("answeredByMonth"),
                     QJsonValue(QJsonObject {{"2024-12", QJsonObject {{"answered", 0}, {"unanswered", 0}}},
                                             {"2025-01", QJsonObject {{"answered", 0}, {"unanswered", 0}}}}));
        COMPARE_JSON(body.value("waitByMonth"),
                     QJsonValue(QJsonObject {{"2024-12", QJsonObject {{"p50", kNull}, {"p90", kNull}}},
                                             {"2025-01", QJsonObject {{"p50", kNull}, {"p90", kNull}}}}));
        const QJsonObject heatmap = body.value("heatmap").toObject();
        COMPARE_JSON(heatmap.value("offered"), QJsonValue(heatmapGrid({})));
        COMPARE_JSON(heatmap.value("answered"), QJsonValue(heatmapGrid({})));
    }

    void heatmapAcrossDaylightSaving()
    {
        const QTimeZone zone("Europe/Luxembourg");
        QVERIFY(zone.isValid());
        TimeTally tally({QDate(2026, 3, 1), QDate(2026, 11, 1)}, zone);
        // Sunday 29 March 2026: at 01:00 UTC, 02:00 CET becomes 03:00 CEST (no 02:xx that day).
        tally.add(contact("2026-03-28T23:30:00.000Z")); // Sunday 00:30 CET (Saturday in UTC)
        tally.add(contact("2026-03-29T00:30:00.000Z")); // Sunday 01:30 CET
        tally.add(contact("2026-03-29T01:30:00.000Z", "2026-03-29T01:59:00.000Z")); // 03:30, 03:59 CEST
        // Sunday 25 October 2026: at 01:00 UTC, 03:00 CEST becomes 02:00 CET (02:xx twice).
        tally.add(contact("2026-10-25T00:30:00.000Z", "2026-10-25T00:40:00.000Z")); // 02:30 CEST
        tally.add(contact("2026-10-25T01:30:00.000Z", "2026-10-25T01:40:00.000Z")); // 02:30 CET
        // Monday 30 March 12:00 CEST, answered on Tuesday 31 at 00:10 CEST: by its answer's hour.
        tally.add(contact("2026-03-30T10:00:00.000Z", "2026-03-30T22:10:00.000Z"));
        QJsonObject body;
        tally.writeTo(body, 1);
        const QJsonObject heatmap = body.value("heatmap").toObject();
        COMPARE_JSON(heatmap.value("offered"),
                     QJsonValue(heatmapGrid({{6, 0, 1}, {6, 1, 1}, {6, 2, 2}, {6, 3, 1}, {0, 12, 1}})));
        COMPARE_JSON(heatmap.value("answered"), QJsonValue(heatmapGrid({{6, 2, 2}, {6, 3, 1}, {1, 0, 1}})));
        QCOMPARE(body.value("timeZone").toString(), QStringLiteral("Europe/Luxembourg"));
    }

    void heatmapGridsAreSuppressedApart()
    {
        TimeTally tally({QDate(2025, 6, 1), QDate(2025, 7, 1)}, QTimeZone::utc());
        const auto add = [&tally](int count, const char *created, const char *accepted) {
            for (int i = 0; i < count; ++i)
                tally.add(contact(QString::fromLatin1(created), QString::fromLatin1(accepted)));
        };
        add(5, "2025-06-02T10:00:00.000Z", "2025-06-02T10:01:00.000Z"); // Monday 10
        add(7, "2025-06-03T11:00:00.000Z", "2025-06-03T11:01:00.000Z"); // Tuesday 11
        add(2, "2025-06-04T12:00:00.000Z", ""); // Wednesday 12, unanswered
        QJsonObject body;
        tally.writeTo(body, 3);
        const QJsonObject heatmap = body.value("heatmap").toObject();
        // Offered: the lone hidden 2 takes the smallest other count (5) with it.
        COMPARE_JSON(heatmap.value("offered"),
                     QJsonValue(heatmapGrid({{0, 10, kNull}, {1, 11, 7}, {2, 12, kNull}})));
        // Answered is its own group: nothing small in it, nothing hidden.
        COMPARE_JSON(heatmap.value("answered"), QJsonValue(heatmapGrid({{0, 10, 5}, {1, 11, 7}})));
    }

    void timeZoneOption()
    {
        QString message;
        int exitCode = 0;
        const QString program = QStringLiteral("ecoute-server");
        QCOMPARE(ServerConfig::parse({program}, &message, &exitCode)->timeZone, QTimeZone::systemTimeZone());
        QCOMPARE(
            ServerConfig::parse({program, "--time-zone", "Europe/Luxembourg"}, &message, &exitCode)->timeZone,
            QTimeZone("Europe/Luxembourg"));
        for (const char *refused : {"Mars/Olympus_Mons", "", "Europe/../Luxembourg"})
            QVERIFY2(!ServerConfig::parse({program, "--time-zone", refused}, &message, &exitCode), refused);
        QVERIFY(!StatisticsSettings::zoneFromId(QStringLiteral("nowhere")));
    }

    /// The query: reports join their contacts; practice ones never count.
    void snapshotReadsReports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("stats.sqlite"))), qPrintable(db.lastError()));
        AccountStore accounts(db);
        ContactStore contacts(db);
        const qint64 volunteer =
            accounts.add(QStringLiteral("v"), QStringLiteral("volunteer"), QStringLiteral("h"));
        const qint64 trainer =
            accounts.add(QStringLiteral("t"), QStringLiteral("trainer"), QStringLiteral("h"));
        QVERIFY(volunteer && trainer);
        const auto insertReport = [&db, volunteer](const QString &contactId, bool practice,
                                                   const char *topics, const char *risk, const char *history,
                                                   const char *outcomes) {
            QSqlQuery q(db.handle());
            q.prepare(
                QStringLiteral("INSERT INTO reports (contact_id, author_id, practice, topics, risk, age, "
                               "gender, history, outcomes, reported_at) "
                               "VALUES (?, ?, ?, ?, ?, 'unsaid', 'unsaid', ?, ?, ?)"));
            q.addBindValue(contactId);
            q.addBindValue(volunteer);
            q.addBindValue(practice ? 1 : 0);
            q.addBindValue(QString::fromLatin1(topics));
            q.addBindValue(QString::fromLatin1(risk));
            q.addBindValue(QString::fromLatin1(history));
            q.addBindValue(QString::fromLatin1(outcomes));
            q.addBindValue(Database::nowUtc());
            return q.exec();
        };
        const auto answeredContact = [&]() {
            const auto c = contacts.create(QStringLiteral("Colibri"), QStringLiteral("fr"), false,
                                           QUuid::createUuid().toString());
            return c && contacts.assign(c->id, volunteer) && contacts.end(c->id, QStringLiteral("volunteer"))
                ? c->id
                : QString();
        };
        const QString first = answeredContact();
        const QString second = answeredContact();
        const QString third = answeredContact(); // never reported
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
        QVERIFY(insertReport(first, false, "loneliness,violence", "high", "first", "listened,referred"));
        QVERIFY(insertReport(second, false, "loneliness", "none", "repeat", "listened"));
        const auto practice =
            contacts.createPractice(QStringLiteral("Colibri P"), QStringLiteral("fr"), Channel::Chat,
                                    QStringLiteral("s1"), volunteer, trainer);
        QVERIFY(practice && contacts.assign(practice->id, volunteer));
        QVERIFY(contacts.end(practice->id, QStringLiteral("trainer")));
        QVERIFY(insertReport(practice->id, true, "violence", "imminent", "first", "emergency"));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const StatisticsSettings settings {QTimeZone::utc(), {"loneliness", "violence", "bereavement"}};
        const auto body = Statistics(db, settings).snapshot({today.addDays(-1), today.addDays(2)}, 1);
        QVERIFY(body);
        COMPARE_JSON(body->value("topics"),
                     QJsonValue(QJsonObject {{"loneliness", 2}, {"violence", 1}, {"bereavement", 0}}));
        COMPARE_JSON(
            body->value("risks"),
            QJsonValue(QJsonObject {
                {"none", 1}, {"low", 0}, {"moderate", 0}, {"high", 1}, {"imminent", 0}, {"unreported", 1}}));
        COMPARE_JSON(
            body->value("outcomes"),
            QJsonValue(QJsonObject {
                {"listened", 2}, {"information", 0}, {"referred", 1}, {"supervisor", 0}, {"emergency", 0}}));
        COMPARE_JSON(
            body->value("histories"),
            QJsonValue(QJsonObject {{"first", 1}, {"repeat", 1}, {"unknown", 0}, {"unreported", 1}}));
        QCOMPARE(body->value("totals").toObject().value("contacts").toInt(), 3);
        // Every key of the snapshot, always.
        QStringList keys = body->keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {"answeredByMonth", "channels", "durations", "endings", "from", "heatmap",
                               "histories", "languages", "minCount", "months", "monthsByChannel", "outcomes",
                               "risks", "timeZone", "to", "topics", "totals", "wait", "waitByMonth"}));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsTallies)
#include "tst_statistics_tallies.moc"
