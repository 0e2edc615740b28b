// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/ChatCommitter.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include <QHash>
#include <QMetaObject>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ecoute::server {

/// Lives on the writer thread with its own SQLite connection.
class CommitWorker : public QObject
{
public:
    /// The file is read at the first drain: the server opens its database after building this.
    CommitWorker(ChatCommitter &owner, const Database &mainDb) : m_owner(owner), m_mainDb(mainDb) { }

    /// Takes what waits, commits it in one transaction, hands it back; until nothing waits.
    void drain()
    {
        if (!m_db) {
            m_db = std::make_unique<Database>();
            // The same key ring: messages are sealed here, on the writer thread
            // (libsodium is thread-safe once initialised), before their commit.
            m_db->setSealer(m_mainDb.sharedSealer());
            if (!m_db->open(m_mainDb.filePath()))
                qCWarning(lcDb) << "the chat writer cannot open the database:" << m_db->lastError();
            m_contacts = std::make_unique<ContactStore>(*m_db);
        }
        for (;;) {
            QList<ChatCommitter::Job> batch;
            {
                QMutexLocker lock(&m_owner.m_mutex);
                batch = std::exchange(m_owner.m_waiting, {});
                if (batch.isEmpty()) {
                    m_owner.m_writerBusy = false;
                    return;
                }
            }
            commit(batch);
            {
                QMutexLocker lock(&m_owner.m_mutex);
                m_owner.m_finished.append(std::move(batch));
            }
            QMetaObject::invokeMethod(&m_owner, &ChatCommitter::deliverFinished, Qt::QueuedConnection);
        }
    }

    void close()
    {
        m_contacts.reset();
        m_db.reset();
    }

private:
    /// Who holds each contact now, read under the write lock the batch holds:
    /// an accept or transfer on the event loop happened wholly before (and is
    /// seen here) or wholly after (and reads the message from the transcript).
    void refreshHolders(QList<ChatCommitter::Job> &batch)
    {
        // state, volunteer; once per contact
        QHash<QString, std::pair<protocol::ContactState, qint64>> holders;
        for (ChatCommitter::Job &job : batch) {
            if (!job.result || job.contact.id.isEmpty())
                continue;
            auto it = holders.find(job.contact.id);
            if (it == holders.end()) {
                Statement q =
                    m_db->statement(QStringLiteral("SELECT state, volunteer_id FROM contacts WHERE id = ?"));
                std::pair<protocol::ContactState, qint64> holder {job.contact.state, job.contact.volunteerId};
                if (q) {
                    q->bindValue(0, job.contact.id);
                    if (q->exec() && q->next())
                        holder = {protocol::fromString<protocol::ContactState>(q->value(0).toString())
                                      .value_or(protocol::ContactState::Ended),
                                  q->value(1).toLongLong()};
                }
                it = holders.insert(job.contact.id, holder);
            }
            job.contact.state = it->first;
            job.contact.volunteerId = it->second;
        }
    }

    void commit(QList<ChatCommitter::Job> &batch)
    {
        // IMMEDIATE: take the write lock before the first read (MAX(seq)). A
        // plain BEGIN would upgrade from read to write later, and SQLite refuses
        // that at once, without waiting, if the event loop's connection wrote
        // in between (a login, an accept, an audit entry).
        QSqlQuery begin(m_db->handle());
        const bool open = m_db->handle().isOpen() && begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!open)
            qCWarning(lcDb) << "the chat writer could not begin:" << begin.lastError().text();
        for (ChatCommitter::Job &job : batch) {
            job.result = open
                ? m_contacts->appendInTransaction(job.contact.id, job.sender, job.text, job.clientMsgId)
                : std::nullopt;
        }
        if (!open)
            return;
        refreshHolders(batch);
        QSqlQuery end(m_db->handle());
        if (!end.exec(QStringLiteral("COMMIT"))) {
            qCWarning(lcDb) << "chat commit failed; nothing of this batch is acknowledged:"
                            << end.lastError().text();
            QSqlQuery(m_db->handle()).exec(QStringLiteral("ROLLBACK"));
            for (ChatCommitter::Job &job : batch)
                job.result.reset();
        }
    }

    ChatCommitter &m_owner;
    const Database &m_mainDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
};

ChatCommitter::ChatCommitter(ContactStore &contacts, QObject *parent)
    : QObject(parent), m_worker(std::make_unique<CommitWorker>(*this, contacts.database()))
{
    m_thread.setObjectName(QStringLiteral("chat-writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ChatCommitter::~ChatCommitter()
{
    flush();
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ChatCommitter::append(const ContactRecord &contact, const QString &sender, const QString &text,
                           const QString &clientMsgId, CommittedDone done)
{
    QMutexLocker lock(&m_mutex);
    m_waiting.append({contact, sender, text, clientMsgId, std::move(done), std::nullopt});
    if (m_writerBusy)
        return; // the running drain takes it on its next round
    m_writerBusy = true;
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_worker->drain(); }, Qt::QueuedConnection);
}

void ChatCommitter::flush()
{
    // Drains on the writer thread and waits for it; then answers here.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this] {
            {
                QMutexLocker lock(&m_mutex);
                m_writerBusy = true;
            }
            m_worker->drain();
        },
        Qt::BlockingQueuedConnection);
    deliverFinished();
}

void ChatCommitter::deliverFinished()
{
    QList<Job> finished;
    {
        QMutexLocker lock(&m_mutex);
        finished = std::exchange(m_finished, {});
    }
    for (const Job &job : finished)
        job.done(job.result ? std::optional<Committed>(Committed {*job.result, job.contact}) : std::nullopt);
}

} // namespace ecoute::server
