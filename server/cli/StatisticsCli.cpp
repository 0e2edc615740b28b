// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/StatisticsCli.h"

#include "server/cli/Console.h"
#include "server/reports/TopicTaxonomy.h"
#include "server/statistics/Statistics.h"
#include "server/statistics/StatisticsTally.h"
#include "server/storage/Database.h"

#include "protocol/Vocabulary.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>

namespace ecoute::server {

namespace {
QString shown(const QJsonValue &count, int minCount)
{
    return count.isNull() ? QStringLiteral("<%1").arg(minCount) : QString::number(count.toInteger());
}

/// "label<TAB>[key<TAB>]count", a suppressed count as "<N".
void printCount(const QString &label, const QString &key, const QJsonValue &count, int minCount)
{
    const QString value = shown(count, minCount);
    console::out((key.isEmpty() ? QStringList {label, value} : QStringList {label, key, value}).join(u'\t'));
}

void printGroup(const QString &label, const QJsonObject &group, const QStringList &order, int minCount)
{
    for (const QString &key : order.isEmpty() ? group.keys() : order)
        printCount(label, key, group.value(key), minCount);
}

/// "label<TAB>weekday<TAB>24 counts", Monday first; a header line names the hours.
void printGrid(const QString &label, const QJsonArray &rows, int minCount)
{
    QStringList header {label, StatisticsCli::tr("hour")};
    for (int hour = 0; hour < 24; ++hour)
        header.append(QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    console::out(header.join(u'\t'));
    for (int day = 0; day < rows.size(); ++day) {
        QStringList line {label, QLocale::c().dayName(day + 1, QLocale::ShortFormat)};
        for (const QJsonValue &count : rows.at(day).toArray())
            line.append(shown(count, minCount));
        console::out(line.join(u'\t'));
    }
}

/// "wait seconds<TAB>month-or-period<TAB>p50 N<TAB>p90 N": seconds to an answer, or hidden.
void printWait(const QString &key, const QJsonObject &wait, int minCount)
{
    QStringList line {StatisticsCli::tr("wait seconds"), key};
    for (const char *p : {"p50", "p90"}) {
        const QJsonValue seconds = wait.value(QLatin1String(p));
        line.append(seconds.isNull()
                        ? StatisticsCli::tr("%1 hidden (<%2 answered)").arg(QLatin1String(p)).arg(minCount)
                        : QStringLiteral("%1 %2").arg(QLatin1String(p)).arg(seconds.toInteger()));
    }
    console::out(line.join(u'\t'));
}

/// The figures of the reports and of time (issue 16).
void printReportsAndTimes(const QJsonObject &body, const QStringList &topicOrder, int minCount)
{
    const auto group = [&body](const char *key) {
        return body.value(QLatin1String(key)).toObject();
    };
    // The taxonomy's order, then any topic it no longer has.
    QStringList topics = topicOrder;
    for (const QString &id : group("topics").keys())
        if (!topics.contains(id))
            topics.append(id);
    printGroup(StatisticsCli::tr("topic"), group("topics"), topics, minCount);
    printGroup(StatisticsCli::tr("risk"), group("risks"),
               protocol::names<protocol::RiskLevel>() + QStringList {QStringLiteral("unreported")}, minCount);
    printGroup(StatisticsCli::tr("outcome"), group("outcomes"), protocol::names<protocol::ReportOutcome>(),
               minCount);
    printGroup(StatisticsCli::tr("history"), group("histories"),
               {QStringLiteral("first"), QStringLiteral("repeat"), QStringLiteral("unknown"),
                QStringLiteral("unreported")},
               minCount);
    const QJsonObject channels = group("monthsByChannel");
    for (const QString &month : channels.keys())
        printGroup(StatisticsCli::tr("channel in month") + u'\t' + month, channels.value(month).toObject(),
                   protocol::names<protocol::Channel>(), minCount);
    const QJsonObject answered = group("answeredByMonth");
    for (const QString &month : answered.keys()) {
        const QJsonObject pair = answered.value(month).toObject();
        printCount(StatisticsCli::tr("answered in month"), month, pair.value(QLatin1String("answered")),
                   minCount);
        printCount(StatisticsCli::tr("unanswered in month"), month, pair.value(QLatin1String("unanswered")),
                   minCount);
    }
    const QJsonObject waits = group("waitByMonth");
    for (const QString &month : waits.keys())
        printWait(month, waits.value(month).toObject(), minCount);
    printWait(StatisticsCli::tr("period"), group("wait"), minCount);
    console::out(
        QStringList {StatisticsCli::tr("time zone"), body.value(QLatin1String("timeZone")).toString()}.join(
            u'\t'));
    const QJsonObject heatmap = group("heatmap");
    printGrid(StatisticsCli::tr("heatmap offered"), heatmap.value(QLatin1String("offered")).toArray(),
              minCount);
    printGrid(StatisticsCli::tr("heatmap answered"), heatmap.value(QLatin1String("answered")).toArray(),
              minCount);
}
} // namespace

int StatisticsCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Anonymous statistics of real contacts (never practice ones) over [from, to), UTC dates."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Server data directory."),
                                           tr("dir"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("First day counted (default: 1 January of this year)."), tr("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("First day no longer counted (default: a year after --from)."),
                                      tr("YYYY-MM-DD"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the figures as JSON."));
    const QCommandLineOption minCountOption(
        QStringLiteral("stats-min-count"),
        tr("Show a count only if it is 0 or at least this (default 5; 1 shows every count)."), tr("n"),
        QString::number(StatisticsTally::kDefaultMinCount));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        tr("Time zone of the heatmap's hours, an IANA id (default: the "
                                           "system's)."),
                                        tr("zone"));
    const QCommandLineOption topicsOption(
        QStringLiteral("report-topics"),
        tr("The topics of end-of-contact reports, a JSON file, as given to the server (default: the "
           "shipped list)."),
        tr("file"));
    parser.addOptions(
        {dataDirOption, fromOption, toOption, jsonOption, minCountOption, zoneOption, topicsOption});
    parser.addPositionalArgument(QStringLiteral("stats"), tr("stats"));
    if (const auto exitCode = console::parseOrFinish(parser, arguments))
        return *exitCode;
    if (parser.positionalArguments() != QStringList {QStringLiteral("stats")}) {
        console::err(tr("Usage: ecoute-server stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] "
                        "[--stats-min-count N] [--time-zone ZONE] [--report-topics FILE] [--data-dir DIR]"));
        return 2;
    }
    bool minCountOk = false;
    const int minCount = parser.value(minCountOption).toInt(&minCountOk);
    if (!minCountOk || minCount < 1 || minCount > 100) {
        console::err(tr("Invalid --stats-min-count: give 1 to 100."));
        return 2;
    }
    StatisticsSettings settings;
    if (parser.isSet(zoneOption)) {
        const auto zone = StatisticsSettings::zoneFromId(parser.value(zoneOption));
        if (!zone) {
            console::err(tr("Invalid --time-zone: give an IANA id such as Europe/Luxembourg."));
            return 2;
        }
        settings.timeZone = *zone;
    }
    // The same taxonomy as the server's, so every topic is listed, with 0 when none.
    QString topicsError;
    const auto taxonomy = TopicTaxonomy::load(parser.value(topicsOption), &topicsError);
    if (!taxonomy) {
        console::err(tr("Invalid --report-topics: %1").arg(topicsError));
        return 2;
    }
    settings.topicIds = taxonomy->ids();
    const auto parsed = StatisticsPeriod::parse(parser.value(fromOption), parser.value(toOption),
                                                QDateTime::currentDateTimeUtc().date());
    if (const auto *error = std::get_if<StatisticsPeriod::Error>(&parsed)) {
        console::err(tr("Invalid period: %1.").arg(error->message));
        return 2;
    }

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Database db; // reading statistics never creates a data directory
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite")))) {
        console::err(tr("Cannot open the database: %1").arg(db.lastError()));
        return 1;
    }
    const auto body = Statistics(db, settings).snapshot(std::get<StatisticsPeriod>(parsed), minCount);
    if (!body) {
        console::err(tr("Cannot read the statistics."));
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        console::out(QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    const auto group = [&body](const char *key) {
        return body->value(QLatin1String(key)).toObject();
    };
    console::out(QStringList {tr("period"), body->value(QLatin1String("from")).toString(),
                              body->value(QLatin1String("to")).toString()}
                     .join(u'\t'));
    const QJsonObject totals = group("totals");
    printCount(tr("contacts"), {}, totals.value(QLatin1String("contacts")), minCount);
    printCount(tr("answered"), {}, totals.value(QLatin1String("answered")), minCount);
    printCount(tr("unanswered"), {}, totals.value(QLatin1String("unanswered")), minCount);
    printCount(tr("hard"), {}, totals.value(QLatin1String("hard")), minCount);
    printGroup(tr("channel"), group("channels"), {}, minCount);
    printGroup(tr("language"), group("languages"), {}, minCount);
    printGroup(tr("month"), group("months"), {}, minCount);
    printGroup(tr("ended by"), group("endings"),
               {QStringLiteral("volunteer"), QStringLiteral("seeker"), QStringLiteral("abandoned"),
                QStringLiteral("other"), QStringLiteral("open")},
               minCount);
    printGroup(tr("minutes"), group("durations"), StatisticsTally::durationBuckets(), minCount);
    printReportsAndTimes(*body, settings.topicIds, minCount);
    return 0;
}

} // namespace ecoute::server
