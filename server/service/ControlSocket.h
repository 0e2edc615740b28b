// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace ecoute::server {

/// What the admin CLI (a separate process on the same data directory) tells
/// the running server, one line each, over a local socket only its user can open.
namespace control {

enum class Command {
    AccountsChanged, ///< accounts or sessions were changed in the database: read them again
};

/// The file the socket lives in: DATA/control.sock.
QString socketPath(const QString &dataDir);
QByteArray lineOf(Command command);
std::optional<Command> commandOf(const QByteArray &line);

enum class Delivery {
    Applied, ///< the server answered: the change is in effect
    NoServer, ///< nothing listens (no server runs on this data directory)
    NoAnswer, ///< a server was reached but did not confirm in time
};
/// Tells the server running on dataDir, waiting up to timeoutMs for its answer.
Delivery notify(const QString &dataDir, Command command, int timeoutMs = 2000);

} // namespace control

/// The server's end: listens on DATA/control.sock (mode 0600, removed on
/// exit), runs the handler for each command, then answers "ok", so a CLI
/// that got its answer knows the server already acts on the change.
class ControlSocket : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(control::Command)>;

    explicit ControlSocket(Handler handler, QObject *parent = nullptr);
    ~ControlSocket() override;

    /// False (the server runs on without it) if the socket cannot be created,
    /// e.g. another server already answers on this data directory.
    bool listen(const QString &dataDir);

private:
    void accept();
    void read(QLocalSocket *client);

    Handler m_handler;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace ecoute::server
