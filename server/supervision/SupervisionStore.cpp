// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/supervision/SupervisionStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"
#include "server/storage/TranscriptSealer.h"

#include <QSqlError>
#include <QVariant>

namespace ecoute::server {

namespace {
const QString kColumns =
    QStringLiteral("id, kind, state, volunteer_id, contact_id, message, centre, created_at, "
                   "supervisor_id, accepted_at");

QByteArray requestIdentity(const QString &id)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("supervision_requests"), QStringLiteral("message"),
                                         {id});
}

/// A whisper (contact, supervisor) or a debrief message (request, author).
QByteArray noteIdentity(const QString &table, const QString &owner, qint64 authorId, const QString &at)
{
    return TranscriptSealer::rowIdentity(table, QStringLiteral("text"),
                                         {owner, QString::number(authorId), at});
}

QString unsealed(const std::optional<QString> &text)
{
    if (!text)
        qCWarning(lcDb) << "a supervision text could not be unsealed (wrong key or altered)";
    return text.value_or(QString());
}
} // namespace

QList<SupervisionRequestRecord> SupervisionStore::select(const QString &where,
                                                         const QVariantList &values) const
{
    QList<SupervisionRequestRecord> result;
    Statement q =
        m_db.statement(QStringLiteral("SELECT %1 FROM supervision_requests WHERE %2").arg(kColumns, where));
    if (!q)
        return result;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return result;
    while (q->next()) {
        SupervisionRequestRecord r;
        r.id = q->value(0).toString();
        // The columns only hold names of the vocabularies (written here and in SQL below).
        r.kind = protocol::fromString<protocol::SupervisionKind>(q->value(1).toString())
                     .value_or(protocol::SupervisionKind::WhenPossible);
        r.state = protocol::fromString<protocol::SupervisionState>(q->value(2).toString())
                      .value_or(protocol::SupervisionState::Closed);
        r.volunteerId = q->value(3).toLongLong();
        r.contactId = q->value(4).toString();
        r.message = unsealed(m_db.sealer().openValue(q->value(5), requestIdentity(r.id)));
        r.centre = q->value(6).toString();
        r.createdAt = q->value(7).toString();
        r.supervisorId = q->value(8).isNull() ? 0 : q->value(8).toLongLong();
        r.acceptedAt = q->value(9).toString();
        result.append(r);
    }
    return result;
}

std::optional<SupervisionRequestRecord> SupervisionStore::create(protocol::SupervisionKind kind,
                                                                 qint64 volunteerId, const QString &contactId,
                                                                 const QString &message,
                                                                 const QString &centre)
{
    SupervisionRequestRecord r;
    r.id = secure::randomHex(16);
    r.kind = kind;
    r.state = protocol::SupervisionState::Waiting;
    r.volunteerId = volunteerId;
    r.contactId = contactId;
    r.message = message;
    r.centre = centre;
    r.createdAt = Database::nowUtc();
    Statement q = m_db.statement(QStringLiteral("INSERT INTO supervision_requests (id, kind, state, "
                                                "volunteer_id, contact_id, message, centre, created_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::nullopt;
    int i = 0;
    for (const QVariant &v :
         {QVariant(r.id), QVariant(protocol::toString(kind)), QVariant(protocol::toString(r.state)),
          QVariant(volunteerId), contactId.isEmpty() ? QVariant() : QVariant(contactId),
          message.isEmpty() ? QVariant() : QVariant(m_db.sealer().seal(message, requestIdentity(r.id))),
          QVariant(centre), QVariant(r.createdAt)}) {
        q->bindValue(i++, v);
    }
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a supervision request:" << q->lastError().text();
        return std::nullopt;
    }
    return r;
}

std::optional<SupervisionRequestRecord> SupervisionStore::find(const QString &id) const
{
    const auto found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<SupervisionRequestRecord> SupervisionStore::openIn(const QString &centre) const
{
    return select(QStringLiteral("centre = ? AND state IN ('waiting', 'accepted') "
                                 "ORDER BY kind = 'urgent' DESC, created_at ASC"),
                  {centre});
}

QList<SupervisionRequestRecord> SupervisionStore::openOf(qint64 volunteerId) const
{
    return select(QStringLiteral("volunteer_id = ? AND state IN ('waiting', 'accepted') ORDER BY created_at"),
                  {volunteerId});
}

bool SupervisionStore::accept(const QString &id, qint64 supervisorId)
{
    Statement q = m_db.statement(
        QStringLiteral("UPDATE supervision_requests SET state = 'accepted', "
                       "supervisor_id = ?, accepted_at = ? WHERE id = ? AND state = 'waiting'"));
    if (!q)
        return false;
    q->bindValue(0, supervisorId);
    q->bindValue(1, Database::nowUtc());
    q->bindValue(2, id);
    return q->exec() && q->numRowsAffected() == 1;
}

bool SupervisionStore::finish(const QString &id, protocol::SupervisionState state)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE supervision_requests SET state = ?, ended_at = ? "
                                                "WHERE id = ? AND state IN ('waiting', 'accepted')"));
    if (!q)
        return false;
    q->bindValue(0, protocol::toString(state));
    q->bindValue(1, Database::nowUtc());
    q->bindValue(2, id);
    return q->exec() && q->numRowsAffected() == 1;
}

