// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/HttpRequestHead.h"

#include <QByteArray>
#include <QString>

namespace ecoute::server {

/// What the port answers to plain HTTP: the help-seeker page (files under the
/// :/web resources only), /healthz, and strict security headers on every
/// response (HSTS when served over TLS). Builds whole HTTP/1.1 responses.
class StaticSite
{
public:
    explicit StaticSite(bool tls) : m_tls(tls) { }

    /// The response to a parsed request; keepAlive says whether the
    /// connection stays open after it.
    QByteArray respond(const HttpRequestHead &request, bool keepAlive) const;
    /// A response with no request to answer (head too large, too slow, a body).
    QByteArray refusal(int status, const QByteArray &reason) const;

    static QByteArray contentTypeFor(const QString &fileName);
    /// ":/web/..." for a safe request path, or empty if it must not be served.
    static QString resourcePathFor(const QString &urlPath);

private:
    QByteArray build(int status, const QByteArray &contentType, const QByteArray &body, bool withBody,
                     bool keepAlive, const QByteArray &extraHeaders = {}) const;

    bool m_tls;
};

} // namespace ecoute::server
