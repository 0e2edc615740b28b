// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ecoute::models {

/// A count of the statistics: std::nullopt when the server hid it (small-count suppression).
/// A hidden count is never zero: it is "under minCount" and must be shown as hidden.
using Count = std::optional<int>;

/// One key of a group (a channel, a topic id, a month "YYYY-MM", ...) and its count.
struct CountEntry
{
    QString key;
    Count count;
};
using CountList = QList<CountEntry>;

/// A count looked up by key in a group; std::nullopt also when the key is missing.
Count countOf(const CountList &list, QStringView key);

struct MonthAnswered
{
    QString month; ///< YYYY-MM
    Count answered;
    Count unanswered;
};

struct MonthChannels
{
    QString month; ///< YYYY-MM
    CountList channels;
};

/// Seconds from arrival to answer; nullopt when too few answers were counted.
struct WaitFigures
{
    Count p50;
    Count p90;
};

struct MonthWait
{
    QString month; ///< YYYY-MM
    WaitFigures wait;
};

/// Weekday (0 = Monday) × hour (0–23) counts, in the server's time zone.
struct HeatmapGrid
{
    std::array<std::array<Count, 24>, 7> cells {};
    bool present = false;
};

/// The figures of one stats.snapshot, typed. The server computes everything; the
/// workstation only reads, derives shares from them and draws.
struct StatisticsFigures
{
    QDate from; ///< first day counted
    QDate to; ///< first day not counted
    int minCount = 0;
    QString timeZone;

    Count contacts;
    Count answered;
    Count unanswered;
    Count hard;

    CountList channels, languages, months, endings, durations;
    /// From the reports (issue 16): absent (empty) from an older server.
    CountList topics, risks, outcomes, histories;
    QList<MonthAnswered> answeredByMonth;
    QList<MonthWait> waitByMonth;
    HeatmapGrid offered;
    HeatmapGrid answeredGrid;
    /// Optional keys a newer server may add (see the coordination notes): per month by channel,
    /// and the wait of the whole period.
    QList<MonthChannels> monthsByChannel;
    std::optional<WaitFigures> wait;

    bool loaded = false;

    /// Parses a stats.snapshot body; tolerant of any missing optional object.
    static StatisticsFigures fromBody(const QJsonObject &body);

    /// Derived headline figures; nullopt whenever a hidden count is involved.
    Count imminent() const;
    Count highOrImminent() const;
    Count suicidality() const;
    Count repeat() const;
    std::optional<double> answeredShare() const;
    std::optional<double> repeatShare() const;
};

} // namespace ecoute::models
