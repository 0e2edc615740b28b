// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsFigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ecoute::models {

/// The groups of counts a snapshot carries, by key.
enum class StatisticsGroup {
    Channels,
    Languages,
    Months,
    Endings,
    Durations,
    Topics,
    Risks,
    Outcomes,
    Histories
};

/// The counts of one group.
const CountList &groupOf(const StatisticsFigures &figures, StatisticsGroup group);

/// Translated words for the statistics: the keys of each group, hidden counts, months, shares.
/// Shared by the view, the CSV files and the yearly report so they all say the same.
class StatisticsText
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsText)

public:
    /// The label of a key of a group ("phone", "imminent", "2026-03" → "March 2026"...).
    /// Topics take the labels of report.form; an unknown key is shown as sent.
    static QString keyLabel(StatisticsGroup group, const QString &key,
                            const QHash<QString, QString> &topicLabels = {});
    static QString groupTitle(StatisticsGroup group);
    /// "hidden (<5)": a count the server suppressed.
    static QString hidden(int minCount);
    /// A count, or hidden(minCount).
    static QString count(const Count &count, int minCount);
    /// "42 %", or hidden.
    static QString share(const std::optional<double> &share, int minCount);
    /// Seconds as minutes ("3.5 min"), or hidden.
    static QString minutes(const Count &seconds, int minCount);
    /// "March 2026" for "2026-03" (short: "Mar").
    static QString month(const QString &yearMonth, bool shortForm = false);
    static QString weekday(int mondayBased, bool shortForm = false);
    /// "1 January 2026 – 31 December 2026": the days counted (to is exclusive on the wire).
    static QString period(const QDate &from, const QDate &toExclusive);
};

} // namespace ecoute::models
