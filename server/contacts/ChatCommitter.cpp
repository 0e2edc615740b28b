// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/ChatCommitter.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include <QHash>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace ecoute::server {

ChatCommitter::ChatCommitter(ContactStore &contacts, QObject *parent) : QObject(parent), m_contacts(contacts)
{
}

ChatCommitter::~ChatCommitter()
{
    flush();
}

void ChatCommitter::append(const ContactRecord &contact, const QString &sender, const QString &text,
                           const QString &clientMsgId, CommittedDone done)
{
    m_waiting.append({contact, sender, text, clientMsgId, std::move(done), std::nullopt});
    if (m_scheduled)
        return; // the queued flush takes it
    m_scheduled = true;
    // Queued: the frames that arrived in this turn of the loop join the same commit.
    QMetaObject::invokeMethod(this, &ChatCommitter::flush, Qt::QueuedConnection);
}

void ChatCommitter::flush()
{
    m_scheduled = false;
    // A done may hand over more (a system message after a delivery): they go in the next round.
    while (!m_waiting.isEmpty()) {
        QList<Job> batch = std::exchange(m_waiting, {});
        commit(batch);
        for (const Job &job : batch)
            job.done(job.result ? std::optional<Committed>(Committed {*job.result, job.contact})
                                : std::nullopt);
    }
}

void ChatCommitter::commit(QList<Job> &batch)
{
    Database &db = m_contacts.database();
    // IMMEDIATE: take the write lock before the first read (MAX(seq)). A plain
    // BEGIN would upgrade from read to write later, and SQLite refuses that at
    // once, without waiting, if another process (an administration command) wrote in between.
    QSqlQuery begin(db.handle());
    if (!db.handle().isOpen() || !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcDb) << "the chat commit could not begin:" << begin.lastError().text();
        return; // every result stays empty: nothing is acknowledged
    }
    for (Job &job : batch)
        job.result = m_contacts.appendInTransaction(job.contact.id, job.sender, job.text, job.clientMsgId);
    refreshHolders(batch);
    QSqlQuery end(db.handle());
    if (!end.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcDb) << "chat commit failed; nothing of this batch is acknowledged:"
                        << end.lastError().text();
        QSqlQuery(db.handle()).exec(QStringLiteral("ROLLBACK"));
        for (Job &job : batch)
            job.result.reset();
    }
}

void ChatCommitter::refreshHolders(QList<Job> &batch)
{
    // Read inside the batch's transaction: an accept or transfer since the message was handed
    // over (earlier in this turn) is seen here; one after it reads the message from the transcript.
    QHash<QString, ContactRecord> current; // once per contact
    for (Job &job : batch) {
        if (!job.result || job.contact.id.isEmpty())
            continue;
        auto it = current.find(job.contact.id);
        if (it == current.end())
            it = current.insert(job.contact.id, m_contacts.find(job.contact.id).value_or(job.contact));
        job.contact = *it;
    }
}

} // namespace ecoute::server
