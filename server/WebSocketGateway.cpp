// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebSocketGateway.h"

#include "Connection.h"
#include "HttpFrontend.h"
#include "Logging.h"
#include "SeekerSession.h"
#include "StaffSession.h"

#include "protocol/Limits.h"

#include <QTimer>

namespace ecoute::server {

WebSocketGateway::WebSocketGateway(HttpFrontend &http, ServerContext context, OriginPolicy origins,
                                   ConnectionLimits limits, QObject *parent)
    : QObject(parent), m_http(http), m_ctx(context), m_origins(std::move(origins)), m_limits(limits)
{
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &WebSocketGateway::acceptPending);
}

void WebSocketGateway::acceptPending()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        socket->setMaxAllowedIncomingFrameSize(protocol::Limits::transportMaxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(protocol::Limits::transportMaxFrameBytes);

        const QUrl requestUrl = socket->requestUrl();
        const QString path = requestUrl.path();
        const QString origin = socket->origin();
        const bool isStaff = path == QLatin1String("/ws/staff");
        const bool isSeeker = path == QLatin1String("/ws/seeker");
        // Seekers come from a browser, which always sends Origin; the desktop
        // workstation sends none, but a browser page must not pose as one.
        const bool originOk = isSeeker ? m_origins.isAllowed(origin, requestUrl)
                                       : origin.isEmpty() || m_origins.isAllowed(origin, requestUrl);
        if ((!isStaff && !isSeeker) || !originOk) {
            qCInfo(lcWs) << "refused a WebSocket:" << (originOk ? "unknown path" : "origin not allowed");
            QWebSocket *raw = socket.release();
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            raw->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not allowed"));
            // A peer that never finishes the closing handshake is dropped.
            QTimer::singleShot(10000, raw, [raw] {
                raw->abort();
                raw->deleteLater();
            });
            continue;
        }

        if (isStaff) {
            auto *connection = new Connection(std::move(socket), protocol::Route::StaffToServer, m_limits);
            auto *staff = new StaffSession(connection, m_ctx, this);
            connect(staff, &StaffSession::finished, staff, &QObject::deleteLater);
        } else {
            auto *connection = new Connection(std::move(socket), protocol::Route::SeekerToServer, m_limits);
            auto *seeker = new SeekerSession(connection, m_ctx, this);
            connect(seeker, &SeekerSession::finished, seeker, &QObject::deleteLater);
        }
        qCInfo(lcWs) << "accepted a" << (isStaff ? "staff" : "seeker") << "connection";
    }
}

} // namespace ecoute::server
