// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/statistics/StatisticsTally.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace ecoute::server {

/// Counts the end-of-contact reports into the published figures: topics, risk
/// levels, outcomes and first/repeat contacts. Only reported contacts count;
/// risks and histories also say how many answered contacts have no report.
class ReportTally
{
public:
    /// topicIds: the centre's taxonomy, each published with 0 when no report
    /// names it. Empty: only the ids the reports name are published.
    explicit ReportTally(const QStringList &topicIds = {});

    void add(const ContactFacts &contact);
    /// Adds topics, risks, outcomes and histories to a stats.snapshot body,
    /// each one suppression group (StatisticsTally::suppress).
    void writeTo(QJsonObject &body, int minCount) const;

private:
    QMap<QString, int> m_topics;
    QMap<QString, int> m_risks;
    QMap<QString, int> m_outcomes;
    QMap<QString, int> m_histories;
};

} // namespace ecoute::server
