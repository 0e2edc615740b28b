// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/Console.h"
#include "server/cli/SubCommands.h"
#include "server/service/Server.h"
#include "server/service/ServerConfig.h"
#include "server/service/SignalWatcher.h"
#include "server/transport/EpollDispatcher.h"

#include <QCoreApplication>

using namespace ecoute::server;

int main(int argc, char *argv[])
{
    // The main thread runs the service and, with --io-threads 0, every connection: it gets the
    // epoll dispatcher too, so that no loop pass costs one poll entry per socket.
    QCoreApplication::setEventDispatcher(new EpollDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecoute-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    if (const SubCommands::Entry *command = SubCommands::find(app.arguments()))
        return SubCommands::run(*command, app.arguments());

    QString message;
    int exitCode = 0;
    const auto config = ServerConfig::parse(app.arguments(), &message, &exitCode);
    if (!config) {
        if (exitCode == 0) {
            const bool help = app.arguments().contains(QStringLiteral("--help"))
                || app.arguments().contains(QStringLiteral("-h"))
                || app.arguments().contains(QStringLiteral("--help-all"));
            console::out(help ? message + u'\n' + SubCommands::helpText() : message);
        } else {
            console::err(message);
        }
        return exitCode;
    }

    // Before start(): whoever reads "listening:" may send SIGTERM at once (systemd, scripts, tests).
    SignalWatcher signalWatcher;
    Server server(*config);
    if (!server.start()) {
        console::err(QStringLiteral("ecoute-server: %1").arg(server.error()));
        return 1;
    }
    return QCoreApplication::exec();
}
