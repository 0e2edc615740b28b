// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/net/MailAccount.h"

#include <QString>

#include <curl/curl.h>

#include <atomic>

namespace ecoute::server::mail {

/// One libcurl easy handle, reused so that its connection is reused, with what every mail
/// connection shares: peer and host always verified (against the account's CA file when set),
/// TLS required on plain ports (STARTTLS), timeouts, no signals, never verbose. Used by one thread
/// at a time. Failures are kept as a short text without user name, password or address.
class CurlHandle
{
public:
    /// protocols: what the handle may speak, e.g. "imap,imaps".
    CurlHandle(const MailAccount &account, const char *protocols);
    ~CurlHandle();
    CurlHandle(const CurlHandle &) = delete;
    CurlHandle &operator=(const CurlHandle &) = delete;

    CURL *get() const { return m_curl; }
    /// Aborts a running transfer as soon as *flag is true (checked about once a second).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// Runs the transfer set up on get(); on failure keeps "<what>: <curl's reason>" for lastError().
    CURLcode perform(const char *what);
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &error) { m_lastError = error; }
    /// The last reply code of the server (IMAP: none; SMTP: e.g. 550).
    long responseCode() const;

private:
    static int progress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);

    const MailAccount &m_account;
    CURL *m_curl = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    QString m_lastError;
};

/// text without the account's user name and password, URL user info or anything like an address.
QString scrubMailText(const QString &text, const MailAccount &account);

} // namespace ecoute::server::mail
