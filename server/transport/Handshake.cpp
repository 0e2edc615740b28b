// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/Handshake.h"

#include "server/transport/ClientConnection.h"

#include "protocol/Limits.h"

#include <QJsonArray>

namespace ecoute::server::handshake {

using protocol::ErrorCode;

bool answerHello(ClientConnection &connection, const protocol::Envelope &hello)
{
    const QJsonArray versions = hello.body.value(QLatin1String("versions")).toArray();
    if (!versions.contains(QJsonValue(protocol::kProtocolVersion))) {
        connection.sendError(ErrorCode::UnsupportedVersion, QStringLiteral("the server speaks version 1"),
                             hello.id);
        connection.close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("unsupported version"));
        return false;
    }
    const QJsonObject limits {
        {QStringLiteral("maxFrameBytes"), protocol::Limits::maxFrameBytes},
        {QStringLiteral("maxChatTextChars"), protocol::Limits::maxChatTextChars},
    };
    connection.send(QStringLiteral("welcome"),
                    {{QStringLiteral("version"), protocol::kProtocolVersion},
                     {QStringLiteral("server"), QStringLiteral("ecoute-server/0.1")},
                     {QStringLiteral("limits"), limits}},
                    hello.id);
    return true;
}

void refuseBeforeHello(ClientConnection &connection, const protocol::Envelope &envelope)
{
    connection.sendError(ErrorCode::NotAuthenticated, QStringLiteral("send hello first"), envelope.id);
}

} // namespace ecoute::server::handshake
