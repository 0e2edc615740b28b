// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/statistics/StatisticsPeriod.h"

#include <QJsonObject>

#include <optional>

namespace ecoute::server {

class Database;

/// The line's anonymous statistics over a period, computed from the stored
/// contacts: only aggregate counts, small ones suppressed (StatisticsTally).
/// Practice contacts never count.
class Statistics
{
public:
    explicit Statistics(Database &db) : m_db(db) { }

    /// The body of stats.snapshot; nullopt if the database could not be read.
    std::optional<QJsonObject> snapshot(const StatisticsPeriod &period, int minCount) const;

private:
    Database &m_db;
};

} // namespace ecoute::server
