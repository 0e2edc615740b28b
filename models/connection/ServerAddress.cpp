// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/ServerAddress.h"

#include <QHostAddress>

namespace ecoute::models {

bool ServerAddress::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ServerAddress ServerAddress::parse(const QString &typed)
{
    ServerAddress result;
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        result.m_error = tr("Enter the server address.");
        return result;
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("wss://"));

    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        result.m_error = tr("This is not a valid server address.");
        return result;
    }
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss")) {
        url.setScheme(QStringLiteral("wss"));
    } else if (scheme == QLatin1String("http") || scheme == QLatin1String("ws")) {
        // Unencrypted only where nothing leaves the machine.
        if (!isLoopback(url.host())) {
            result.m_error = tr("The connection to the server must be encrypted (wss:// or https://).");
            return result;
        }
        url.setScheme(QStringLiteral("ws"));
    } else {
        result.m_error = tr("This is not a valid server address.");
        return result;
    }
    url.setPath(QStringLiteral("/ws/staff"));
    url.setQuery(QString());
    url.setFragment(QString());
    result.m_url = url;
    return result;
}

QString ServerAddress::hostAndPort() const
{
    if (!isValid())
        return {};
    const int defaultPort = m_url.scheme() == QLatin1String("wss") ? 443 : 80;
    QString host = m_url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return host + u':' + QString::number(m_url.port(defaultPort));
}

} // namespace ecoute::models
