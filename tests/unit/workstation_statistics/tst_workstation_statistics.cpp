// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's statistics without a server: a stats.snapshot body becomes typed figures
// (a null count stays hidden, never 0; an older server's body without the issue 16 objects still
// parses), the model's stats.get and errors, and the CSV files (RFC 4180, formula injection).

#include "models/statistics/StatisticsCsv.h"
#include "models/statistics/StatisticsModel.h"
#include "tests/unit/workstation_statistics/StatisticsSample.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Count;
using ecoute::models::countOf;
using ecoute::models::StatisticsCsv;
using ecoute::models::StatisticsFigures;
using ecoute::models::StatisticsModel;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;

class TestWorkstationStatistics : public QObject
{
    Q_OBJECT

private slots:
    void parsesAFullYearWithHiddenCounts()
    {
        const StatisticsFigures f = StatisticsFigures::fromBody(statistics_sample::yearBody());
        QVERIFY(f.loaded);
        QCOMPARE(f.from, QDate(2026, 1, 1));
        QCOMPARE(f.to, QDate(2027, 1, 1));
        QCOMPARE(f.minCount, 5);
        QCOMPARE(f.timeZone, QStringLiteral("Europe/Luxembourg"));
        QCOMPARE(f.contacts, Count(1234));
        QCOMPARE(f.hard, Count()); // hidden, not 0
        QCOMPARE(countOf(f.channels, u"chat"), Count(812));
        QVERIFY(!countOf(f.channels, u"email").has_value());
        QCOMPARE(f.channels.size(), 3);
        QCOMPARE(f.channels.at(0).key, QStringLiteral("chat")); // the vocabulary's order
        QCOMPARE(f.months.size(), 12);
        QVERIFY(!countOf(f.months, u"2026-02").has_value());
        QCOMPARE(countOf(f.months, u"2026-03"), Count(99));
        QCOMPARE(f.topics.size(), 8);
        QVERIFY(!countOf(f.topics, u"violence").has_value());
        QCOMPARE(f.risks.at(0).key, QStringLiteral("none"));
        QCOMPARE(f.risks.last().key, QStringLiteral("unreported"));
        QCOMPARE(f.answeredByMonth.size(), 12);
        QVERIFY(!f.answeredByMonth.at(1).answered.has_value());
        QCOMPARE(f.answeredByMonth.at(0).answered, Count(83));
        QCOMPARE(f.waitByMonth.at(0).wait.p90, Count(320));
        QVERIFY(!f.waitByMonth.at(1).wait.p50.has_value());
        QVERIFY(f.offered.present && f.answeredGrid.present);
        QVERIFY(!f.offered.cells[0][3].has_value());
        QCOMPARE(f.offered.cells[0][0], Count(0));
        QCOMPARE(f.offered.cells[6][8], Count(5 + 2 + 6));
        QCOMPARE(f.wait->p50, Count(72));
        QCOMPARE(f.monthsByChannel.size(), 12);
        QCOMPARE(countOf(f.monthsByChannel.at(0).channels, u"phone"), Count(30));
        QVERIFY(!countOf(f.monthsByChannel.at(6).channels, u"email").has_value());
    }

    void derivesTheHeadlines()
    {
        const StatisticsFigures f = StatisticsFigures::fromBody(statistics_sample::yearBody());
        QCOMPARE(f.suicidality(), Count(57));
        QCOMPARE(f.imminent(), Count(7));
        QCOMPARE(f.highOrImminent(), Count(30));
        QCOMPARE(f.repeat(), Count(410));
        QVERIFY(qAbs(*f.answeredShare() - 1100.0 / 1234.0) < 1e-9);
        QVERIFY(qAbs(*f.repeatShare() - 410.0 / 1050.0) < 1e-9);

        QJsonObject body = statistics_sample::yearBody();
        body.insert("totals",
                    QJsonObject {{"contacts", 9},
                                 {"answered", QJsonValue::Null},
                                 {"unanswered", QJsonValue::Null},
                                 {"hard", 0}});
        body.insert("risks", QJsonObject {{"high", QJsonValue::Null}, {"imminent", 5}});
        const StatisticsFigures g = StatisticsFigures::fromBody(body);
        QVERIFY(!g.answeredShare().has_value()); // a hidden part hides the share
        QVERIFY(!g.highOrImminent().has_value());
        QCOMPARE(g.hard, Count(0)); // a true 0 stays 0
    }

