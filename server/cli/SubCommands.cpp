// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/SubCommands.h"

#include "server/cli/AdminCli.h"
#include "server/cli/Console.h"
#include "server/cli/DirectoryCli.h"
#include "server/cli/KeysCli.h"
#include "server/cli/StatisticsCli.h"

#include <algorithm>

namespace ecoute::server {

namespace {

/// Adding a sub-command is one line here.
constexpr SubCommands::Entry kEntries[] = {
    {"user", &AdminCli::run, "user add|set|show|passwd|disable|enable|list ...   staff accounts"},
    {"audit", &AdminCli::run, "audit   the supervision audit log, oldest first"},
    {"stats", &StatisticsCli::run, "stats [--from DATE] [--to DATE] [--json]   anonymous statistics"},
    {"keys", &KeysCli::run, "keys rotate [--key-file PATH]   new transcript key, stored text re-sealed"},
    {"directory", &DirectoryCli::run,
     "directory list|add --name TEXT ...|remove ID|import FILE.json|export   the referral directory"},
};

/// Global options that take a value in the next argument when written without "=".
bool takesValue(const QString &argument)
{
    return argument == QLatin1String("--data-dir") || argument == QLatin1String("-data-dir");
}

bool isVersionOption(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}

} // namespace

const SubCommands::Entry *SubCommands::find(const QStringList &arguments)
{
    // The first argument that is neither an option nor the value of --data-dir names the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return nullptr;
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        for (const Entry &entry : kEntries) {
            if (argument == QLatin1String(entry.name))
                return &entry;
        }
        return nullptr; // serve mode reports it as an unknown command
    }
    return nullptr;
}

int SubCommands::run(const Entry &entry, const QStringList &arguments)
{
    const auto end = std::find(arguments.cbegin(), arguments.cend(), QStringLiteral("--"));
    if (std::any_of(arguments.cbegin() + 1, end, isVersionOption)) {
        console::out(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return 0;
    }
    return entry.run(arguments);
}

QString SubCommands::helpText()
{
    QString text = tr("Commands (\"ecoute-server COMMAND --help\" lists a command's options; --data-dir,\n"
                      "--help and --version may stand before or after the command):\n");
    for (const Entry &entry : kEntries)
        text += QStringLiteral("  ") + QLatin1String(entry.summary) + u'\n';
    return text;
}

} // namespace ecoute::server
