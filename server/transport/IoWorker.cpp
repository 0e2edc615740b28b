// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/IoWorker.h"

#include "server/transport/ClientConnection.h"
#include "server/transport/FrontConnection.h"

#include <QSslSocket>

#include <functional>

#include <unistd.h>

namespace ecoute::server {

namespace {
/// A child of an admitted socket, so that the socket's end reaches the gate
/// however and wherever it goes.
class AdmissionTicket : public QObject
{
public:
    AdmissionTicket(QObject *socket, std::function<void()> released)
        : QObject(socket), m_released(std::move(released))
    {
    }
    ~AdmissionTicket() override { m_released(); }

private:
    std::function<void()> m_released;
};
} // namespace

IoWorker::IoWorker(IoSettings settings, QThread *serviceThread)
    : m_settings(std::move(settings)), m_site(m_settings.tls.has_value()), m_serviceThread(serviceThread)
{
}

IoWorker::~IoWorker()
{
    // The sockets that go with this worker are nobody's concern any more; they go
    // while this is still whole.
    m_tearingDown = true;
    m_gateway.reset();
    qDeleteAll(children());
}

void IoWorker::adopt(qintptr descriptor, const SourceKey &source)
{
    QTcpSocket *socket = m_settings.tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        Q_EMIT socketClosed(source);
        return;
    }
    if (!m_gateway) {
        m_gateway =
            std::make_unique<WebSocketGateway>(m_settings.origins, m_settings.connection, m_serviceThread);
        connect(m_gateway.get(), &WebSocketGateway::connectionAccepted, this, &IoWorker::connectionAccepted);
    }
    // A child: QWebSocket disconnects every signal of the socket it takes over, destroyed() included.
    new AdmissionTicket(socket, [this, source] {
        if (!m_tearingDown)
            Q_EMIT socketClosed(source);
    });
    auto *front = new FrontConnection(socket, m_settings.tls.has_value(), m_settings.front, m_site, this);
    connect(front, &FrontConnection::webSocketRequested, m_gateway.get(), &WebSocketGateway::take);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->setSslConfiguration(*m_settings.tls);
        ssl->startServerEncryption();
    }
}

} // namespace ecoute::server
