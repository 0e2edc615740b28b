// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsFigures.h"
#include "models/statistics/StatisticsText.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecoute::models {

/// One CSV file per figure (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote
/// or a line break). A hidden count is an EMPTY count cell with "hidden (<5)" in the note column, so
/// the count column stays numeric and a spreadsheet never sums a hidden count as 0. A cell that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe.
/// Months carry each channel's count of the month too when the server sends them.
class StatisticsCsv
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCsv)

public:
    enum class Figure {
        Totals,
        Channels,
        Languages,
        Months,
        Endings,
        Durations,
        Topics,
        Risks,
        Outcomes,
        Histories,
        AnsweredByMonth,
        WaitByMonth,
        Heatmap
    };

    static QList<Figure> allFigures();
    /// The file's content (UTF-8 when written).
    static QString csv(Figure figure, const StatisticsFigures &figures,
                       const QHash<QString, QString> &topicLabels = {});
    /// A file name for it: "ecoute-statistics-topics-2026-01-01.csv".
    static QString fileName(Figure figure, const StatisticsFigures &figures);
    /// One field, neutralised and quoted as needed.
    static QString field(const QString &text);
    static QString row(const QStringList &fields);
    /// Writes csv() to a file; false when it could not be written.
    static bool write(const QString &path, Figure figure, const StatisticsFigures &figures,
                      const QHash<QString, QString> &topicLabels = {});

private:
    static std::optional<StatisticsGroup> groupOf(Figure figure);
    static QString monthsByChannel(const StatisticsFigures &figures);
};

} // namespace ecoute::models
