// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

namespace ecoute::server {

/// Which browser origins may open a WebSocket: the server's own origin (the
/// scheme it serves plus the host and port the client addressed) and the ones
/// configured with --public-url / --allowed-origin.
class OriginPolicy
{
public:
    OriginPolicy(bool tls, const QList<QUrl> &extraOrigins);

    /// "scheme://host:port" with the port always spelled out, or empty if invalid.
    static QString normalize(const QUrl &url);

    /// requestUrl: the URL the client asked for (host and port from its Host header).
    bool isAllowed(const QString &origin, const QUrl &requestUrl) const;

private:
    bool m_tls;
    QStringList m_extra;
};

} // namespace ecoute::server
