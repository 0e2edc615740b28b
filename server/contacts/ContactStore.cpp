// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/ContactStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"
#include "server/storage/TranscriptSealer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ecoute::server {

namespace {
const QString kContactColumns = QStringLiteral(
    "id, channel, pseudonym, language, state, urgent, created_at, volunteer_id, ended_by, practice, "
    "practice_session, practice_trainee, practice_trainer, answer_by, thread_length");

/// nullopt for a row whose channel is not one of ours (the schema forbids it;
/// a damaged row is left out rather than routed on a guess).
std::optional<ContactRecord> contactFromQuery(const QSqlQuery &q)
{
    const auto channel = protocol::fromString<protocol::Channel>(q.value(1).toString());
    if (!channel) {
        qCWarning(lcDb) << "a stored contact has an unknown channel; left out";
        return std::nullopt;
    }
    ContactRecord c;
    c.id = q.value(0).toString();
    c.channel = *channel;
    c.pseudonym = q.value(2).toString();
    c.language = q.value(3).toString();
    // The column only ever holds names of the vocabulary (written below and in SQL here).
    c.state = protocol::fromString<protocol::ContactState>(q.value(4).toString())
                  .value_or(protocol::ContactState::Ended);
    c.urgent = q.value(5).toBool();
    c.createdAt = q.value(6).toString();
    c.volunteerId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    c.endedBy = q.value(8).toString();
    c.practice = q.value(9).toBool();
    c.practiceSession = q.value(10).toString();
    c.practiceTrainee = q.value(11).toLongLong();
    c.practiceTrainer = q.value(12).toLongLong();
    c.answerBy = q.value(13).toString();
    c.threadLength = q.value(14).toInt();
    return c;
}

QByteArray messageIdentity(const QString &contactId, qint64 seq)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("messages"), QStringLiteral("text"),
                                         {contactId, QString::number(seq)});
}

/// Columns seq, sender, text (sealed), at, event.
MessageRecord messageFromQuery(const QSqlQuery &q, const QString &contactId, const TranscriptSealer &sealer)
{
    const qint64 seq = q.value(0).toLongLong();
    const auto text = sealer.openValue(q.value(2), messageIdentity(contactId, seq));
    if (!text)
        qCWarning(lcDb) << "a stored message could not be unsealed (wrong key or altered)";
    return {
        seq, q.value(1).toString(), text.value_or(QString()), q.value(3).toString(), q.value(4).toString(),
        {}};
}
} // namespace

QJsonObject ContactRecord::toJson() const
{
    QJsonObject json {{QStringLiteral("id"), id},
                      {QStringLiteral("channel"), protocol::toString(channel)},
                      {QStringLiteral("pseudonym"), pseudonym},
                      {QStringLiteral("language"), language},
                      {QStringLiteral("state"), protocol::toString(state)},
                      {QStringLiteral("createdAt"), createdAt},
                      {QStringLiteral("urgent"), urgent},
                      {QStringLiteral("practice"), practice}};
    if (channel == protocol::Channel::Email) {
        if (!answerBy.isEmpty())
            json.insert(QStringLiteral("answerBy"), answerBy);
        json.insert(QStringLiteral("threadLength"), threadLength);
    }
    return json;
}

QJsonObject MessageRecord::toJson() const
{
    QJsonObject json {{QStringLiteral("seq"), seq},
                      {QStringLiteral("from"), from},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("at"), at}};
    if (!event.isEmpty())
        json.insert(QStringLiteral("event"), event);
    if (!attachments.isEmpty()) {
        QJsonArray list;
        for (const AttachmentPlaceholder &a : attachments) {
            list.append(QJsonObject {{QStringLiteral("name"), a.name},
                                     {QStringLiteral("type"), a.type},
                                     {QStringLiteral("size"), a.size}});
        }
        json.insert(QStringLiteral("attachments"), list);
    }
    return json;
}

