// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/net/MailWorker.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace ecoute::server::mail {

/// Owns the mail worker and its thread: starts it on construction; on destruction aborts the
/// transfer under way (within about a second), stops the thread and waits for it.
class MailNetwork
{
public:
    explicit MailNetwork(MailAccount account, MailWorkerSettings settings = {});
    ~MailNetwork();
    MailNetwork(const MailNetwork &) = delete;
    MailNetwork &operator=(const MailNetwork &) = delete;

    /// Connect to its signals (they arrive queued, on the receiver's thread).
    MailWorker *worker() const { return m_worker.get(); }

    // Queue work for the worker thread.
    void poll(qint64 maxBytes);
    void discard(quint32 uidValidity, quint32 uid);
    void send(const QString &id, const QString &envelopeFrom, const QStringList &to,
              const QByteArray &message);

private:
    std::atomic_bool m_cancel {false};
    QThread m_thread;
    std::unique_ptr<MailWorker> m_worker;
};

} // namespace ecoute::server::mail
