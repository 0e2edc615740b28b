// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFrontend.h"

#include "Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>

namespace ecoute::server {

namespace {
const QByteArray kCsp = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; "
                        "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const QByteArray kTextPlain = "text/plain; charset=utf-8";

/// QAbstractHttpServer (6.4) asks handleRequest() about upgrade requests too
/// and hands the socket to its WebSocket server only if it says "handled"
/// without writing anything; WebSocketGateway then checks path and Origin.
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}
} // namespace

HttpFrontend::HttpFrontend(QObject *parent) : QAbstractHttpServer(parent) { }

QByteArray HttpFrontend::contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs"))
        return "text/javascript; charset=utf-8";
    if (suffix == QLatin1String("css"))
        return "text/css; charset=utf-8";
    if (suffix == QLatin1String("json"))
        return "application/json";
    if (suffix == QLatin1String("svg"))
        return "image/svg+xml";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("ico"))
        return "image/x-icon";
    if (suffix == QLatin1String("woff2"))
        return "font/woff2";
    if (suffix == QLatin1String("txt"))
        return kTextPlain;
    return "application/octet-stream";
}

QString HttpFrontend::resourcePathFor(const QString &urlPath)
{
    if (urlPath == QLatin1String("/") || urlPath.isEmpty())
        return QStringLiteral(":/web/index.html");
    // Plain names only: no "..", no empty segments, no backslashes.
    static const QRegularExpression safe(QStringLiteral("^(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$"));
    if (!safe.match(urlPath).hasMatch() || urlPath.contains(QLatin1String("..")))
        return {};
    const QString path = QStringLiteral(":/web") + urlPath;
    const QFileInfo info(path);
    return info.exists() && info.isFile() ? path : QString();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request))
        return true;
    if (request.method() != QHttpServerRequest::Method::Get
        && request.method() != QHttpServerRequest::Method::Head) {
        respond(request, socket, 405, kTextPlain, "method not allowed\n");
        return true;
    }
    const QString path = request.url().path();
    if (path == QLatin1String("/healthz")) {
        respond(request, socket, 200, kTextPlain, "ok\n");
        return true;
    }
    const QString resource = resourcePathFor(path);
    QFile file(resource);
    if (resource.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        respond(request, socket, 404, kTextPlain, "not found\n");
        return true;
    }
    respond(request, socket, 200, contentTypeFor(resource), file.readAll());
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request))
        return;
    respond(request, socket, 404, kTextPlain, "not found\n");
}

void HttpFrontend::respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                           const QByteArray &contentType, const QByteArray &body)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : body,
                    {{"Content-Type", contentType},
                     {"Content-Security-Policy", kCsp},
                     {"X-Content-Type-Options", "nosniff"},
                     {"Referrer-Policy", "no-referrer"},
                     {"Cache-Control", "no-store"},
                     {"X-Frame-Options", "DENY"}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
}

} // namespace ecoute::server
