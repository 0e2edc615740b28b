// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpServer;

namespace ecoute::server {

class LmtpSession;
class MailIntake;
struct MailConfig;

/// Receives the line's mail over LMTP (RFC 2033) from the line's own mail server, instead of reading
/// a mailbox: each message is handed to MailIntake and acknowledged only once it is stored, so the
/// MTA keeps (and retries) whatever the server could not store. Plain TCP without authentication:
/// the address must face only the MTA (loopback, or a private address only it reaches). Everything is
/// bounded: connections, line length, message size, recipients, idle time.
class LmtpListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxConnections = 8;

    LmtpListener(MailIntake &intake, const MailConfig &config, QObject *parent = nullptr);
    ~LmtpListener() override;

    /// False with a translated *error when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);

private:
    void onNewConnection();

    MailIntake &m_intake;
    const MailConfig &m_config;
    QTcpServer *m_server;
    int m_sessions = 0;
};

} // namespace ecoute::server
