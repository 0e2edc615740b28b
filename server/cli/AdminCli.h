// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ecoute::server {

/// "ecoute-server user ..." account administration on the data directory:
///   user add NAME --role ROLE [--display-name TEXT]
///   user passwd NAME
///   user disable NAME | user enable NAME
///   user list
///   audit
/// add/passwd read the password from the first line of stdin; when stdin is
/// a terminal or empty, a random 16-character password is generated and
/// printed once. --data-dir may stand anywhere (SubCommands dispatches). Disabling an account or changing its
/// password ends its sessions. A server running on the same data directory is told of every change
/// (control socket) before the command returns, so it applies there at once.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    /// Runs the command; returns the process exit code (0 ok, 1 failed, 2 usage).
    static int run(const QStringList &arguments);
};

} // namespace ecoute::server
