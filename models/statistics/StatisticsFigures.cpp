// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statistics/StatisticsFigures.h"

#include "protocol/Vocabulary.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ecoute::models {

namespace {

const QString kSuicidalityTopic = QStringLiteral("suicidality");

/// An integer count, or nullopt for null (suppressed) and anything that is not a number.
Count countValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > 1e9)
        return std::nullopt;
    return static_cast<int>(number);
}

/// The keys of a group in the order given, then any other key the server sent (sorted).
CountList countList(const QJsonObject &object, const QStringList &order = {})
{
    CountList list;
    for (const QString &key : order) {
        if (object.contains(key))
            list.append({key, countValue(object.value(key))});
    }
    QStringList rest = object.keys();
    rest.sort();
    for (const QString &key : rest) {
        if (!order.contains(key))
            list.append({key, countValue(object.value(key))});
    }
    return list;
}

QJsonObject objectOf(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toObject();
}

HeatmapGrid grid(const QJsonValue &value)
{
    HeatmapGrid result;
    const QJsonArray rows = value.toArray();
    if (rows.size() != 7)
        return result;
    result.present = true;
    for (int day = 0; day < 7; ++day) {
        const QJsonArray hours = rows.at(day).toArray();
        for (int hour = 0; hour < 24; ++hour)
            result.cells[day][hour] = hour < hours.size() ? countValue(hours.at(hour)) : Count(0);
    }
    return result;
}

WaitFigures waitFigures(const QJsonObject &object)
{
    return {countValue(object.value(QLatin1String("p50"))), countValue(object.value(QLatin1String("p90")))};
}

Count sum(Count a, Count b)
{
    if (!a || !b)
        return std::nullopt;
    return *a + *b;
}

} // namespace

Count countOf(const CountList &list, QStringView key)
{
    for (const CountEntry &entry : list) {
        if (entry.key == key)
            return entry.count;
    }
    return std::nullopt;
}

StatisticsFigures StatisticsFigures::fromBody(const QJsonObject &body)
{
    StatisticsFigures f;
    f.loaded = true;
    f.from = QDate::fromString(body.value(QLatin1String("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(body.value(QLatin1String("to")).toString(), Qt::ISODate);
    f.minCount = body.value(QLatin1String("minCount")).toInt();
    f.timeZone = body.value(QLatin1String("timeZone")).toString();

    const QJsonObject totals = objectOf(body, "totals");
    f.contacts = countValue(totals.value(QLatin1String("contacts")));
    f.answered = countValue(totals.value(QLatin1String("answered")));
    f.unanswered = countValue(totals.value(QLatin1String("unanswered")));
    f.hard = countValue(totals.value(QLatin1String("hard")));

    f.channels = countList(objectOf(body, "channels"), protocol::names<protocol::Channel>());
    f.languages = countList(objectOf(body, "languages"),
                            {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en"),
                             QStringLiteral("lb"), QStringLiteral("pt"), QStringLiteral("other")});
    f.months = countList(objectOf(body, "months"));
    f.endings = countList(objectOf(body, "endings"),
                          {QStringLiteral("volunteer"), QStringLiteral("seeker"), QStringLiteral("other"),
                           QStringLiteral("abandoned"), QStringLiteral("open")});
    f.durations = countList(objectOf(body, "durations"),
                            {QStringLiteral("under5"), QStringLiteral("5to15"), QStringLiteral("15to30"),
                             QStringLiteral("30to60"), QStringLiteral("over60")});

    f.topics = countList(objectOf(body, "topics"));
    f.risks = countList(objectOf(body, "risks"),
                        protocol::names<protocol::RiskLevel>() << QStringLiteral("unreported"));
    f.outcomes = countList(objectOf(body, "outcomes"), protocol::names<protocol::ReportOutcome>());
    f.histories = countList(objectOf(body, "histories"),
                            {QStringLiteral("first"), QStringLiteral("repeat"), QStringLiteral("unknown"),
                             QStringLiteral("unreported")});

    const QJsonObject byMonth = objectOf(body, "answeredByMonth");
    QStringList months = byMonth.keys();
    months.sort();
    for (const QString &month : months) {
        const QJsonObject m = byMonth.value(month).toObject();
        f.answeredByMonth.append({month, countValue(m.value(QLatin1String("answered"))),
                                  countValue(m.value(QLatin1String("unanswered")))});
    }
    const QJsonObject waits = objectOf(body, "waitByMonth");
    months = waits.keys();
    months.sort();
    for (const QString &month : months)
        f.waitByMonth.append({month, waitFigures(waits.value(month).toObject())});

    const QJsonObject channelsByMonth = objectOf(body, "monthsByChannel");
    months = channelsByMonth.keys();
    months.sort();
    for (const QString &month : months)
        f.monthsByChannel.append(
            {month,
             countList(channelsByMonth.value(month).toObject(), protocol::names<protocol::Channel>())});
    if (body.value(QLatin1String("wait")).isObject())
        f.wait = waitFigures(objectOf(body, "wait"));

    const QJsonObject heatmap = objectOf(body, "heatmap");
    f.offered = grid(heatmap.value(QLatin1String("offered")));
    f.answeredGrid = grid(heatmap.value(QLatin1String("answered")));
    return f;
}

Count StatisticsFigures::imminent() const
{
    return countOf(risks, protocol::toString(protocol::RiskLevel::Imminent));
}

Count StatisticsFigures::highOrImminent() const
{
    return sum(countOf(risks, protocol::toString(protocol::RiskLevel::High)), imminent());
}

Count StatisticsFigures::suicidality() const
{
    return countOf(topics, kSuicidalityTopic);
}

Count StatisticsFigures::repeat() const
{
    return countOf(histories, protocol::toString(protocol::ContactHistory::Repeat));
}

std::optional<double> StatisticsFigures::answeredShare() const
{
    const Count all = sum(answered, unanswered);
    if (!answered || !all || *all == 0)
        return std::nullopt;
    return double(*answered) / double(*all);
}

std::optional<double> StatisticsFigures::repeatShare() const
{
    // Of the people whose history is known: first or repeat.
    const Count first = countOf(histories, protocol::toString(protocol::ContactHistory::First));
    const Count known = sum(first, repeat());
    if (!repeat() || !known || *known == 0)
        return std::nullopt;
    return double(*repeat()) / double(*known);
}

} // namespace ecoute::models
