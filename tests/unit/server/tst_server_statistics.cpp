// SPDX-License-Identifier: GPL-3.0-or-later
// Anonymous statistics: periods, duration buckets, small-cell suppression,
// and practice contacts left out by the query itself.
#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/service/ServerConfig.h"
#include "server/statistics/Statistics.h"
#include "server/statistics/StatisticsPeriod.h"
#include "server/statistics/StatisticsTally.h"
#include "server/storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::server;

namespace {
QJsonObject group(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toObject();
}
} // namespace

class TestServerStatistics : public QObject
{
    Q_OBJECT

private slots:
    void periods_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected"); // "from to", or "error:field"
        QTest::newRow("default: this calendar year") << ""
                                                     << ""
                                                     << "2024-01-01 2025-01-01";
        QTest::newRow("from only: a year") << "2023-03-01"
                                           << ""
                                           << "2023-03-01 2024-03-01";
        QTest::newRow("to only: a year") << ""
                                         << "2023-07-01"
                                         << "2022-07-01 2023-07-01";
        QTest::newRow("one day") << "2024-06-15"
                                 << "2024-06-16"
                                 << "2024-06-15 2024-06-16";
        QTest::newRow("366 days") << "2024-01-01"
                                  << "2025-01-01"
                                  << "2024-01-01 2025-01-01";
        QTest::newRow("367 days") << "2024-01-01"
                                  << "2025-01-02"
                                  << "error:to";
        QTest::newRow("empty period") << "2024-06-15"
                                      << "2024-06-15"
                                      << "error:to";
        QTest::newRow("backwards") << "2024-06-15"
                                   << "2024-06-01"
                                   << "error:to";
        QTest::newRow("no such day") << "2023-02-29"
                                     << ""
                                     << "error:from";
        QTest::newRow("short form") << "2024-1-01"
                                    << ""
                                    << "error:from";
        QTest::newRow("a time too") << "2024-01-01T00:00"
                                    << ""
                                    << "error:from";
        QTest::newRow("words") << ""
                               << "yesterday"
                               << "error:to";
    }

    void periods()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const auto parsed = StatisticsPeriod::parse(from, to, QDate(2024, 6, 15));
        if (const auto *error = std::get_if<StatisticsPeriod::Error>(&parsed)) {
            QCOMPARE(QStringLiteral("error:") + error->field, expected);
            QVERIFY(!error->message.isEmpty());
            return;
        }
        const auto &period = std::get<StatisticsPeriod>(parsed);
        QCOMPARE(period.from.toString(Qt::ISODate) + u' ' + period.to.toString(Qt::ISODate), expected);
    }

    void durationBuckets()
    {
        const QList<QPair<qint64, QString>> cases {
            {0, "under5"},    {299, "under5"},  {300, "5to15"},   {899, "5to15"},   {900, "15to30"},
            {1799, "15to30"}, {1800, "30to60"}, {3599, "30to60"}, {3600, "over60"}, {86400, "over60"}};
        for (const auto &[seconds, bucket] : cases)
            QCOMPARE(StatisticsTally::durationBucket(seconds), bucket);
    }

    void smallCountsAreSuppressed()
    {
        // 3 is hidden; alone, it could be worked out from the total, so the
        // smallest other count (10) goes too. Zero is no one: it stays.
        QJsonObject out = StatisticsTally::suppress({{"a", 0}, {"b", 3}, {"c", 10}, {"d", 20}}, 5);
        QCOMPARE(out.value("a"), QJsonValue(0));
        QVERIFY(out.value("b").isNull());
        QVERIFY(out.value("c").isNull());
        QCOMPARE(out.value("d"), QJsonValue(20));
        // Two hidden counts already hide each other.
        out = StatisticsTally::suppress({{"a", 3}, {"b", 4}, {"c", 10}}, 5);
        QVERIFY(out.value("a").isNull());
        QVERIFY(out.value("b").isNull());
        QCOMPARE(out.value("c"), QJsonValue(10));
        // The threshold itself is shown; 1 shows everything.
        QCOMPARE(StatisticsTally::suppress({{"a", 5}, {"b", 7}}, 5).value("a"), QJsonValue(5));
        QCOMPARE(StatisticsTally::suppress({{"a", 1}, {"b", 7}}, 1).value("a"), QJsonValue(1));
        // A lone total under the threshold is hidden, with nothing else to hide.
        QVERIFY(StatisticsTally::suppress({{"contacts", 4}}, 5).value("contacts").isNull());
    }

    void tallyCountsEveryFigure()
    {
        StatisticsTally tally({QDate(2024, 11, 15), QDate(2025, 2, 1)});
        using ecoute::protocol::Channel;
        tally.add({Channel::Chat, "fr", "2024-11-20T10:00:00.000Z", "2024-11-20T10:01:00.000Z",
                   "2024-11-20T10:21:00.000Z", "volunteer", true, false, std::nullopt});
        tally.add({Channel::Chat, "de", "2024-12-01T08:00:00.000Z", "", "2024-12-01T08:05:00.000Z", "seeker",
                   false, false, std::nullopt});
        tally.add({Channel::Phone, "xx", "2025-01-31T23:59:59.999Z", "2025-01-31T23:59:59.999Z", "", "",
                   false, false, std::nullopt});
        const QJsonObject body = tally.toJson(1);
        QCOMPARE(body.value("from").toString(), QStringLiteral("2024-11-15"));
        QCOMPARE(body.value("to").toString(), QStringLiteral("2025-02-01"));
        QCOMPARE(body.value("minCount").toInt(), 1);
        const QJsonObject totals = group(body, "totals");
        QCOMPARE(totals.value("contacts").toInt(), 3);
        QCOMPARE(totals.value("answered").toInt(), 2);
        QCOMPARE(totals.value("unanswered").toInt(), 1);
        QCOMPARE(totals.value("hard").toInt(), 1);
        QCOMPARE(group(body, "channels"), (QJsonObject {{"chat", 2}, {"email", 0}, {"phone", 1}}));
        QCOMPARE(group(body, "languages"),
                 (QJsonObject {{"fr", 1}, {"de", 1}, {"en", 0}, {"lb", 0}, {"pt", 0}, {"other", 1}}));
        // Every month the period touches, even empty ones.
        QCOMPARE(group(body, "months"), (QJsonObject {{"2024-11", 1}, {"2024-12", 1}, {"2025-01", 1}}));
        QCOMPARE(
            group(body, "endings"),
            (QJsonObject {{"volunteer", 1}, {"seeker", 1}, {"abandoned", 0}, {"other", 0}, {"open", 1}}));
        // Only answered contacts that ended have a duration.
        QCOMPARE(group(body, "durations"),
                 (QJsonObject {{"under5", 0}, {"5to15", 0}, {"15to30", 1}, {"30to60", 0}, {"over60", 0}}));
        // With the default threshold, these few contacts show no exact figure.
        const QJsonObject published = tally.toJson(StatisticsTally::kDefaultMinCount);
        QVERIFY(group(published, "totals").value("contacts").isNull());
        QCOMPARE(group(published, "channels").value("email"), QJsonValue(0));
    }

    void minCountOption()
    {
        QString message;
        int exitCode = 0;
        const QString program = QStringLiteral("ecoute-server");
        QCOMPARE(ServerConfig::parse({program}, &message, &exitCode)->statsMinCount,
                 StatisticsTally::kDefaultMinCount);
        QCOMPARE(ServerConfig::parse({program, "--stats-min-count", "1"}, &message, &exitCode)->statsMinCount,
                 1);
        for (const char *refused : {"0", "101", "five"})
            QVERIFY(!ServerConfig::parse({program, "--stats-min-count", refused}, &message, &exitCode));
    }

    void practiceContactsNeverCount()
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

        const auto real = contacts.create(QStringLiteral("Colibri 1"), QStringLiteral("fr"), false,
                                          QStringLiteral("seeker-hash"));
        QVERIFY(real && contacts.assign(real->id, volunteer));
        QVERIFY(contacts.markHard(real->id) && contacts.end(real->id, QStringLiteral("volunteer")));
        const auto practice = contacts.createPractice(QStringLiteral("Colibri 2"), QStringLiteral("fr"),
                                                      ecoute::protocol::Channel::Chat, QStringLiteral("s1"),
                                                      volunteer, trainer);
        QVERIFY(practice && contacts.assign(practice->id, volunteer));
        QVERIFY(contacts.markHard(practice->id) && contacts.end(practice->id, QStringLiteral("trainer")));

        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto body = Statistics(db).snapshot({today.addDays(-1), today.addDays(2)}, 1);
        QVERIFY(body);
        QCOMPARE(group(*body, "totals"),
                 (QJsonObject {{"contacts", 1}, {"answered", 1}, {"unanswered", 0}, {"hard", 1}}));
        QCOMPARE(group(*body, "endings").value("other").toInt(), 0); // "trainer" never shows up
        // Outside the period, nothing.
        const auto before = Statistics(db).snapshot({today.addDays(-10), today.addDays(-1)}, 1);
        QCOMPARE(group(*before, "totals").value("contacts").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerStatistics)
#include "tst_server_statistics.moc"
