// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/CurlHandle.h"

#include "server/channels/mail/net/CurlGlobal.h"

#include <QRegularExpression>

namespace ecoute::server::mail {

namespace {

/// A whole transfer may take this many times the account's timeout (a large message on a slow link);
/// a stall of one timeout aborts it earlier.
constexpr long kTransferTimeouts = 4;

} // namespace

CurlHandle::CurlHandle(const MailAccount &account, const char *protocols) : m_account(account)
{
    ensureCurl();
    m_curl = curl_easy_init();
    if (!m_curl) {
        m_lastError = QStringLiteral("libcurl could not create a handle");
        return;
    }
    const long timeout = std::max(1, account.timeoutSeconds);
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, protocols);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT, timeout * kTransferTimeouts);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(m_curl, CURLOPT_LOW_SPEED_TIME, timeout);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
    // imap:// and smtp:// must upgrade with STARTTLS or fail; never send a password in the clear.
    curl_easy_setopt(m_curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!account.caFile.isEmpty())
        curl_easy_setopt(m_curl, CURLOPT_CAINFO, account.caFile.toLocal8Bit().constData());
    if (!account.user.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_USERNAME, account.user.toUtf8().constData());
        // curl copies the string; the copy is freed (not wiped) with the handle.
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, account.password.constData());
    }
    curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &CurlHandle::progress);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, this);
}

CurlHandle::~CurlHandle()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

int CurlHandle::progress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *handle = static_cast<CurlHandle *>(self);
    return handle->m_cancel && handle->m_cancel->load() ? 1 : 0;
}

CURLcode CurlHandle::perform(const char *what)
{
    if (!m_curl)
        return CURLE_FAILED_INIT;
    m_errorBuffer[0] = '\0';
    const CURLcode code = curl_easy_perform(m_curl);
    if (code == CURLE_OK) {
        m_lastError.clear();
        return code;
    }
    QString reason = QString::fromUtf8(m_errorBuffer).trimmed();
    if (reason.isEmpty())
        reason = QString::fromUtf8(curl_easy_strerror(code));
    if (code == CURLE_ABORTED_BY_CALLBACK && m_cancel && m_cancel->load())
        reason = QStringLiteral("cancelled");
    m_lastError = QStringLiteral("%1: %2").arg(QLatin1String(what), scrubMailText(reason, m_account));
    return code;
}

long CurlHandle::responseCode() const
{
    long code = 0;
    if (m_curl)
        curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

QString scrubMailText(const QString &text, const MailAccount &account)
{
    static const QRegularExpression userInfo(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"));
    static const QRegularExpression address(QStringLiteral("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;]+"));
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1"));
    out.replace(address, QStringLiteral("<address>"));
    if (!account.password.isEmpty())
        out.replace(QString::fromUtf8(account.password), QStringLiteral("<secret>"));
    if (!account.user.isEmpty()) {
        const QRegularExpression user(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(account.user)),
            QRegularExpression::CaseInsensitiveOption);
        out.replace(user, QStringLiteral("<user>"));
    }
    return out;
}

} // namespace ecoute::server::mail
