// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <tuple>

namespace ecoute::testing {

/// A time as the server stores it: ISO 8601 UTC with milliseconds.
inline QString storedTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// stats.snapshot's heatmap grid: 7 x 24 zeros with the given cells set, {weekday (Monday 0), hour, value}.
inline QJsonArray heatmapGrid(const QList<std::tuple<int, int, QJsonValue>> &cells)
{
    QJsonArray rows;
    for (int day = 0; day < 7; ++day) {
        QJsonArray row;
        for (int hour = 0; hour < 24; ++hour)
            row.append(0);
        rows.append(row);
    }
    for (const auto &[day, hour, value] : cells) {
        QJsonArray row = rows.at(day).toArray();
        row.replace(hour, value);
        rows.replace(day, row);
    }
    return rows;
}

} // namespace ecoute::testing
