// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ecoute::server {

/// "ecoute-server stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
/// [--stats-min-count N] [--time-zone ZONE] [--report-topics FILE] [--data-dir DIR]": the
/// figures stats.get answers, for admins at the server's console. Tab-separated
/// lines, or the stats.snapshot body as JSON.
class StatisticsCli
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCli)

public:
    /// Returns the process exit code (0 ok, 1 failed, 2 usage).
    static int run(const QStringList &arguments);
};

} // namespace ecoute::server