bool SupervisionStore::acceptedAbout(qint64 supervisorId, const QString &contactId) const
{
    return !select(QStringLiteral("supervisor_id = ? AND contact_id = ? AND state = 'accepted'"),
                   {supervisorId, contactId})
                .isEmpty();
}

std::optional<SupervisionNote> SupervisionStore::addNote(const QString &table, const QString &ownerColumn,
                                                         const QString &owner, const QString &authorColumn,
                                                         qint64 authorId, const QString &text,
                                                         const QString &clientMsgId)
{
    {
        Statement existing =
            m_db.statement(QStringLiteral("SELECT id, text, at FROM %1 WHERE %2 = ? AND %3 = ? "
                                          "AND client_msg_id = ?")
                               .arg(table, ownerColumn, authorColumn));
        if (!existing)
            return std::nullopt;
        existing->bindValue(0, owner);
        existing->bindValue(1, authorId);
        existing->bindValue(2, clientMsgId);
        if (existing->exec() && existing->next()) {
            const QString at = existing->value(2).toString();
            const QString original = unsealed(
                m_db.sealer().openValue(existing->value(1), noteIdentity(table, owner, authorId, at)));
            return SupervisionNote {
                existing->value(0).toLongLong(), authorId, original, at, clientMsgId, true};
        }
    }
    SupervisionNote note {0, authorId, text, Database::nowUtc(), clientMsgId, false};
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO %1 (%2, %3, text, at, client_msg_id) VALUES (?, ?, ?, ?, ?)")
            .arg(table, ownerColumn, authorColumn));
    if (!q)
        return std::nullopt;
    q->bindValue(0, owner);
    q->bindValue(1, authorId);
    q->bindValue(2, m_db.sealer().seal(text, noteIdentity(table, owner, authorId, note.at)));
    q->bindValue(3, note.at);
    q->bindValue(4, clientMsgId);
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a supervision note:" << q->lastError().text();
        return std::nullopt;
    }
    note.id = q->lastInsertId().toLongLong();
    return note;
}

std::optional<SupervisionNote> SupervisionStore::addWhisper(const QString &contactId, qint64 supervisorId,
                                                            const QString &text, const QString &clientMsgId)
{
    return addNote(QStringLiteral("whispers"), QStringLiteral("contact_id"), contactId,
                   QStringLiteral("supervisor_id"), supervisorId, text, clientMsgId);
}

std::optional<SupervisionNote> SupervisionStore::addDebrief(const QString &requestId, qint64 authorId,
                                                            const QString &text, const QString &clientMsgId)
{
    return addNote(QStringLiteral("debrief_messages"), QStringLiteral("request_id"), requestId,
                   QStringLiteral("author_id"), authorId, text, clientMsgId);
}

QList<SupervisionNote> SupervisionStore::whispersOf(const QString &contactId) const
{
    QList<SupervisionNote> notes;
    Statement q = m_db.statement(QStringLiteral(
        "SELECT id, supervisor_id, text, at, client_msg_id FROM whispers WHERE contact_id = ? ORDER BY id"));
    if (!q)
        return notes;
    q->bindValue(0, contactId);
    if (!q->exec())
        return notes;
    while (q->next()) {
        const qint64 author = q->value(1).toLongLong();
        const QString at = q->value(3).toString();
        const QString text = unsealed(m_db.sealer().openValue(
            q->value(2), noteIdentity(QStringLiteral("whispers"), contactId, author, at)));
        notes.append({q->value(0).toLongLong(), author, text, at, q->value(4).toString(), false});
    }
    return notes;
}

} // namespace ecoute::server
