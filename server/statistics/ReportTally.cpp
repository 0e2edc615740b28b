// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/ReportTally.h"

#include "protocol/Vocabulary.h"

#include <QSet>

namespace ecoute::server {

namespace {
const QString kUnreported = QStringLiteral("unreported");

QMap<QString, int> zeros(const QStringList &keys)
{
    QMap<QString, int> map;
    for (const QString &key : keys)
        map.insert(key, 0);
    return map;
}

/// A value outside the vocabulary (a damaged row) is left out, never published as it is.
void count(QMap<QString, int> &map, const QString &key)
{
    if (auto it = map.find(key); it != map.end())
        ++it.value();
}
} // namespace

ReportTally::ReportTally(const QStringList &topicIds)
    : m_topics(zeros(topicIds)),
      m_risks(zeros(protocol::names<protocol::RiskLevel>() + QStringList {kUnreported})),
      m_outcomes(zeros(protocol::names<protocol::ReportOutcome>())),
      m_histories(zeros(protocol::names<protocol::ContactHistory>() + QStringList {kUnreported}))
{
}

void ReportTally::add(const ContactFacts &c)
{
    if (!c.report) {
        // Only an answered contact has someone to report it: the unanswered
        // ones are in totals, not here, so risks add up to the answered contacts.
        if (!c.acceptedAt.isEmpty()) {
            ++m_risks[kUnreported];
            ++m_histories[kUnreported];
        }
        return;
    }
    const ReportFacts &r = *c.report;
    // A topic id the taxonomy no longer has still counts under its id: the
    // server checked it against the taxonomy of the day it was reported.
    for (const QString &topic : QSet<QString>(r.topics.begin(), r.topics.end()))
        if (!topic.isEmpty())
            ++m_topics[topic];
    count(m_risks, r.risk);
    count(m_histories, r.history);
    for (const QString &outcome : QSet<QString>(r.outcomes.begin(), r.outcomes.end()))
        count(m_outcomes, outcome);
}

void ReportTally::writeTo(QJsonObject &body, int minCount) const
{
    body.insert(QStringLiteral("topics"), StatisticsTally::suppress(m_topics, minCount));
    body.insert(QStringLiteral("risks"), StatisticsTally::suppress(m_risks, minCount));
    body.insert(QStringLiteral("outcomes"), StatisticsTally::suppress(m_outcomes, minCount));
    body.insert(QStringLiteral("histories"), StatisticsTally::suppress(m_histories, minCount));
}

} // namespace ecoute::server
