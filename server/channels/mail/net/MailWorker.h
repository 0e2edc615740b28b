// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/net/MailAccount.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace ecoute::server::mail {

class ImapMailbox;
class SmtpSender;

struct MailWorkerSettings
{
    /// At most this many messages are fetched (and emitted) per poll; the rest wait for the next.
    int maxPerPoll = 20;
    /// Empty: discard deletes the message; otherwise it moves it to this folder.
    QString keepFolder;
};

/// The mail channel's blocking network work, on its own thread (see MailNetwork): call its slots with
/// queued connections only. A message stays in the mailbox until the server, having stored it, calls
/// discard; a poll before that emits it again, so the receiver must ignore (uidValidity, uid) pairs
/// it already holds.
class MailWorker : public QObject
{
    Q_OBJECT

public:
    MailWorker(MailAccount account, MailWorkerSettings settings, const std::atomic_bool *cancel);
    ~MailWorker() override;

public slots:
    /// Lists the mailbox and fetches up to maxPerPoll messages of at most maxBytes each.
    void poll(qint64 maxBytes);
    void discard(quint32 uidValidity, quint32 uid);
    void send(const QString &id, const QString &envelopeFrom, const QStringList &to,
              const QByteArray &message);

signals:
    void listed(quint32 uidValidity, int count);
    void fetched(quint32 uidValidity, quint32 uid, const QByteArray &raw);
    /// Larger than maxBytes: not fetched.
    void oversized(quint32 uidValidity, quint32 uid, qint64 size);
    void pollFailed(const QString &reason);
    void discarded(quint32 uid, bool ok);
    void sent(const QString &id);
    void sendFailed(const QString &id, bool permanent, const QString &reason);

private:
    ImapMailbox &mailbox();
    SmtpSender &sender();
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    const MailAccount m_account;
    const MailWorkerSettings m_settings;
    const std::atomic_bool *m_cancel;
    // Created on first use, on the worker's thread.
    std::unique_ptr<ImapMailbox> m_mailbox;
    std::unique_ptr<SmtpSender> m_sender;
};

} // namespace ecoute::server::mail
