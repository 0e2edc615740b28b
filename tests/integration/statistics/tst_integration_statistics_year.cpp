// SPDX-License-Identifier: GPL-3.0-or-later
// The issue-16 statistics over a seeded year, through the real server over TLS:
// help-seekers start chats on the seeker endpoint, a volunteer answers, ends and
// reports them (report.submit); the test then re-dates the stored contacts
// across 2025 and compares stats.get and "ecoute-server stats" with counts
// worked out by hand below, small cells hidden (--stats-min-count 3).
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "StatisticsJson.h"
#include "TestClient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using ecoute::testing::heatmapGrid;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::storedTime;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
const QJsonValue kNull {QJsonValue::Null};

/// One contact of the seeded year. wait < 0: nobody answered (the person left).
/// report: "topics|risk|history|outcomes" (comma-separated lists), empty: not reported.
struct Planned
{
    const char *created; ///< UTC, where the test moves the contact to
    int wait; ///< seconds from arrival to the answer
    const char *report;
    bool hard = false;
};

// The year, by hand. Times are UTC; the server's zone is Europe/Luxembourg (CET/CEST).
// 2025-01-07, 2025-02-11, 2025-03-04 and 2025-07-08 are Tuesdays (19:xx local);
// 2025-03-30 is the Sunday clocks go forward at 01:00 UTC (02:00 CET -> 03:00 CEST);
// 2025-12-31 23:xx UTC is Thursday 1 January 2026 00:xx local, but December in UTC.
const Planned kYear[] = {
    // January: 5 answered (waits 10..50 s), 1 unanswered.
    {"2025-01-07T18:00:00.000Z", 10, "loneliness|none|first|listened"},
    {"2025-01-07T18:01:00.000Z", 20, "loneliness,couple|none|first|listened,information"},
    {"2025-01-07T18:02:00.000Z", 30, "mental_health|low|repeat|listened"},
    {"2025-01-07T18:03:00.000Z", 40, ""},
    {"2025-01-07T18:04:00.000Z", 50, "loneliness|none|first|listened"},
    {"2025-01-08T03:00:00.000Z", -1, ""}, // Wednesday 04:00 CET
    // February: 2 answered.
    {"2025-02-11T18:10:00.000Z", 60, "suicidality,mental_health|high|first|listened,supervisor", true},
    {"2025-02-11T18:20:00.000Z", 120, "couple|none|repeat|listened"},
    // March: 4 answered on the DST Sunday, 3 unanswered.
    {"2025-03-30T00:30:00.000Z", 5, "suicidality|imminent|unknown|listened,supervisor,emergency", true},
    {"2025-03-30T01:10:00.000Z", 15, "loneliness|low|first|listened,information"},
    {"2025-03-30T01:20:00.000Z", 25, "couple|none|repeat|listened"},
    {"2025-03-30T01:30:00.000Z", 35, "mental_health|moderate|first|listened"},
    {"2025-03-04T18:00:00.000Z", -1, ""},
    {"2025-03-04T18:05:00.000Z", -1, ""},
    {"2025-03-04T18:10:00.000Z", -1, ""},
    // July: 6 answered (waits 100..600 s).
    {"2025-07-08T17:00:00.000Z", 100, "loneliness|none|first|listened"},
    {"2025-07-08T17:01:00.000Z", 200, "loneliness|none|repeat|listened,information"},
    {"2025-07-08T17:02:00.000Z", 300, "couple|low|first|listened"},
    {"2025-07-08T17:03:00.000Z", 400, ""},
    {"2025-07-08T17:04:00.000Z", 500, "mental_health|moderate|repeat|listened,information"},
    {"2025-07-08T17:05:00.000Z", 600, "loneliness|none|first|listened"},
    // December: 4 answered (waits 1..4 s).
    {"2025-12-31T23:00:00.000Z", 1, "couple|none|repeat|listened"},
    {"2025-12-31T23:10:00.000Z", 2, "loneliness|low|first|listened,information"},
    {"2025-12-31T23:20:00.000Z", 3, ""},
    {"2025-12-31T23:30:00.000Z", 4, "loneliness|none|first|listened"},
    // Just outside [2025-01-01, 2026-01-01): never counted, nor their reports.
    {"2024-12-31T23:59:59.999Z", 10, "violence|high|first|listened,emergency", true},
    {"2026-01-01T00:00:00.000Z", 10, "violence|high|first|listened,emergency", true},
};

