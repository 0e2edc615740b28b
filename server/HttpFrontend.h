// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>

namespace ecoute::server {

/// Plain HTTP(S) part of the port: the help-seeker page (files under the
/// :/web resources only), /healthz, and strict security headers on every
/// response. WebSocket upgrades are handed out by QAbstractHttpServer itself
/// (see WebSocketGateway).
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpFrontend(QObject *parent = nullptr);

    static QByteArray contentTypeFor(const QString &fileName);
    /// ":/web/..." for a safe request path, or empty if it must not be served.
    static QString resourcePathFor(const QString &urlPath);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, int status,
                 const QByteArray &contentType, const QByteArray &body);
};

} // namespace ecoute::server
