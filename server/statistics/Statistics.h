// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/statistics/StatisticsPeriod.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace ecoute::server {

class Database;

/// How the line's statistics are laid out: the time zone of the heatmap and
/// the topic ids every snapshot lists (the centre's report taxonomy).
struct StatisticsSettings
{
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QStringList topicIds; ///< empty: only the topics the reports name

    /// The zone an IANA id names (--time-zone); nullopt for an unknown or malformed id.
    static std::optional<QTimeZone> zoneFromId(const QString &id);
};

/// The line's anonymous statistics over a period, computed from the stored
/// contacts and their reports: only aggregate counts, small ones suppressed
/// (StatisticsTally). Practice contacts never count.
class Statistics
{
public:
    explicit Statistics(Database &db, StatisticsSettings settings = {})
        : m_db(db), m_settings(std::move(settings))
    {
    }

    /// The topic ids and time zone can be set once the configuration is read.
    void setSettings(StatisticsSettings settings) { m_settings = std::move(settings); }
    const StatisticsSettings &settings() const { return m_settings; }

    /// The body of stats.snapshot; nullopt if the database could not be read.
    std::optional<QJsonObject> snapshot(const StatisticsPeriod &period, int minCount) const;

private:
    Database &m_db;
    StatisticsSettings m_settings;
};

} // namespace ecoute::server