std::optional<ContactRecord> ContactStore::create(const QString &pseudonym, const QString &language,
                                                  bool urgent, const QString &seekerTokenHash,
                                                  protocol::Channel channel)
{
    ContactRecord c;
    c.id = secure::randomHex(16);
    c.channel = channel;
    c.pseudonym = pseudonym;
    c.language = language;
    c.urgent = urgent;
    c.createdAt = Database::nowUtc();
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO contacts (id, channel, pseudonym, language, state, urgent, "
                       "created_at, seeker_token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::nullopt;
    int i = 0;
    for (const QVariant &v : {QVariant(c.id), QVariant(protocol::toString(c.channel)), QVariant(c.pseudonym),
                              QVariant(c.language), QVariant(protocol::toString(c.state)),
                              QVariant(c.urgent ? 1 : 0), QVariant(c.createdAt), QVariant(seekerTokenHash)}) {
        q->bindValue(i++, v);
    }
    if (!q->exec()) {
        qCWarning(lcDb) << "could not create contact:" << q->lastError().text();
        return std::nullopt;
    }
    return c;
}

QList<ContactRecord> ContactStore::select(const QString &where, const QVariantList &values) const
{
    QList<ContactRecord> result;
    Statement q =
        m_db.statement(QStringLiteral("SELECT %1 FROM contacts WHERE %2").arg(kContactColumns, where));
    if (!q)
        return result;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        qCWarning(lcDb) << "contact query failed:" << q->lastError().text();
        return result;
    }
    while (q->next()) {
        if (auto contact = contactFromQuery(*q))
            result.append(*contact);
    }
    return result;
}

std::optional<ContactRecord> ContactStore::createPractice(const QString &pseudonym, const QString &language,
                                                          protocol::Channel channel, const QString &sessionId,
                                                          qint64 trainee, qint64 trainer)
{
    ContactRecord c;
    c.id = secure::randomHex(16);
    c.channel = channel;
    c.pseudonym = pseudonym;
    c.language = language;
    c.createdAt = Database::nowUtc();
    c.practice = true;
    c.practiceSession = sessionId;
    c.practiceTrainee = trainee;
    c.practiceTrainer = trainer;
    Statement q = m_db.statement(QStringLiteral(
        "INSERT INTO contacts (id, channel, pseudonym, language, state, urgent, created_at, practice, "
        "practice_session, practice_trainee, practice_trainer) VALUES (?, ?, ?, ?, 'waiting', 0, ?, 1, ?, ?, "
        "?)"));
    if (!q)
        return std::nullopt;
    int i = 0;
    for (const QVariant &v :
         {QVariant(c.id), QVariant(protocol::toString(channel)), QVariant(pseudonym), QVariant(language),
          QVariant(c.createdAt), QVariant(sessionId), QVariant(trainee), QVariant(trainer)})
        q->bindValue(i++, v);
    if (!q->exec()) {
        qCWarning(lcDb) << "could not create a practice contact:" << q->lastError().text();
        return std::nullopt;
    }
    return c;
}

QList<ContactRecord> ContactStore::practiceWaitingFor(qint64 trainee) const
{
    return select(
        QStringLiteral("state = 'waiting' AND practice = 1 AND practice_trainee = ? ORDER BY created_at"),
        {trainee});
}

QList<ContactRecord> ContactStore::practiceOf(qint64 trainee) const
{
    return select(QStringLiteral("practice = 1 AND practice_trainee = ? ORDER BY created_at DESC"),
                  {trainee});
}

QList<ContactRecord> ContactStore::practicePlayedBy(qint64 trainer) const
{
    return select(
        QStringLiteral("practice = 1 AND practice_trainer = ? AND state != 'ended' ORDER BY created_at"),
        {trainer});
}

int ContactStore::purgePractice(int days)
{
    const QString cutoff = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    QSqlDatabase &db = m_db.handle();
    if (!db.transaction())
        return 0;
    QSqlQuery q(db);
    // Supervision requests about them keep their audit trail, without the contact.
    q.prepare(QStringLiteral("UPDATE supervision_requests SET contact_id = NULL WHERE contact_id IN "
                             "(SELECT id FROM contacts WHERE practice = 1 AND created_at < ?)"));
    q.addBindValue(cutoff);
    bool ok = q.exec();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM contacts WHERE practice = 1 AND created_at < ?"));
    del.addBindValue(cutoff);
    ok = ok && del.exec();
    const int removed = ok ? del.numRowsAffected() : 0;
    if (!ok || !db.commit()) {
        qCWarning(lcDb) << "could not purge old practice contacts";
        db.rollback();
        return 0;
    }
    return removed;
}

