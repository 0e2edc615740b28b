// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace ecoute::server {

/// The administration sub-commands of ecoute-server ("user", "audit", "stats", ...).
/// The global options --data-dir, --help and --version may stand before or after the
/// sub-command: `ecoute-server --data-dir DIR user list` is `ecoute-server user list --data-dir DIR`.
/// A sub-command's own options follow its name. Without a sub-command the server serves.
class SubCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubCommands)

public:
    /// Runs a sub-command on the whole command line (argv[0] included; its parser ignores where
    /// the options sit) and returns the process exit code: 0 ok, 1 failed, 2 usage.
    using Runner = int (*)(const QStringList &arguments);

    struct Entry
    {
        const char *name;
        Runner run;
        const char *summary; ///< one line for --help (not translated, like the rest of the server's help)
    };

    /// The sub-command named on this command line, or nullptr in serve mode.
    static const Entry *find(const QStringList &arguments);
    /// Runs the sub-command find() returned; handles --version for every sub-command.
    static int run(const Entry &entry, const QStringList &arguments);
    /// "Commands:" and one line per sub-command, appended to the serve-mode --help.
    static QString helpText();
};

} // namespace ecoute::server
