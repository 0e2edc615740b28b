// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionLimits.h"
#include "OriginPolicy.h"
#include "ServerContext.h"

#include <QObject>

namespace ecoute::server {

class HttpFrontend;

/// Takes the WebSocket upgrades of the HTTP server, caps frame sizes, checks
/// the path and the Origin, and gives each accepted socket its session.
class WebSocketGateway : public QObject
{
    Q_OBJECT

public:
    WebSocketGateway(HttpFrontend &http, ServerContext context, OriginPolicy origins,
                     ConnectionLimits limits = {}, QObject *parent = nullptr);

private:
    void acceptPending();

    HttpFrontend &m_http;
    ServerContext m_ctx;
    OriginPolicy m_origins;
    ConnectionLimits m_limits;
};

} // namespace ecoute::server
