// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceRelay.h"

#include <QTcpSocket>

namespace ecoute::testing {

SourceRelay::SourceRelay(const QHostAddress &from, quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_from(from), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            link(client);
    });
}

bool SourceRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void SourceRelay::link(QTcpSocket *client)
{
    client->setParent(this);
    auto *upstream = new QTcpSocket(client);
    if (!upstream->bind(m_from, 0)) {
        client->abort();
        client->deleteLater();
        return;
    }
    // Bytes from the client before the upstream is up wait in the client's buffer.
    connect(upstream, &QTcpSocket::connected, client,
            [client, upstream] { upstream->write(client->readAll()); });
    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

} // namespace ecoute::testing
