// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/StatisticsTally.h"

#include "protocol/MessageCatalog.h"

#include <QDateTime>

namespace ecoute::server {

namespace {
const QString kOther = QStringLiteral("other");
const QString kOpen = QStringLiteral("open");
// abandoned: the page went while waiting and did not come back (abuse/SeekerGuard).
const QStringList kEndings {QStringLiteral("volunteer"), QStringLiteral("seeker"),
                            QStringLiteral("abandoned"), kOther, kOpen};
const QStringList kDurations {QStringLiteral("under5"), QStringLiteral("5to15"), QStringLiteral("15to30"),
                              QStringLiteral("30to60"), QStringLiteral("over60")};

/// Every key present with 0, so the shape never depends on the data.
QMap<QString, int> zeros(const QStringList &keys)
{
    QMap<QString, int> map;
    for (const QString &key : keys)
        map.insert(key, 0);
    return map;
}

/// Values outside the known vocabulary are counted as "other", never published
/// as they are (a free-text language would otherwise become a key).
void count(QMap<QString, int> &map, const QString &key)
{
    ++map[map.contains(key) ? key : kOther];
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}
} // namespace

StatisticsTally::StatisticsTally(const StatisticsPeriod &period)
    : m_period(period), m_answered(zeros({QStringLiteral("answered"), QStringLiteral("unanswered")})),
      m_channels(zeros(protocol::vocab::channels)), // the schema allows no other channel
      m_languages(zeros(protocol::vocab::languages + QStringList {kOther})), m_endings(zeros(kEndings)),
      m_durations(zeros(kDurations))
{
    for (QDate month(period.from.year(), period.from.month(), 1); month < period.to;
         month = month.addMonths(1))
        m_months.insert(month.toString(QStringLiteral("yyyy-MM")), 0);
}

QStringList StatisticsTally::durationBuckets()
{
    return kDurations;
}

QString StatisticsTally::durationBucket(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 5)
        return kDurations.at(0);
    if (minutes < 15)
        return kDurations.at(1);
    if (minutes < 30)
        return kDurations.at(2);
    if (minutes < 60)
        return kDurations.at(3);
    return kDurations.at(4);
}

void StatisticsTally::add(const ContactFacts &c)
{
    ++m_contacts;
    if (c.hard)
        ++m_hard;
    count(m_channels, protocol::toString(c.channel));
    count(m_languages, c.language);
    count(m_months, c.createdAt.left(7)); // "YYYY-MM" of a stored UTC timestamp
    const bool answered = !c.acceptedAt.isEmpty();
    ++m_answered[answered ? QStringLiteral("answered") : QStringLiteral("unanswered")];
    count(m_endings, c.endedBy.isEmpty() ? kOpen : c.endedBy);
    if (answered && !c.endedAt.isEmpty()) {
        // From the (last) acceptance to the end: the time someone listened.
        const qint64 seconds = utc(c.acceptedAt).secsTo(utc(c.endedAt));
        if (seconds >= 0)
            ++m_durations[durationBucket(seconds)];
    }
}

QJsonObject StatisticsTally::suppress(const QMap<QString, int> &group, int minCount)
{
    QJsonObject out;
    int hidden = 0;
    for (auto it = group.begin(); it != group.end(); ++it) {
        const bool small = it.value() > 0 && it.value() < minCount;
        out.insert(it.key(), small ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
        hidden += small;
    }
    if (hidden == 1) {
        auto smallest = group.end();
        for (auto it = group.begin(); it != group.end(); ++it) {
            if (it.value() >= minCount && (smallest == group.end() || it.value() < smallest.value()))
                smallest = it;
        }
        if (smallest != group.end())
            out.insert(smallest.key(), QJsonValue(QJsonValue::Null));
    }
    return out;
}

QJsonObject StatisticsTally::toJson(int minCount) const
{
    QJsonObject totals = suppress(m_answered, minCount);
    for (const auto &[key, value] :
         {std::pair {QStringLiteral("contacts"), m_contacts}, std::pair {QStringLiteral("hard"), m_hard}})
        totals.insert(key, suppress({{key, value}}, minCount).value(key));
    return {{QStringLiteral("from"), m_period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), m_period.to.toString(Qt::ISODate)},
            {QStringLiteral("minCount"), minCount},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("channels"), suppress(m_channels, minCount)},
            {QStringLiteral("languages"), suppress(m_languages, minCount)},
            {QStringLiteral("months"), suppress(m_months, minCount)},
            {QStringLiteral("endings"), suppress(m_endings, minCount)},
            {QStringLiteral("durations"), suppress(m_durations, minCount)}};
}

} // namespace ecoute::server
