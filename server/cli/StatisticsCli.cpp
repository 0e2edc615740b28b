// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/StatisticsCli.h"

#include "server/cli/Console.h"
#include "server/statistics/Statistics.h"
#include "server/statistics/StatisticsTally.h"
#include "server/storage/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ecoute::server {

namespace {
/// "label<TAB>[key<TAB>]count", a suppressed count as "<N".
void printCount(const QString &label, const QString &key, const QJsonValue &count, int minCount)
{
    const QString value =
        count.isNull() ? QStringLiteral("<%1").arg(minCount) : QString::number(count.toInteger());
    console::out((key.isEmpty() ? QStringList {label, value} : QStringList {label, key, value}).join(u'\t'));
}

void printGroup(const QString &label, const QJsonObject &group, const QStringList &order, int minCount)
{
    for (const QString &key : order.isEmpty() ? group.keys() : order)
        printCount(label, key, group.value(key), minCount);
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
    parser.addOptions({dataDirOption, fromOption, toOption, jsonOption, minCountOption});
    parser.addPositionalArgument(QStringLiteral("stats"), tr("stats"));
    if (const auto exitCode = console::parseOrFinish(parser, arguments))
        return *exitCode;
    if (parser.positionalArguments() != QStringList {QStringLiteral("stats")}) {
        console::err(tr("Usage: ecoute-server stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] "
                        "[--stats-min-count N] [--data-dir DIR]"));
        return 2;
    }
    bool minCountOk = false;
    const int minCount = parser.value(minCountOption).toInt(&minCountOk);
    if (!minCountOk || minCount < 1 || minCount > 100) {
        console::err(tr("Invalid --stats-min-count: give 1 to 100."));
        return 2;
    }
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
    const auto body = Statistics(db).snapshot(std::get<StatisticsPeriod>(parsed), minCount);
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
    return 0;
}

} // namespace ecoute::server
