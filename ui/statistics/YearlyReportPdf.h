// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsFigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ecoute::ui {

/// The yearly report for the board and the funders: an A4 PDF in the UI language with the period,
/// the headline figures (contacts by channel, answered share, suicidality, hard contacts, repeat
/// share, the wait) and the charts of the statistics view. Hidden counts say hidden here too.
class YearlyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(YearlyReportPdf)

public:
    /// A headline figure: what it is and its value as text.
    struct Line
    {
        QString label;
        QString value;
    };

    /// The headline figures, in the report's order (the view shows the same).
    static QList<Line> headlines(const models::StatisticsFigures &figures);
    /// Writes the report; false (with *error) when the file could not be written.
    static bool write(const QString &path, const models::StatisticsFigures &figures,
                      const QHash<QString, QString> &topicLabels, const QString &centreName = {},
                      QString *error = nullptr);
    /// "ecoute-yearly-report-2026.pdf"
    static QString fileName(const models::StatisticsFigures &figures);
};

} // namespace ecoute::ui