    void toleratesAnOlderServer()
    {
        QJsonObject body = statistics_sample::yearBody();
        for (const char *key : {"topics", "risks", "outcomes", "histories", "answeredByMonth", "waitByMonth",
                                "heatmap", "timeZone", "monthsByChannel", "wait"})
            body.remove(QLatin1String(key));
        body.insert("heatmap", QJsonObject {{"offered", QJsonArray {1, 2}}}); // malformed: ignored
        const StatisticsFigures f = StatisticsFigures::fromBody(body);
        QVERIFY(f.loaded);
        QVERIFY(f.topics.isEmpty() && f.risks.isEmpty() && f.histories.isEmpty());
        QVERIFY(f.answeredByMonth.isEmpty() && f.waitByMonth.isEmpty());
        QVERIFY(!f.offered.present && !f.answeredGrid.present);
        QVERIFY(f.monthsByChannel.isEmpty() && !f.wait.has_value());
        QVERIFY(!f.suicidality().has_value());
        QVERIFY(!f.repeatShare().has_value());
        QCOMPARE(f.contacts, Count(1234));
        // Every CSV can still be written.
        for (const auto figure : StatisticsCsv::allFigures())
            QVERIFY(!StatisticsCsv::csv(figure, f).isEmpty());
    }

    void readsTheOptionalExtras()
    {
        QJsonObject body = statistics_sample::yearBody();
        body.insert("wait", QJsonObject {{"p50", 61}, {"p90", QJsonValue::Null}});
        body.insert("monthsByChannel",
                    QJsonObject {
                        {"2026-01", QJsonObject {{"chat", 50}, {"email", QJsonValue::Null}, {"phone", 40}}}});
        const StatisticsFigures f = StatisticsFigures::fromBody(body);
        QVERIFY(f.wait.has_value());
        QCOMPARE(f.wait->p50, Count(61));
        QVERIFY(!f.wait->p90.has_value());
        QCOMPARE(f.monthsByChannel.size(), 1);
        QVERIFY(!countOf(f.monthsByChannel.at(0).channels, u"email").has_value());
    }