constexpr int kDurationSeconds = 600; // every answered contact lasts 10 minutes (5to15)

QJsonArray list(const QString &commaSeparated)
{
    return QJsonArray::fromStringList(commaSeparated.split(u',', Qt::SkipEmptyParts));
}

/// Every month of 2025 with `zero`, then the given ones.
QJsonObject months(const QJsonValue &zero, const QList<std::pair<int, QJsonValue>> &set)
{
    QJsonObject o;
    for (int m = 1; m <= 12; ++m)
        o.insert(QStringLiteral("2025-%1").arg(m, 2, 10, QLatin1Char('0')), zero);
    for (const auto &[m, value] : set)
        o.insert(QStringLiteral("2025-%1").arg(m, 2, 10, QLatin1Char('0')), value);
    return o;
}

QJsonObject pair(const QJsonValue &answered, const QJsonValue &unanswered)
{
    return {{QStringLiteral("answered"), answered}, {QStringLiteral("unanswered"), unanswered}};
}

QJsonObject waits(const QJsonValue &p50, const QJsonValue &p90)
{
    return {{QStringLiteral("p50"), p50}, {QStringLiteral("p90"), p90}};
}

QByteArray show(const QJsonValue &v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
        : v.isArray()   ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
}
} // namespace

#define COMPARE_JSON(actual, expected)                                                                       \
    QVERIFY2(QJsonValue(actual) == QJsonValue(expected),                                                     \
             show(QJsonValue(actual)) + "\n   expected " + show(QJsonValue(expected)))

