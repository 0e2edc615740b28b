// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCli.h"
#include "Console.h"
#include "Server.h"
#include "ServerConfig.h"
#include "SignalWatcher.h"

#include <QCoreApplication>

using namespace ecoute::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecoute-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    if (AdminCli::isCliCommand(app.arguments()))
        return AdminCli::run(app.arguments());

    QString message;
    int exitCode = 0;
    const auto config = ServerConfig::parse(app.arguments(), &message, &exitCode);
    if (!config) {
        if (exitCode == 0)
            console::out(message);
        else
            console::err(message);
        return exitCode;
    }

    Server server(*config);
    if (!server.start()) {
        console::err(QStringLiteral("ecoute-server: %1").arg(server.error()));
        return 1;
    }
    SignalWatcher signalWatcher;
    return QCoreApplication::exec();
}
