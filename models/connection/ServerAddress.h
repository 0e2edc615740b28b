// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ecoute::models {

/// Turns what a volunteer types ("host:port", "https://host:port", "wss://host")
/// into the staff WebSocket URL wss://host:port/ws/staff. Plain ws:// is only
/// accepted for loopback addresses (tests, local demo server).
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static ServerAddress parse(const QString &typed);

    bool isValid() const { return m_url.isValid() && !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    /// "host:port", the key under which the server's certificate is pinned.
    QString hostAndPort() const;
    /// Translated reason when !isValid().
    QString error() const { return m_error; }

    static bool isLoopback(const QString &host);

private:
    QUrl m_url;
    QString m_error;
};

} // namespace ecoute::models