class TestIntegrationStatisticsYear : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QStringList m_contactIds; ///< in the order of kYear
    QJsonObject m_snapshot; ///< stats.get over 2025 after the re-dating
    const QStringList m_period {QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-01-01")};

    /// A help-seeker's page starts a chat; its contact id.
    QString startSeeker(TestClient &seeker)
    {
        if (!seeker.open(m_server.seekerUrl(), m_server.origin()) || !seeker.hello())
            return {};
        return str(seeker.request(QStringLiteral("seeker.start"),
                                  {{QStringLiteral("language"), QStringLiteral("fr")}}),
                   "contactId");
    }

    /// Accepts, ends and (if planned) reports one contact; empty on success, else what failed.
    QString answer(TestClient &volunteer, const QString &contactId, const Planned &plan)
    {
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        if (!open || open->type != QLatin1String("conversation.open"))
            return QStringLiteral("accept");
        const auto ended = volunteer.request(
            QStringLiteral("contact.end"),
            {{QStringLiteral("contactId"), contactId}, {QStringLiteral("hard"), plan.hard}});
        if (!ended || ended->type != QLatin1String("contact.ended"))
            return QStringLiteral("end");
        const QString report = QString::fromLatin1(plan.report);
        if (report.isEmpty())
            return {};
        const QStringList f = report.split(u'|');
        const auto saved = volunteer.request(QStringLiteral("report.submit"),
                                             {{QStringLiteral("contactId"), contactId},
                                              {QStringLiteral("topics"), list(f.at(0))},
                                              {QStringLiteral("risk"), f.at(1)},
                                              {QStringLiteral("age"), QStringLiteral("unsaid")},
                                              {QStringLiteral("gender"), QStringLiteral("unsaid")},
                                              {QStringLiteral("history"), f.at(2)},
                                              {QStringLiteral("outcomes"), list(f.at(3))}});
        if (!saved || saved->type != QLatin1String("report.saved"))
            return QStringLiteral("report.submit: ") + str(saved, "code") + u' ' + str(saved, "message");
        return {};
    }

    /// The documented, explicit step: with the server stopped, move each contact
    /// to its planned time in the SQLite file (the server stamps the wall clock).
    bool redate()
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_server.dataDir()).filePath(QStringLiteral("ecoute.sqlite")));
            ok = db.open() && db.transaction();
            for (int i = 0; ok && i < m_contactIds.size(); ++i) {
                const Planned &plan = kYear[i];
                const QDateTime created =
                    QDateTime::fromString(QString::fromLatin1(plan.created), Qt::ISODateWithMs);
                const bool answered = plan.wait >= 0;
                const QDateTime accepted = created.addSecs(plan.wait);
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("UPDATE contacts SET created_at = ?, offered_at = ?, accepted_at = ?, "
                                   "ended_at = ? WHERE id = ?"));
                q.addBindValue(storedTime(created));
                q.addBindValue(answered ? QVariant(storedTime(created)) : QVariant());
                q.addBindValue(answered ? QVariant(storedTime(accepted)) : QVariant());
                q.addBindValue(
                    storedTime(answered ? accepted.addSecs(kDurationSeconds) : created.addSecs(60)));
                q.addBindValue(m_contactIds.at(i));
                ok = q.exec() && q.numRowsAffected() == 1;
            }
            ok = ok && db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = {QStringLiteral("--stats-min-count"), QStringLiteral("3"),
                             QStringLiteral("--wrapup-seconds"),  QStringLiteral("0"),
                             QStringLiteral("--time-zone"),       QStringLiteral("Europe/Luxembourg")};
        QVERIFY(m_server.start(options));

        // The year's people, through the real protocol. Those nobody answered come
        // first, while no volunteer is on shift, and leave.
        constexpr int count = int(std::size(kYear));
        m_contactIds.resize(count);
        for (int i = 0; i < count; ++i) {
            if (kYear[i].wait >= 0)
                continue;
            TestClient seeker;
            m_contactIds[i] = startSeeker(seeker);
            QVERIFY(!m_contactIds[i].isEmpty());
            QVERIFY(seeker.request(QStringLiteral("seeker.leave")));
        }
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        for (int i = 0; i < count; ++i) {
            if (kYear[i].wait < 0)
                continue;
            TestClient seeker;
            m_contactIds[i] = startSeeker(seeker);
            QVERIFY(!m_contactIds[i].isEmpty());
            const QString failed = answer(volunteer, m_contactIds[i], kYear[i]);
            QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("contact %1: %2").arg(i).arg(failed)));
        }
        volunteer.close();

        m_server.stop();
        QVERIFY(redate());
        QVERIFY(m_server.restart());

        TestClient admin;
        QVERIFY(logInStaff(admin, m_server, QStringLiteral("admin"), false));
        const auto answer = admin.request(QStringLiteral("stats.get"),
                                          {{QStringLiteral("from"), QStringLiteral("2025-01-01")},
                                           {QStringLiteral("to"), QStringLiteral("2026-01-01")}});
        QVERIFY(answer);
        QCOMPARE(answer->type, QStringLiteral("stats.snapshot"));
        m_snapshot = answer->body;
    }

    void contactsOfTheYear()
    {
        QCOMPARE(m_snapshot.value("minCount").toInt(), 3);
        // 25 in the year (the two just outside are not); 2 hard: under 3, hidden, never 0.
        COMPARE_JSON(m_snapshot.value("totals"),
                     (QJsonObject {{"contacts", 25}, {"answered", 21}, {"unanswered", 4}, {"hard", kNull}}));
        // February's 2 is hidden, and with it the smallest other month (December, 4).
        COMPARE_JSON(m_snapshot.value("months"),
                     months(0, {{1, 6}, {2, kNull}, {3, 7}, {7, 6}, {12, kNull}}));
        // Each month's channels are one group: February's 2 chats alone are hidden.
        const QJsonObject none {{"chat", 0}, {"email", 0}, {"phone", 0}};
        const auto chats = [](const QJsonValue &count) {
            return QJsonObject {{"chat", count}, {"email", 0}, {"phone", 0}};
        };
        COMPARE_JSON(
            m_snapshot.value("monthsByChannel"),
            months(none, {{1, chats(6)}, {2, chats(kNull)}, {3, chats(7)}, {7, chats(6)}, {12, chats(4)}}));
        COMPARE_JSON(
            m_snapshot.value("endings"),
            (QJsonObject {{"volunteer", 21}, {"seeker", 4}, {"abandoned", 0}, {"other", 0}, {"open", 0}}));
        COMPARE_JSON(
            m_snapshot.value("durations"),
            (QJsonObject {{"under5", 0}, {"5to15", 21}, {"15to30", 0}, {"30to60", 0}, {"over60", 0}}));
    }

    void reportFigures()
    {
        // Every topic of the shipped taxonomy is there. suicidality (2) is hidden, and
        // with it the smallest other (mental_health, 4); violence was only reported
        // for the two contacts outside the year.
        QJsonObject topics;
        for (const char *id : {"loneliness", "couple", "family", "mental_health", "suicidality", "violence",
                               "addiction", "bereavement", "physical_health", "work_money", "housing",
                               "sexuality_identity", "school", "existential", "other"})
            topics.insert(QLatin1String(id), 0);
        topics.insert("loneliness", 9);
        topics.insert("couple", 5);
        topics.insert("mental_health", kNull);
        topics.insert("suicidality", kNull);
        COMPARE_JSON(m_snapshot.value("topics"), topics);
        // moderate 2, high 1, imminent 1: three hidden counts hide each other.
        COMPARE_JSON(m_snapshot.value("risks"),
                     (QJsonObject {{"none", 10},
                                   {"low", 4},
                                   {"moderate", kNull},
                                   {"high", kNull},
                                   {"imminent", kNull},
                                   {"unreported", 3}}));
        COMPARE_JSON(m_snapshot.value("outcomes"),
                     (QJsonObject {{"listened", 18},
                                   {"information", 5},
                                   {"referred", 0},
                                   {"supervisor", kNull},
                                   {"emergency", kNull}}));
        // unknown 1 is hidden, and with it the smallest other (unreported, 3).
        COMPARE_JSON(m_snapshot.value("histories"),
                     (QJsonObject {{"first", 11}, {"repeat", 6}, {"unknown", kNull}, {"unreported", kNull}}));
    }

    void monthsOfAnswersAndWaits()
    {
        // Each month's pair is one group: January's lone unanswered contact hides its answered count too.
        COMPARE_JSON(m_snapshot.value("answeredByMonth"),
                     months(pair(0, 0),
                            {{1, pair(kNull, kNull)},
                             {2, pair(kNull, 0)},
                             {3, pair(4, 3)},
                             {7, pair(6, 0)},
                             {12, pair(4, 0)}}));
        // Nearest rank: 5 waits -> 3rd and 5th; 4 -> 2nd and 4th; 6 -> 3rd and 6th; February's 2 are too few.
        COMPARE_JSON(
            m_snapshot.value("waitByMonth"),
            months(waits(kNull, kNull),
                   {{1, waits(30, 50)}, {3, waits(15, 35)}, {7, waits(300, 600)}, {12, waits(2, 4)}}));
        // The year's own: 21 waits, 1 s to 600 s: the 11th (35 s) and the 19th (400 s).
        COMPARE_JSON(m_snapshot.value("wait"), waits(35, 400));
    }

    void heatmapInTheLinesZone()
    {
        QCOMPARE(m_snapshot.value("timeZone").toString(), QStringLiteral("Europe/Luxembourg"));
        const QJsonObject heatmap = m_snapshot.value("heatmap").toObject();
        // Tuesday 19:xx local in winter (18:xx UTC) and summer (17:xx UTC) alike; the DST Sunday
        // at 01:xx CET and 03:xx CEST; New Year's Eve 23:xx UTC on Thursday 00:xx.
        // Offered: two lone 1s hide each other.
        COMPARE_JSON(heatmap.value("offered"),
                     heatmapGrid({{1, 19, 16}, {2, 4, kNull}, {6, 1, kNull}, {6, 3, 3}, {3, 0, 4}}));
        // Answered: the lone 1 (Sunday 01:xx) takes the smallest other (Sunday 03:xx, 3) with it.
        COMPARE_JSON(heatmap.value("answered"),
                     heatmapGrid({{1, 19, 13}, {6, 1, kNull}, {6, 3, kNull}, {3, 0, 4}}));
    }

    void cliPrintsTheYear()
    {
        const QStringList options {QStringLiteral("--stats-min-count"), QStringLiteral("3"),
                                   QStringLiteral("--time-zone"), QStringLiteral("Europe/Luxembourg")};
        const auto text = m_server.runCli(QStringList {QStringLiteral("stats")} + m_period + options);
        QCOMPARE(text.exitCode, 0);
        for (const char *line :
             {"\ntopic\tloneliness\t9\n", "\ntopic\tsuicidality\t<3\n", "\nrisk\tnone\t10\n",
              "\nrisk\timminent\t<3\n", "\noutcome\tinformation\t5\n", "\nhistory\tunreported\t<3\n",
              "\nanswered in month\t2025-03\t4\n", "\nanswered in month\t2025-02\t<3\n",
              "\nunanswered in month\t2025-02\t0\n", "\nwait seconds\t2025-07\tp50 300\tp90 600\n",
              "\nwait seconds\t2025-02\tp50 hidden (<3 answered)\tp90 hidden (<3 answered)\n",
              "\nwait seconds\tperiod\tp50 35\tp90 400\n", "\nchannel in month\t2025-03\tchat\t7\n",
              "\nchannel in month\t2025-02\tchat\t<3\n", "\nchannel in month\t2025-02\tphone\t0\n",
              "\ntime zone\tEurope/Luxembourg\n"})
            QVERIFY2(text.out.contains(line),
                     qPrintable(QString::fromUtf8(line).trimmed() + u'\n' + QString::fromUtf8(text.out)));
        // The heatmap's rows: Tuesday 19:00 offered 16, Sunday's hidden hours as "<3".
        QVERIFY(text.out.contains("\nheatmap offered\thour\t00\t01\t"));
        const QList<QByteArray> lines = text.out.split('\n');
        const auto row = [&lines](const QByteArray &prefix) {
            for (const QByteArray &l : lines)
                if (l.startsWith(prefix))
                    return l.split('\t');
            return QList<QByteArray> {};
        };
        QCOMPARE(row("heatmap offered\tTue\t").value(2 + 19), QByteArray("16"));
        QCOMPARE(row("heatmap offered\tSun\t").value(2 + 1), QByteArray("<3"));
        QCOMPARE(row("heatmap answered\tSun\t").value(2 + 3), QByteArray("<3"));
        QCOMPARE(row("heatmap answered\tThu\t").value(2 + 0), QByteArray("4"));

        // With every count shown, the hidden ones are the hand-counted figures.
        const auto exact =
            m_server.runCli(QStringList {QStringLiteral("stats"), QStringLiteral("--json"),
                                         QStringLiteral("--stats-min-count"), QStringLiteral("1"),
                                         QStringLiteral("--time-zone"), QStringLiteral("Europe/Luxembourg")}
                            + m_period);
        QCOMPARE(exact.exitCode, 0);
        const QJsonObject all = QJsonDocument::fromJson(exact.out).object();
        COMPARE_JSON(
            all.value("risks"),
            (QJsonObject {
                {"none", 10}, {"low", 4}, {"moderate", 2}, {"high", 1}, {"imminent", 1}, {"unreported", 3}}));
        QCOMPARE(all.value("totals").toObject().value("hard").toInt(), 2);
        QCOMPARE(all.value("months").toObject().value("2025-02").toInt(), 2);
        COMPARE_JSON(all.value("waitByMonth").toObject().value("2025-02"), waits(60, 120));
        QCOMPARE(all.value("topics").toObject().value("suicidality").toInt(), 2);
        QCOMPARE(all.value("topics").toObject().value("violence").toInt(), 0);

        // The console's JSON is the workstations' snapshot.
        const auto json = m_server.runCli(QStringList {QStringLiteral("stats")} + m_period + options
                                          + QStringList {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object(), m_snapshot);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationStatisticsYear)
#include "tst_integration_statistics_year.moc"
