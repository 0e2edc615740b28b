// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/ReplyStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"
#include "server/storage/TranscriptSealer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ecoute::server {

namespace {

const QString kColumns = QStringLiteral("id, contact_id, author_id, client_msg_id, state, text, signature, "
                                        "send_at, comment, reviewer_id, message_id, at");

QByteArray identity(const QString &column, const QString &id)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("mail_replies"), column, {id});
}

} // namespace

QJsonObject ReplyRecord::toJson() const
{
    QJsonObject json {{QStringLiteral("replyId"), id},
                      {QStringLiteral("contactId"), contactId},
                      {QStringLiteral("clientMsgId"), clientMsgId},
                      {QStringLiteral("state"), protocol::toString(state)},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("at"), at}};
    if (!sendAt.isEmpty() && state == protocol::MailReplyState::Scheduled)
        json.insert(QStringLiteral("sendAt"), sendAt);
    if (!comment.isEmpty())
        json.insert(QStringLiteral("comment"), comment);
    return json;
}

std::optional<ReplyRecord> ReplyStore::add(ReplyRecord reply, bool *created)
{
    if (created)
        *created = false;
    const auto existing = select(QStringLiteral("contact_id = ? AND author_id = ? AND client_msg_id = ?"),
                                 {reply.contactId, reply.authorId, reply.clientMsgId});
    if (!existing.isEmpty())
        return existing.first();
    reply.id = secure::randomHex(16);
    reply.at = Database::nowUtc();
    Statement q =
        m_db.statement(QStringLiteral("INSERT INTO mail_replies (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?)")
                           .arg(kColumns));
    if (!q)
        return std::nullopt;
    const TranscriptSealer &sealer = m_db.sealer();
    q->bindValue(0, reply.id);
    q->bindValue(1, reply.contactId);
    q->bindValue(2, reply.authorId);
    q->bindValue(3, reply.clientMsgId);
    q->bindValue(4, protocol::toString(reply.state));
    q->bindValue(5, sealer.seal(reply.text, identity(QStringLiteral("text"), reply.id)));
    q->bindValue(6, reply.signature.isNull() ? QStringLiteral("") : reply.signature);
    q->bindValue(7, orNull(reply.sendAt));
    q->bindValue(8,
                 reply.comment.isEmpty()
                     ? QVariant()
                     : QVariant(sealer.seal(reply.comment, identity(QStringLiteral("comment"), reply.id))));
    q->bindValue(9, reply.reviewerId > 0 ? QVariant(reply.reviewerId) : QVariant());
    q->bindValue(10, orNull(reply.messageId));
    q->bindValue(11, reply.at);
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a reply:" << q->lastError().text();
        return std::nullopt;
    }
    if (created)
        *created = true;
    return reply;
}

std::optional<ReplyRecord> ReplyStore::find(const QString &id) const
{
    const auto found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool ReplyStore::transition(const ReplyRecord &reply, protocol::MailReplyState from)
{
    const TranscriptSealer &sealer = m_db.sealer();
    Statement q = m_db.statement(QStringLiteral(
        "UPDATE mail_replies SET state = ?, text = ?, send_at = ?, comment = ?, reviewer_id = ?, "
        "message_id = ? WHERE id = ? AND state = ?"));
    if (!q)
        return false;
    q->bindValue(0, protocol::toString(reply.state));
    q->bindValue(1, sealer.seal(reply.text, identity(QStringLiteral("text"), reply.id)));
    q->bindValue(2, orNull(reply.sendAt));
    q->bindValue(3,
                 reply.comment.isEmpty()
                     ? QVariant()
                     : QVariant(sealer.seal(reply.comment, identity(QStringLiteral("comment"), reply.id))));
    q->bindValue(4, reply.reviewerId > 0 ? QVariant(reply.reviewerId) : QVariant());
    q->bindValue(5, orNull(reply.messageId));
    q->bindValue(6, reply.id);
    q->bindValue(7, protocol::toString(from));
    return q->exec() && q->numRowsAffected() == 1;
}

QList<ReplyRecord> ReplyStore::due(const QString &now) const
{
    return select(QStringLiteral("(state = 'scheduled' AND send_at <= ?) OR state = 'sending' ORDER BY at"),
                  {now});
}

QList<ReplyRecord> ReplyStore::inState(protocol::MailReplyState state) const
{
    return select(QStringLiteral("state = ? ORDER BY at"), {protocol::toString(state)});
}

QList<ReplyRecord> ReplyStore::openOf(qint64 authorId) const
{
    return select(QStringLiteral("author_id = ? AND state IN ('scheduled', 'pending_review', 'returned', "
                                 "'sending') ORDER BY at"),
                  {authorId});
}

std::optional<ReplyRecord> ReplyStore::findByMessageId(const QString &messageId) const
{
    const auto found = select(QStringLiteral("message_id = ?"), {messageId});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ReplyRecord> ReplyStore::select(const QString &where, const QVariantList &values) const
{
    QList<ReplyRecord> result;
    Statement q = m_db.statement(QStringLiteral("SELECT %1 FROM mail_replies WHERE %2").arg(kColumns, where));
    if (!q)
        return result;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return result;
    const TranscriptSealer &sealer = m_db.sealer();
    while (q->next()) {
        ReplyRecord r;
        r.id = q->value(0).toString();
        r.contactId = q->value(1).toString();
        r.authorId = q->value(2).toLongLong();
        r.clientMsgId = q->value(3).toString();
        r.state = protocol::fromString<protocol::MailReplyState>(q->value(4).toString())
                      .value_or(protocol::MailReplyState::Failed);
        r.text = sealer.openValue(q->value(5), identity(QStringLiteral("text"), r.id)).value_or(QString());
        r.signature = q->value(6).toString();
        r.sendAt = q->value(7).toString();
        r.comment =
            sealer.openValue(q->value(8), identity(QStringLiteral("comment"), r.id)).value_or(QString());
        r.reviewerId = q->value(9).toLongLong();
        r.messageId = q->value(10).toString();
        r.at = q->value(11).toString();
        result.append(r);
    }
    return result;
}

} // namespace ecoute::server
