// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/net/CurlHandle.h"
#include "server/channels/mail/net/MailAccount.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace ecoute::server::mail {

/// Hands finished messages to the line's submission server (MailAccount::smtpUrl) over one reused
/// libcurl handle. Blocking: for a worker thread. smtp:// must offer STARTTLS or nothing is sent.
class SmtpSender
{
public:
    explicit SmtpSender(MailAccount account);
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    void setCancelFlag(const std::atomic_bool *flag) { m_curl.setCancelFlag(flag); }

    /// envelopeFrom empty: the null sender <> (acknowledgements). message: CRLF line ends.
    bool send(const QString &envelopeFrom, const QStringList &recipients, const QByteArray &message);

    /// Why the last send failed, without user name, password, address or message content.
    QString lastError() const { return m_curl.lastError(); }
    /// The server refused it with a 5xx reply to MAIL, RCPT or DATA: retrying will not help.
    bool lastFailureIsPermanent() const { return m_permanent; }

private:
    MailAccount m_account; // before m_curl, which refers to it
    CurlHandle m_curl;
    bool m_permanent = false;
};

} // namespace ecoute::server::mail