std::optional<ContactRecord> ContactStore::find(const QString &id) const
{
    const auto found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<ContactRecord> ContactStore::findBySeekerTokenHash(const QString &tokenHash) const
{
    const auto found = select(QStringLiteral("seeker_token_hash = ?"), {tokenHash});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ContactRecord> ContactStore::waiting() const
{
    return select(QStringLiteral("state = 'waiting' AND practice = 0 ORDER BY urgent DESC, requeued DESC, "
                                 "COALESCE(waiting_since, created_at) ASC"),
                  {});
}

QList<ContactRecord> ContactStore::activeFor(qint64 volunteerId) const
{
    return select(QStringLiteral("state = 'active' AND volunteer_id = ? ORDER BY accepted_at ASC"),
                  {volunteerId});
}

bool ContactStore::assign(const QString &contactId, qint64 volunteerId)
{
    Statement q = m_db.statement(
        QStringLiteral("UPDATE contacts SET state = 'active', volunteer_id = ?, accepted_at = ? "
                       "WHERE id = ? AND state IN ('waiting', 'offered')"));
    if (!q)
        return false;
    q->bindValue(0, volunteerId);
    q->bindValue(1, Database::nowUtc());
    q->bindValue(2, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

QHash<protocol::Channel, int> ContactStore::activeCountsFor(qint64 volunteerId) const
{
    QHash<protocol::Channel, int> counts;
    Statement q = m_db.statement(QStringLiteral("SELECT channel, COUNT(*) FROM contacts WHERE state = "
                                                "'active' AND volunteer_id = ? GROUP BY channel"));
    if (!q)
        return counts;
    q->bindValue(0, volunteerId);
    if (!q->exec())
        return counts;
    while (q->next()) {
        if (const auto channel = protocol::fromString<protocol::Channel>(q->value(0).toString()))
            counts.insert(*channel, q->value(1).toInt());
        else
            qCWarning(lcDb) << "active contacts with an unknown channel; not counted";
    }
    return counts;
}

QList<qint64> ContactStore::volunteersWithActiveContacts() const
{
    QList<qint64> ids;
    Statement q = m_db.statement(QStringLiteral(
        "SELECT DISTINCT volunteer_id FROM contacts WHERE state = 'active' AND volunteer_id IS NOT NULL"));
    if (!q || !q->exec())
        return ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

bool ContactStore::requeue(const QString &contactId)
{
    Statement q = m_db.statement(
        QStringLiteral("UPDATE contacts SET state = 'waiting', volunteer_id = NULL, requeued = 1, "
                       "waiting_since = ? WHERE id = ? AND state = 'active'"));
    if (!q)
        return false;
    q->bindValue(0, Database::nowUtc());
    q->bindValue(1, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

std::optional<QString> ContactStore::transfer(const QString &contactId, qint64 fromUser, qint64 toUser,
                                              const QString &note)
{
    QSqlDatabase &db = m_db.handle();
    if (!db.transaction())
        return std::nullopt;
    const QString at = Database::nowUtc();
    bool ok = false;
    {
        Statement move = m_db.statement(QStringLiteral(
            "UPDATE contacts SET volunteer_id = ? WHERE id = ? AND volunteer_id = ? AND state = 'active'"));
        if (move) {
            move->bindValue(0, toUser);
            move->bindValue(1, contactId);
            move->bindValue(2, fromUser);
            ok = move->exec() && move->numRowsAffected() == 1;
        }
    }
    if (ok) {
        Statement handover = m_db.statement(QStringLiteral(
            "INSERT INTO handovers (contact_id, from_user, to_user, note, at) VALUES (?, ?, ?, ?, ?)"));
        ok = static_cast<bool>(handover);
        if (ok) {
            handover->bindValue(0, contactId);
            handover->bindValue(1, fromUser);
            handover->bindValue(2, toUser);
            // NOT NULL: a takeover has no note, sealed empty.
            handover->bindValue(
                3,
                m_db.sealer().seal(note,
                                   TranscriptSealer::rowIdentity(
                                       QStringLiteral("handovers"), QStringLiteral("note"),
                                       {contactId, QString::number(fromUser), QString::number(toUser), at})));
            handover->bindValue(4, at);
            ok = handover->exec();
        }
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return at;
}

bool ContactStore::setUrgent(const QString &contactId, bool urgent)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE contacts SET urgent = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, urgent ? 1 : 0);
    q->bindValue(1, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

bool ContactStore::markHard(const QString &contactId)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE contacts SET hard = 1 WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

bool ContactStore::setSourceHash(const QString &contactId, const QString &sourceHash)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE contacts SET source_hash = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, sourceHash.isEmpty() ? QVariant() : QVariant(sourceHash));
    q->bindValue(1, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

bool ContactStore::end(const QString &contactId, const QString &by)
{
    Statement q =
        m_db.statement(QStringLiteral("UPDATE contacts SET state = 'ended', ended_at = ?, ended_by = ? "
                                      "WHERE id = ? AND state <> 'ended'"));
    if (!q)
        return false;
    q->bindValue(0, Database::nowUtc());
    q->bindValue(1, by);
    q->bindValue(2, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

std::optional<MessageRecord> ContactStore::findByClientMsgId(const QString &contactId, const QString &sender,
                                                             const QString &clientMsgId) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT seq, sender, text, at, event FROM messages "
                                                "WHERE contact_id = ? AND sender = ? AND client_msg_id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, contactId);
    q->bindValue(1, sender);
    q->bindValue(2, clientMsgId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return messageFromQuery(*q, contactId, m_db.sealer());
}

std::optional<ContactStore::AppendResult> ContactStore::append(const QString &contactId,
                                                               const QString &sender, const QString &text,
                                                               const QString &clientMsgId)
{
    QSqlDatabase &db = m_db.handle();
    if (!db.transaction())
        return std::nullopt;
    auto result = appendInTransaction(contactId, sender, text, clientMsgId);
    if (!result || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return result;
}

std::optional<ContactStore::AppendResult>
ContactStore::appendInTransaction(const QString &contactId, const QString &sender, const QString &text,
                                  const QString &clientMsgId, const QString &event)
{
    MessageRecord m {0, sender, text, Database::nowUtc(), event, {}};
    {
        Statement next = m_db.statement(
            QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE contact_id = ?"));
        if (!next)
            return std::nullopt;
        next->bindValue(0, contactId);
        if (!next->exec() || !next->next())
            return std::nullopt;
        m.seq = next->value(0).toLongLong();
    } // finished here, before the insert
    QString error;
    {
        Statement insert = m_db.statement(
            QStringLiteral("INSERT INTO messages (contact_id, seq, sender, text, at, client_msg_id, event) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return std::nullopt;
        insert->bindValue(0, contactId);
        insert->bindValue(1, m.seq);
        insert->bindValue(2, sender);
        insert->bindValue(3, m_db.sealer().seal(text, messageIdentity(contactId, m.seq)));
        insert->bindValue(4, m.at);
        insert->bindValue(5, clientMsgId.isEmpty() ? QVariant() : QVariant(clientMsgId));
        insert->bindValue(6, event.isEmpty() ? QVariant() : QVariant(event));
        if (insert->exec())
            return AppendResult {m, false};
        error = insert->lastError().text();
    } // finished before the lookup
    // A resent message breaks UNIQUE (contact, sender, clientMsgId): only then is the original
    // looked up (one statement fewer per message). SQLite undoes just the failed statement; the
    // transaction and earlier appends of the same batch (visible here) stay.
    if (!clientMsgId.isEmpty()) {
        if (auto original = findByClientMsgId(contactId, sender, clientMsgId))
            return AppendResult {*original, true};
    }
    qCWarning(lcDb) << "could not store message:" << error;
    return std::nullopt;
}

QList<MessageRecord> ContactStore::messagesAfter(const QString &contactId, qint64 afterSeq) const
{
    QList<MessageRecord> result;
    {
        Statement q = m_db.statement(QStringLiteral("SELECT seq, sender, text, at, event FROM messages "
                                                    "WHERE contact_id = ? AND seq > ? ORDER BY seq"));
        if (!q)
            return result;
        q->bindValue(0, contactId);
        q->bindValue(1, afterSeq);
        if (!q->exec())
            return result;
        while (q->next())
            result.append(messageFromQuery(*q, contactId, m_db.sealer()));
    } // finished before the attachments' query
    addAttachments(contactId, afterSeq, result);
    return result;
}

void ContactStore::addAttachments(const QString &contactId, qint64 afterSeq,
                                  QList<MessageRecord> &messages) const
{
    // Only e-mail letters have any; the placeholders, never the sealed files.
    Statement q = m_db.statement(QStringLiteral("SELECT seq, name, type, size FROM mail_attachments "
                                                "WHERE contact_id = ? AND seq > ? ORDER BY seq, rowid"));
    if (!q)
        return;
    q->bindValue(0, contactId);
    q->bindValue(1, afterSeq);
    if (!q->exec())
        return;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        for (MessageRecord &m : messages) {
            if (m.seq == seq) {
                m.attachments.append(
                    {q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong()});
                break;
            }
        }
    }
}

bool ContactStore::setMailState(const QString &contactId, const QString &answerBy, int threadLength)
{
    Statement q = m_db.statement(QStringLiteral(
        "UPDATE contacts SET answer_by = ?, thread_length = ? WHERE id = ? AND channel = 'email'"));
    if (!q)
        return false;
    q->bindValue(0, answerBy.isEmpty() ? QVariant() : QVariant(answerBy));
    q->bindValue(1, threadLength);
    q->bindValue(2, contactId);
    return q->exec() && q->numRowsAffected() == 1;
}

} // namespace ecoute::server
