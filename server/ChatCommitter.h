// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ecoute::server {

/// Group commit of chat messages. Every message that arrives while the event
/// loop handles one round of socket activity is written in one transaction
/// and made durable by one fsync; only then are the senders' acks and the
/// deliveries sent, in arrival order. One fsync per message capped the server
/// at a few hundred messages a second; one per round does not.
class ChatCommitter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const std::optional<ContactStore::AppendResult> &)>;

    explicit ChatCommitter(ContactStore &contacts, QObject *parent = nullptr);
    ~ChatCommitter() override;

    /// Stores the message in the next commit; done runs after it (nullopt if it
    /// failed), unless context was destroyed meanwhile.
    void append(const QString &contactId, const QString &sender, const QString &text,
                const QString &clientMsgId, QObject *context, Done done);
    /// Writes what is pending now (also run at shutdown).
    void flush();

private:
    struct Pending
    {
        QString contactId;
        QString sender;
        QString text;
        QString clientMsgId;
        QPointer<QObject> context;
        Done done;
    };

    ContactStore &m_contacts;
    QList<Pending> m_pending;
    bool m_scheduled = false;
};

} // namespace ecoute::server
