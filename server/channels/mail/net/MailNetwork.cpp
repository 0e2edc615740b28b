// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/MailNetwork.h"

#include "server/channels/mail/net/CurlGlobal.h"

namespace ecoute::server::mail {

MailNetwork::MailNetwork(MailAccount account, MailWorkerSettings settings)
{
    ensureCurl(); // on this (the main) thread, before the worker's first handle
    m_worker = std::make_unique<MailWorker>(std::move(account), std::move(settings), &m_cancel);
    m_thread.setObjectName(QStringLiteral("mail"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

MailNetwork::~MailNetwork()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
    m_worker.reset(); // its thread has finished: nothing else touches it now
}

void MailNetwork::poll(qint64 maxBytes)
{
    MailWorker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, maxBytes] { worker->poll(maxBytes); }, Qt::QueuedConnection);
}

void MailNetwork::discard(quint32 uidValidity, quint32 uid)
{
    MailWorker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, uidValidity, uid] { worker->discard(uidValidity, uid); }, Qt::QueuedConnection);
}

void MailNetwork::send(const QString &id, const QString &envelopeFrom, const QStringList &to,
                       const QByteArray &message)
{
    MailWorker *worker = m_worker.get();
    // The lambda runs on the worker's thread (its context object).
    QMetaObject::invokeMethod(
        worker, [worker, id, envelopeFrom, to, message] { worker->send(id, envelopeFrom, to, message); },
        Qt::QueuedConnection);
}

} // namespace ecoute::server::mail