    void modelRequestsAndReads()
    {
        QList<Envelope> sent;
        int next = 0;
        StatisticsModel model([&](const Envelope &e) {
            sent.append(e);
            return QStringLiteral("c-%1").arg(++next);
        });
        QSignalSpy changed(&model, &StatisticsModel::changed);
        QSignalSpy errors(&model, &StatisticsModel::errorMessage);
        QVERIFY(model.request(QDate(2026, 1, 1), QDate(2027, 1, 1)));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].messageType, MessageType::StatsGet);
        QCOMPARE(sent[0].text("from"), QStringLiteral("2026-01-01"));
        QCOMPARE(sent[0].text("to"), QStringLiteral("2027-01-01"));
        QVERIFY(model.isLoading());
        QVERIFY(model.request({}, {}));
        QVERIFY(sent[1].body.isEmpty()); // the server's default year

        QVERIFY(!model.handle(Envelope::make(MessageType::MailDesk)));
        QVERIFY(
            model.handle(Envelope::make(MessageType::StatsSnapshot, statistics_sample::yearBody(), "c-1")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.figures().loaded);
        QCOMPARE(model.figures().contacts, Count(1234));

        // An error answering another request is not the model's; its own is shown translated.
        QVERIFY(!model.handleError(Envelope::make(MessageType::Error, {{"code", "forbidden"}}, "c-99")));
        QVERIFY(model.handleError(Envelope::make(MessageType::Error, {{"code", "forbidden"}}, "c-2")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.at(0).at(0).toString().isEmpty());
        QVERIFY(
            !model.handleError(Envelope::make(MessageType::Error, {{"code", "forbidden"}}, "c-2"))); // once

        model.setTopicLabels({{"suicidality", "Suicidal thoughts"}});
        QCOMPARE(model.topicLabel("suicidality"), QStringLiteral("Suicidal thoughts"));
        QCOMPARE(model.topicLabel("unknown-topic"), QStringLiteral("unknown-topic"));
        QCOMPARE(changed.count(), 2); // labels change what is drawn

        StatisticsModel offline([](const Envelope &) { return QString(); });
        QSignalSpy offlineErrors(&offline, &StatisticsModel::errorMessage);
        QVERIFY(!offline.request({}, {}));
        QCOMPARE(offlineErrors.count(), 1);
    }

    void csvQuotesLikeRfc4180()
    {
        QCOMPARE(StatisticsCsv::field("plain"), QStringLiteral("plain"));
        QCOMPARE(StatisticsCsv::field("a,b"), QStringLiteral("\"a,b\""));
        QCOMPARE(StatisticsCsv::field("say \"hi\""), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(StatisticsCsv::field("two\nlines"), QStringLiteral("\"two\nlines\""));
        QCOMPARE(StatisticsCsv::field(""), QString());
        QCOMPARE(StatisticsCsv::row({"a", "b,c", ""}), QStringLiteral("a,\"b,c\",\r\n"));
    }

    void csvNeutralisesFormulas()
    {
        QCOMPARE(StatisticsCsv::field("=SUM(A1:A9)"), QStringLiteral("'=SUM(A1:A9)"));
        QCOMPARE(StatisticsCsv::field("+41"), QStringLiteral("'+41"));
        QCOMPARE(StatisticsCsv::field("-2"), QStringLiteral("'-2"));
        QCOMPARE(StatisticsCsv::field("@cmd"), QStringLiteral("'@cmd"));
        QCOMPARE(StatisticsCsv::field("\tx"), QStringLiteral("'\tx"));
        QCOMPARE(StatisticsCsv::field("=HYPERLINK(\"http://x\",\"y\")"),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
        QCOMPARE(StatisticsCsv::field("a=b"), QStringLiteral("a=b")); // only a leading one
    }

    void csvWritesHiddenCountsAsHidden()
    {
        const StatisticsFigures f = StatisticsFigures::fromBody(statistics_sample::yearBody());
        const QString channels = StatisticsCsv::csv(StatisticsCsv::Figure::Channels, f);
        const QStringList lines = channels.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("key,label,count,note"));
        QCOMPARE(lines[1], QStringLiteral("chat,chat,812,"));
        QCOMPARE(lines[2], QStringLiteral("email,email,,hidden (<5)"));
        QVERIFY(!channels.contains(QStringLiteral("email,email,0")));

        const QString totals = StatisticsCsv::csv(StatisticsCsv::Figure::Totals, f);
        QVERIFY(totals.contains(QStringLiteral("hard,hard contacts,,hidden (<5)\r\n")));
        QVERIFY(totals.contains(QStringLiteral("contacts,contacts,1234,\r\n")));

        // Topic labels come from the centre's form: they are neutralised too.
        const QString topics =
            StatisticsCsv::csv(StatisticsCsv::Figure::Topics, f,
                               {{"work", "=cmd|' /C calc'!A0"}, {"family", "Family, parents"}});
        QVERIFY(topics.contains(QStringLiteral("work,'=cmd|' /C calc'!A0,90,\r\n")));
        QVERIFY(topics.contains(QStringLiteral("family,\"Family, parents\",140,\r\n")));
        QVERIFY(topics.contains(QStringLiteral("violence,violence,,hidden (<5)\r\n")));

        const QString months = StatisticsCsv::csv(StatisticsCsv::Figure::Months, f);
        QVERIFY(months.startsWith(
            QStringLiteral("key,label,count,note,chat,chat note,email,email note,phone,phone note\r\n")));
        QVERIFY(months.contains(QStringLiteral("2026-01,January 2026,93,,51,,12,,30,\r\n")));
        QVERIFY(months.contains(QStringLiteral("2026-07,July 2026,111,,57,,,hidden (<5),,hidden (<5)\r\n")));

        const QString wait = StatisticsCsv::csv(StatisticsCsv::Figure::WaitByMonth, f);
        QVERIFY(wait.contains(QStringLiteral("2026-01,48,,320,\r\n")));
        QVERIFY(wait.contains(QStringLiteral("2026-02,,hidden (<5),,hidden (<5)\r\n")));

        const QString heatmap = StatisticsCsv::csv(StatisticsCsv::Figure::Heatmap, f);
        QCOMPARE(heatmap.count(QStringLiteral("\r\n")), 1 + 2 * 7 * 24);
        QVERIFY(heatmap.contains(QStringLiteral("offered,1,3,,hidden (<5)\r\n")));
        QVERIFY(heatmap.contains(QStringLiteral("answered,7,0,0,\r\n")));

        QTemporaryDir dir;
        const QString path = dir.filePath(StatisticsCsv::fileName(StatisticsCsv::Figure::Channels, f));
        QVERIFY(path.endsWith(QStringLiteral("ecoute-statistics-channels-2026-01-01.csv")));
        QVERIFY(StatisticsCsv::write(path, StatisticsCsv::Figure::Channels, f));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), channels);
        QVERIFY(!StatisticsCsv::write(dir.filePath("missing/dir/x.csv"), StatisticsCsv::Figure::Channels, f));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationStatistics)
#include "tst_workstation_statistics.moc"
