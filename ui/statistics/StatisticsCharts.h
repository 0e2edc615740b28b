// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsFigures.h"
#include "models/statistics/StatisticsText.h"

#include <QChart>
#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ecoute::ui {

/// How the charts look: the view follows the desktop (light, dark, high contrast); paper is light.
struct StatisticsChartLook
{
    QChart::ChartTheme theme = QChart::ChartThemeLight;
    QColor hidden {90, 90, 90}; ///< the hatching of hidden counts
    QColor median {0, 90, 50}; ///< wait p50
    QColor slow {180, 60, 0}; ///< wait p90
    /// The look for Theme::mode() (ui/style/Theme.h).
    static StatisticsChartLook forDesktop();
};

/// Builds each chart of the statistics from the figures, so the view and the yearly report draw the
/// same thing. A hidden count is never drawn as 0: it gets a hatched bar (or slice) up to the
/// suppression threshold, named "hidden (<5)" in the legend, meaning "somewhere under 5".
/// Every function returns a new chart the caller owns (or hands to a QChartView).
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCharts)

public:
    using Look = StatisticsChartLook;

    /// Contacts per month, stacked by channel when the server sends months by channel.
    static QChart *contactsPerMonth(const models::StatisticsFigures &figures, const Look &look = {});
    /// One bar per key of a group (channels, risks, outcomes...); horizontal for topics.
    static QChart *group(const models::StatisticsFigures &figures, models::StatisticsGroup group,
                         const QHash<QString, QString> &topicLabels = {}, const Look &look = {});
    /// Answered and unanswered per month (stacked bars) with the wait p50/p90 in minutes (lines).
    static QChart *answeredPerMonth(const models::StatisticsFigures &figures, const Look &look = {});
    /// First and repeat contacts (pie).
    static QChart *repeatShare(const models::StatisticsFigures &figures, const Look &look = {});

    /// A text equivalent of a group, for screen readers ("phone: 12; chat: hidden (<5)").
    static QString groupSummary(const models::StatisticsFigures &figures, models::StatisticsGroup group,
                                const QHash<QString, QString> &topicLabels = {});
    static QString answeredSummary(const models::StatisticsFigures &figures);
    static QString monthsSummary(const models::StatisticsFigures &figures);
};

} // namespace ecoute::ui
