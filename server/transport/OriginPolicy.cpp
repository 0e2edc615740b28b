// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/OriginPolicy.h"

namespace ecoute::server {

OriginPolicy::OriginPolicy(bool tls, const QList<QUrl> &extraOrigins) : m_tls(tls)
{
    for (const QUrl &url : extraOrigins) {
        const QString origin = normalize(url);
        if (!origin.isEmpty())
            m_extra.append(origin);
    }
}

QString OriginPolicy::normalize(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    int defaultPort = 0;
    if (scheme == QLatin1String("https"))
        defaultPort = 443;
    else if (scheme == QLatin1String("http"))
        defaultPort = 80;
    if (!url.isValid() || defaultPort == 0 || url.host().isEmpty())
        return {};
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(url.port(defaultPort));
}

bool OriginPolicy::isAllowed(const QString &origin, const QUrl &requestUrl) const
{
    const QString candidate = normalize(QUrl(origin));
    if (candidate.isEmpty())
        return false;
    QUrl own;
    own.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    own.setHost(requestUrl.host());
    own.setPort(requestUrl.port(m_tls ? 443 : 80));
    return candidate == normalize(own) || m_extra.contains(candidate);
}

} // namespace ecoute::server
