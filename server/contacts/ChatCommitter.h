// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace ecoute::server {

/// Group commit of chat messages on the service thread. A message handed over
/// waits for the end of the current turn of the event loop; then every message
/// handed over in that turn (and while the previous commit was on disk) goes
/// into one transaction made durable by one fsync, and the acks and deliveries
/// follow in arrival order. Nothing is acknowledged or delivered before it is
/// on disk.
///
/// Why not a writer thread (the design until issue 17): the sockets live on the
/// I/O threads, so a commit here holds up no connection, and each message then
/// crosses two threads fewer. On this 2-core VM a thread wake-up is the largest
/// single cost; measured in docs/performance.md. The batches grow by themselves
/// under load: whatever arrives during a commit is in the next one.
class ChatCommitter : public QObject
{
    Q_OBJECT

public:
    using Result = std::optional<ContactStore::AppendResult>;
    /// A stored message and its contact as it stood in the same transaction:
    /// whoever accepted or took the contact before the commit is in it, and
    /// whoever takes it after reads the message from the transcript. So the
    /// fan-out needs no second lookup.
    struct Committed
    {
        ContactStore::AppendResult stored;
        ContactRecord contact;
    };
    using CommittedDone = std::function<void(const std::optional<Committed> &)>;

    /// Commits through contacts' own connection, on the thread this object lives on.
    explicit ChatCommitter(ContactStore &contacts, QObject *parent = nullptr);
    ~ChatCommitter() override;

    /// Stores the message in the next commit; done runs after it (nullopt if it
    /// failed), always: a message stored must be delivered even if its sender's
    /// connection went away meanwhile (only the ack is the sender's business,
    /// and the caller's done checks for that). done gets the contact back as
    /// the commit saw it.
    void append(const ContactRecord &contact, const QString &sender, const QString &text,
                const QString &clientMsgId, CommittedDone done);
    /// Commits and answers everything handed over so far, now.
    void flush();

private:
    struct Job
    {
        ContactRecord contact; ///< read again inside the commit
        QString sender;
        QString text;
        QString clientMsgId;
        CommittedDone done;
        Result result;
    };

    /// Stores the batch in one transaction; every result is reset if the commit fails.
    void commit(QList<Job> &batch);
    /// Who holds each contact now, read inside the batch's transaction.
    void refreshHolders(QList<Job> &batch);

    ContactStore &m_contacts;
    QList<Job> m_waiting; ///< handed over, not yet committed
    bool m_scheduled = false; ///< a flush is queued for the end of this turn
};

} // namespace ecoute::server
