// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include "Logging.h"

#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <climits>

namespace ecoute::server {

using protocol::Codec;
using protocol::Limits;

Connection::Connection(std::unique_ptr<QWebSocket> socket, protocol::Route inbound, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_inbound(inbound)
{
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { receive(text.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &data) { receive(data); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &Connection::disconnected);
}

Connection::~Connection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool Connection::isOpen() const
{
    return !m_closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Connection::send(const QString &type, const QJsonObject &body, const QString &re)
{
    if (m_closing)
        return;
    protocol::Envelope e = protocol::Envelope::make(type, body, re);
    e.id = m_ids.next();
    const QByteArray frame = Codec::encode(e);
    if (frame.size() > Limits::maxFrameBytes) // a server bug: the client will refuse it
        qCCritical(lcWs) << "sending an oversized" << type << "frame of" << frame.size() << "bytes";
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void Connection::sendError(protocol::ErrorCode code, const QString &detail, const QString &re,
                           qint64 retryAfterMs, const QString &field)
{
    if (m_closing)
        return;
    protocol::ProtocolError error {code, detail, field, re};
    protocol::Envelope e =
        Codec::errorEnvelope(error, static_cast<int>(std::min<qint64>(retryAfterMs, INT_MAX)));
    e.id = m_ids.next();
    m_socket->sendTextMessage(QString::fromUtf8(Codec::encode(e)));
    countError();
}

void Connection::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(code, reason);
}

void Connection::receive(QByteArrayView frame)
{
    if (m_closing)
        return;
    auto result = Codec::decode(frame, m_inbound);
    if (Codec::isError(result)) {
        const auto &error = std::get<protocol::ProtocolError>(result);
        qCInfo(lcWs) << "rejected frame:" << protocol::errorCodeName(error.code);
        sendError(error.code, error.detail, error.re, -1, error.field);
        return;
    }
    Q_EMIT envelopeReceived(std::get<protocol::Envelope>(result));
}

void Connection::countError()
{
    const qint64 now = QDeadlineTimer::current().deadline();
    m_errorTimes.enqueue(now);
    while (!m_errorTimes.isEmpty() && now - m_errorTimes.head() > Limits::errorWindowMs)
        m_errorTimes.dequeue();
    if (m_errorTimes.size() > Limits::maxErrorsPerWindow) {
        qCInfo(lcWs) << "closing an abusive connection (too many protocol errors)";
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many protocol errors"));
    }
}

} // namespace ecoute::server
