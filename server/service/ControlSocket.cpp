// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/service/ControlSocket.h"

#include "server/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace ecoute::server {

namespace control {

namespace {
constexpr int kMaxLineBytes = 64;
constexpr int kClientDeadlineMs = 2000; ///< a client that says nothing in time is dropped
constexpr int kProbeMs = 200;
const QByteArray kOk = QByteArrayLiteral("ok\n");
} // namespace

QString socketPath(const QString &dataDir)
{
    // Absolute: QLocalServer would put a relative name under the temporary directory.
    return QDir(dataDir).absoluteFilePath(QStringLiteral("control.sock"));
}

QByteArray lineOf(Command command)
{
    switch (command) {
    case Command::AccountsChanged:
        return QByteArrayLiteral("accounts-changed\n");
    }
    return {};
}

std::optional<Command> commandOf(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed == lineOf(Command::AccountsChanged).trimmed())
        return Command::AccountsChanged;
    return std::nullopt;
}

Delivery notify(const QString &dataDir, Command command, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return Delivery::NoServer;
    socket.write(lineOf(command));
    if (!socket.waitForBytesWritten(timeoutMs))
        return Delivery::NoAnswer;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kOk ? Delivery::Applied : Delivery::NoAnswer;
}

} // namespace control

ControlSocket::ControlSocket(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(std::make_unique<QLocalServer>())
{
    connect(m_server.get(), &QLocalServer::newConnection, this, &ControlSocket::accept);
}

ControlSocket::~ControlSocket()
{
    m_server->close(); // removes the socket file
}

bool ControlSocket::listen(const QString &dataDir)
{
    const QString path = control::socketPath(dataDir);
    if (QFile::exists(path)) {
        // Left by a server that crashed, unless one still answers there.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(control::kProbeMs)) {
            qCWarning(lcServer) << "another server answers on" << path << "- accounts changed with the CLI"
                                << "apply here only after a minute";
            return false;
        }
        QLocalServer::removeServer(path);
    }
    if (!m_server->listen(path)) {
        qCWarning(lcServer) << "no control socket:" << m_server->errorString()
                            << "- accounts changed with the CLI apply only after a minute";
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void ControlSocket::accept()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QLocalSocket::readyRead, this, [this, client] { read(client); });
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        QTimer::singleShot(control::kClientDeadlineMs, client, [client] { client->abort(); });
    }
}

void ControlSocket::read(QLocalSocket *client)
{
    if (!client->canReadLine()) {
        if (client->bytesAvailable() > control::kMaxLineBytes)
            client->abort();
        return;
    }
    const auto command = control::commandOf(client->readLine(control::kMaxLineBytes + 1));
    if (!command) {
        qCInfo(lcServer) << "unknown control command refused";
        client->abort();
        return;
    }
    m_handler(*command);
    client->write(control::kOk);
    client->disconnectFromServer();
}

} // namespace ecoute::server
