// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ecoute::server {

/// "ecoute-server directory ..." keeps the referral directory at the console:
///   directory list                 one tab-separated line per service, sorted by name
///   directory add --name TEXT [--helps-with TEXT] [--phone TEXT] [--web URL] [--hours TEXT]
///                 [--languages fr,de] [--region TEXT]      prints the new service's id
///   directory remove ID
///   directory import FILE.json     {"services": [...]} or [...]; all or nothing; ids kept
///   directory export               the whole directory as JSON (what import reads)
/// The same checks as directory.save; a running server reads the database on every request,
/// so its workstations see a change the next time they ask.
class DirectoryCli
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCli)

public:
    /// Returns the process exit code (0 ok, 1 failed, 2 usage).
    static int run(const QStringList &arguments);
};

} // namespace ecoute::server
