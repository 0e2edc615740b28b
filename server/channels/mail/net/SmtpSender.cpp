// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/SmtpSender.h"

#include <QRegularExpression>

#include <cstring>
#include <memory>

namespace ecoute::server::mail {

namespace {

struct Source
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;

    static size_t read(char *buffer, size_t size, size_t count, void *user)
    {
        auto *source = static_cast<Source *>(user);
        const auto room = static_cast<qsizetype>(size * count);
        const qsizetype bytes = std::min(room, source->data->size() - source->offset);
        std::memcpy(buffer, source->data->constData() + source->offset, static_cast<size_t>(bytes));
        source->offset += bytes;
        return static_cast<size_t>(bytes);
    }
};

/// A bare address (local@domain) that cannot smuggle SMTP commands: no spaces, angle brackets or
/// control characters (curl puts it between < > as it is).
bool plainAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s<>@\\x00-\\x1f\\x7f]+@[^\\s<>@\\x00-\\x1f\\x7f]+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpSender::SmtpSender(MailAccount account) : m_account(std::move(account)), m_curl(m_account, "smtp,smtps")
{
}

bool SmtpSender::send(const QString &envelopeFrom, const QStringList &recipients, const QByteArray &message)
{
    m_permanent = false;
    CURL *curl = m_curl.get();
    if (!curl)
        return false;
    if ((!envelopeFrom.isEmpty() && !plainAddress(envelopeFrom)) || recipients.isEmpty()) {
        m_curl.setLastError(QStringLiteral("send: invalid sender or no recipient"));
        m_permanent = true;
        return false;
    }
    std::unique_ptr<curl_slist, SlistDeleter> to;
    for (const QString &recipient : recipients) {
        if (!plainAddress(recipient)) {
            m_curl.setLastError(QStringLiteral("send: invalid recipient address"));
            m_permanent = true;
            return false;
        }
        curl_slist *grown = curl_slist_append(to.get(), recipient.toUtf8().constData());
        if (!grown) {
            m_curl.setLastError(QStringLiteral("send: out of memory"));
            return false;
        }
        (void)to.release();
        to.reset(grown);
    }
    // curl turns an empty MAIL FROM into "MAIL FROM:<>".
    const QByteArray from = envelopeFrom.toUtf8();
    const QByteArray url =
        m_account.smtpUrl.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    Source source {&message, 0};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, to.get());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &Source::read);
    curl_easy_setopt(curl, CURLOPT_READDATA, &source);
    const CURLcode code = m_curl.perform("send");
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_READDATA, nullptr);
    if (code == CURLE_OK)
        return true;
    // MAIL, RCPT and DATA refusals are CURLE_SEND_ERROR, a refused end of data CURLE_WEIRD_SERVER_REPLY;
    // a refused login or STARTTLS is ours to fix, so it stays temporary.
    const long reply = m_curl.responseCode();
    m_permanent =
        reply >= 500 && reply < 600 && (code == CURLE_SEND_ERROR || code == CURLE_WEIRD_SERVER_REPLY);
    return false;
}

} // namespace ecoute::server::mail
