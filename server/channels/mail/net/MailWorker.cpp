// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/MailWorker.h"

#include "server/channels/mail/net/ImapMailbox.h"
#include "server/channels/mail/net/SmtpSender.h"

namespace ecoute::server::mail {

MailWorker::MailWorker(MailAccount account, MailWorkerSettings settings, const std::atomic_bool *cancel)
    : m_account(std::move(account)), m_settings(std::move(settings)), m_cancel(cancel)
{
}

MailWorker::~MailWorker() = default;

ImapMailbox &MailWorker::mailbox()
{
    if (!m_mailbox) {
        m_mailbox = std::make_unique<ImapMailbox>(m_account);
        m_mailbox->setCancelFlag(m_cancel);
    }
    return *m_mailbox;
}

SmtpSender &MailWorker::sender()
{
    if (!m_sender) {
        m_sender = std::make_unique<SmtpSender>(m_account);
        m_sender->setCancelFlag(m_cancel);
    }
    return *m_sender;
}

void MailWorker::poll(qint64 maxBytes)
{
    if (cancelled())
        return;
    ImapMailbox &box = mailbox();
    const auto listing = box.list();
    if (!listing) {
        emit pollFailed(box.lastError());
        return;
    }
    emit listed(listing->uidValidity, int(listing->messages.size()));
    int fetchedCount = 0;
    for (const ImapMailbox::Entry &entry : listing->messages) {
        if (cancelled() || fetchedCount >= m_settings.maxPerPoll)
            return;
        if (entry.size > maxBytes) {
            emit oversized(listing->uidValidity, entry.uid, entry.size);
            continue;
        }
        const auto raw = box.fetch(listing->uidValidity, entry.uid, maxBytes);
        if (!raw && box.lastFetchFoundNothing())
            continue; // removed by someone else since the listing
        if (!raw) {
            emit pollFailed(box.lastError());
            return;
        }
        ++fetchedCount;
        emit fetched(listing->uidValidity, entry.uid, *raw);
    }
}

void MailWorker::discard(quint32 uidValidity, quint32 uid)
{
    if (cancelled())
        return;
    ImapMailbox &box = mailbox();
    const bool ok = m_settings.keepFolder.isEmpty() ? box.remove(uidValidity, uid)
                                                    : box.moveTo(uidValidity, uid, m_settings.keepFolder);
    emit discarded(uid, ok);
}

void MailWorker::send(const QString &id, const QString &envelopeFrom, const QStringList &to,
                      const QByteArray &message)
{
    if (cancelled())
        return;
    SmtpSender &smtp = sender();
    if (smtp.send(envelopeFrom, to, message))
        emit sent(id);
    else
        emit sendFailed(id, smtp.lastFailureIsPermanent(), smtp.lastError());
}

} // namespace ecoute::server::mail
