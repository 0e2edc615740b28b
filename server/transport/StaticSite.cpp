// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/StaticSite.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace ecoute::server {

namespace {
const QByteArray kCsp = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; "
                        "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const QByteArray kTextPlain = "text/plain; charset=utf-8";
/// Two years, the preload list's minimum being one: the page is only ever served over TLS.
const QByteArray kHsts = "max-age=63072000; includeSubDomains";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
} // namespace

QByteArray StaticSite::contentTypeFor(const QString &fileName)
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

QString StaticSite::resourcePathFor(const QString &urlPath)
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

QByteArray StaticSite::respond(const HttpRequestHead &request, bool keepAlive) const
{
    const bool withBody = request.method != HttpRequestHead::Method::Head;
    if (request.method == HttpRequestHead::Method::Other)
        return build(405, kTextPlain, "method not allowed\n", true, keepAlive, "Allow: GET, HEAD\r\n");
    const QString path = QUrl::fromPercentEncoding(request.path());
    if (path == QLatin1String("/healthz"))
        return build(200, kTextPlain, "ok\n", withBody, keepAlive);
    const QString resource = resourcePathFor(path);
    QFile file(resource);
    if (resource.isEmpty() || !file.open(QIODevice::ReadOnly))
        return build(404, kTextPlain, "not found\n", withBody, keepAlive);
    return build(200, contentTypeFor(resource), file.readAll(), withBody, keepAlive);
}

QByteArray StaticSite::refusal(int status, const QByteArray &reason) const
{
    return build(status, kTextPlain, reason + '\n', true, false);
}

QByteArray StaticSite::build(int status, const QByteArray &contentType, const QByteArray &body, bool withBody,
                             bool keepAlive, const QByteArray &extraHeaders) const
{
    QByteArray out;
    out.reserve(512 + (withBody ? body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Content-Security-Policy: " + kCsp + "\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    out += "Referrer-Policy: no-referrer\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "X-Frame-Options: DENY\r\n";
    if (m_tls)
        out += "Strict-Transport-Security: " + kHsts + "\r\n";
    out += extraHeaders;
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (withBody)
        out += body;
    return out;
}

} // namespace ecoute::server
