// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

/// A volunteer's answer on its way out (table mail_replies): its text and the supervisor's comment
/// are sealed like transcripts; it becomes a letter of the thread only once it was sent.
struct ReplyRecord
{
    QString id;
    QString contactId;
    qint64 authorId = 0;
    QString clientMsgId;
    protocol::MailReplyState state = protocol::MailReplyState::Scheduled;
    QString text;
    QString signature;
    QString sendAt; ///< scheduled: when it leaves (ISO-8601 UTC)
    QString comment; ///< returned: the supervisor's words
    qint64 reviewerId = 0;
    QString messageId; ///< ours, once composed
    QString at; ///< written

    /// The protocol's reply object (mail.outbox), without the author.
    QJsonObject toJson() const;
};

class ReplyStore
{
public:
    explicit ReplyStore(Database &db) : m_db(db) { }

    /// A new reply, or the one this author already sent with this clientMsgId (a retry).
    /// *created (if given) says whether it is new.
    std::optional<ReplyRecord> add(ReplyRecord reply, bool *created = nullptr);
    std::optional<ReplyRecord> find(const QString &id) const;
    /// Only if it is still in `from` (first decision wins); the new values are written with it.
    bool transition(const ReplyRecord &reply, protocol::MailReplyState from);
    /// Scheduled replies due at `now`, and replies that were being sent when the server stopped.
    QList<ReplyRecord> due(const QString &now) const;
    QList<ReplyRecord> inState(protocol::MailReplyState state) const;
    /// The author's replies not yet sent (what their windows show after a reconnect).
    QList<ReplyRecord> openOf(qint64 authorId) const;
    /// The reply of this thread that carried our Message-ID (for bounces).
    std::optional<ReplyRecord> findByMessageId(const QString &messageId) const;

private:
    QList<ReplyRecord> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace ecoute::server
