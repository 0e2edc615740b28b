// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace ecoute::server {

class CommitWorker;

/// Group commit of chat messages on a writer thread. The event loop hands
/// each message over and goes on serving sockets; the writer stores every
/// message waiting for it in one transaction made durable by one fsync, then
/// the results come back to the event loop, which sends the acks and the
/// deliveries in arrival order. So neither one fsync per message nor the
/// fsync itself ever holds up the connections.
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

    /// Opens a connection of its own to contacts' database file, on the writer thread.
    explicit ChatCommitter(ContactStore &contacts, QObject *parent = nullptr);
    ~ChatCommitter() override;

    /// Stores the message in the next commit; done runs on this thread after
    /// it (nullopt if it failed), always: a message stored must be delivered
    /// even if its sender's connection went away meanwhile (only the ack is
    /// the sender's business, and the caller's done checks for that). done gets
    /// the contact back as the commit saw it.
    void append(const ContactRecord &contact, const QString &sender, const QString &text,
                const QString &clientMsgId, CommittedDone done);
    /// Waits until everything handed over so far is committed and answered.
    void flush();

private:
    friend class CommitWorker;
    struct Job
    {
        ContactRecord contact; ///< refreshed (state, volunteer) inside the commit
        QString sender;
        QString text;
        QString clientMsgId;
        CommittedDone done;
        Result result;
    };

    /// On this thread: answers the jobs the writer has finished.
    void deliverFinished();

    QThread m_thread;
    std::unique_ptr<CommitWorker> m_worker;
    QMutex m_mutex; ///< guards the two lists below
    QList<Job> m_waiting; ///< handed over, not yet taken by the writer
    QList<Job> m_finished; ///< committed (or failed), not yet answered
    bool m_writerBusy = false; ///< a drain is scheduled or running
};

} // namespace ecoute::server
