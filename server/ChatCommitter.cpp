// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatCommitter.h"

#include "Database.h"
#include "Logging.h"

#include <QMetaObject>
#include <QSqlDatabase>

namespace ecoute::server {

ChatCommitter::ChatCommitter(ContactStore &contacts, QObject *parent) : QObject(parent), m_contacts(contacts)
{
}

ChatCommitter::~ChatCommitter()
{
    flush();
}

void ChatCommitter::append(const QString &contactId, const QString &sender, const QString &text,
                           const QString &clientMsgId, QObject *context, Done done)
{
    m_pending.append({contactId, sender, text, clientMsgId, context, std::move(done)});
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Queued: runs once the frames already read in this round are handled.
    QMetaObject::invokeMethod(this, &ChatCommitter::flush, Qt::QueuedConnection);
}

void ChatCommitter::flush()
{
    m_scheduled = false;
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});
    QList<std::optional<ContactStore::AppendResult>> results;
    results.reserve(batch.size());
    QSqlDatabase &db = m_contacts.database().handle();
    const bool open = db.transaction();
    for (const Pending &p : batch) {
        results.append(open ? m_contacts.appendInTransaction(p.contactId, p.sender, p.text, p.clientMsgId)
                            : std::nullopt);
    }
    if (open && !db.commit()) {
        qCWarning(lcDb) << "chat commit failed; nothing of this batch is acknowledged";
        db.rollback();
        for (auto &r : results)
            r.reset();
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (batch.at(i).context)
            batch.at(i).done(results.at(i));
    }
}

} // namespace ecoute::server
