// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"
#include "server/storage/TranscriptSealer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ecoute::server {

namespace {

QByteArray identity(const QString &table, const QString &column, const QString &id)
{
    return TranscriptSealer::rowIdentity(table, column, {id});
}

/// A space-separated list, never NULL (an empty list is "").
QString joined(const QStringList &ids)
{
    const QString text = ids.join(u' ');
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

bool MailStore::addThread(const MailThreadRecord &t)
{
    const TranscriptSealer &sealer = m_db.sealer();
    Statement q = m_db.statement(QStringLiteral("INSERT INTO mail_threads (contact_id, writer_hash, "
                                                "mailbox_id, address, subject, last_inbound_id, refs) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, t.contactId);
    q->bindValue(1, orNull(t.writerHash));
    q->bindValue(2, t.mailboxId > 0 ? QVariant(t.mailboxId) : QVariant());
    q->bindValue(3,
                 t.address.isEmpty()
                     ? QVariant()
                     : QVariant(sealer.seal(
                         t.address,
                         identity(QStringLiteral("mail_threads"), QStringLiteral("address"), t.contactId))));
    q->bindValue(
        4,
        sealer.seal(t.subject,
                    identity(QStringLiteral("mail_threads"), QStringLiteral("subject"), t.contactId)));
    q->bindValue(5, orNull(t.lastInboundId));
    q->bindValue(6, joined(t.references));
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a mail thread:" << q->lastError().text();
        return false;
    }
    return true;
}

std::optional<MailThreadRecord> MailStore::thread(const QString &contactId) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT writer_hash, mailbox_id, address, subject, "
                                                "last_inbound_id, refs, escalated FROM mail_threads "
                                                "WHERE contact_id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, contactId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    const TranscriptSealer &sealer = m_db.sealer();
    MailThreadRecord t;
    t.contactId = contactId;
    t.writerHash = q->value(0).toString();
    t.mailboxId = q->value(1).toLongLong();
    t.address = sealer
                    .openValue(q->value(2),
                               identity(QStringLiteral("mail_threads"), QStringLiteral("address"), contactId))
                    .value_or(QString());
    t.subject = sealer
                    .openValue(q->value(3),
                               identity(QStringLiteral("mail_threads"), QStringLiteral("subject"), contactId))
                    .value_or(QString());
    t.lastInboundId = q->value(4).toString();
    t.references = q->value(5).toString().split(u' ', Qt::SkipEmptyParts);
    t.escalated = q->value(6).toBool();
    return t;
}

std::optional<QString> MailStore::threadOfMessageId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return std::nullopt;
    Statement q =
        m_db.statement(QStringLiteral("SELECT contact_id FROM mail_message_ids WHERE message_id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, messageId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return q->value(0).toString();
}

std::optional<QString> MailStore::openThreadOfWriter(const QString &writerHash) const
{
    if (writerHash.isEmpty())
        return std::nullopt;
    Statement q = m_db.statement(
        QStringLiteral("SELECT t.contact_id FROM mail_threads t JOIN contacts c ON c.id = t.contact_id "
                       "WHERE t.writer_hash = ? AND c.state != 'ended' ORDER BY c.created_at DESC LIMIT 1"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, writerHash);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return q->value(0).toString();
}

std::optional<QString> MailStore::openThreadOfMailbox(qint64 mailboxId) const
{
    Statement q = m_db.statement(
        QStringLiteral("SELECT t.contact_id FROM mail_threads t JOIN contacts c ON c.id = t.contact_id "
                       "WHERE t.mailbox_id = ? AND c.state != 'ended' ORDER BY c.created_at DESC LIMIT 1"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, mailboxId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return q->value(0).toString();
}

QStringList MailStore::threadsOfMailbox(qint64 mailboxId) const
{
    QStringList ids;
    Statement q = m_db.statement(
        QStringLiteral("SELECT t.contact_id FROM mail_threads t JOIN contacts c ON c.id = t.contact_id "
                       "WHERE t.mailbox_id = ? AND t.purged = 0 ORDER BY c.created_at"));
    if (!q)
        return ids;
    q->bindValue(0, mailboxId);
    if (!q->exec())
        return ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

bool MailStore::addMessageId(const QString &messageId, const QString &contactId, bool ours)
{
    if (messageId.isEmpty())
        return true;
    Statement q = m_db.statement(QStringLiteral(
        "INSERT OR IGNORE INTO mail_message_ids (message_id, contact_id, ours) VALUES (?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, messageId);
    q->bindValue(1, contactId);
    q->bindValue(2, ours ? 1 : 0);
    return q->exec();
}

bool MailStore::knowsMessageId(const QString &messageId) const
{
    return threadOfMessageId(messageId).has_value();
}

bool MailStore::setLastInbound(const QString &contactId, const QString &messageId,
                               const QStringList &references)
{
    Statement q = m_db.statement(
        QStringLiteral("UPDATE mail_threads SET last_inbound_id = ?, refs = ? WHERE contact_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, orNull(messageId));
    q->bindValue(1, joined(references));
    q->bindValue(2, contactId);
    return q->exec();
}

bool MailStore::setEscalated(const QString &contactId, bool escalated)
{
    Statement q =
        m_db.statement(QStringLiteral("UPDATE mail_threads SET escalated = ? WHERE contact_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, escalated ? 1 : 0);
    q->bindValue(1, contactId);
    return q->exec();
}

bool MailStore::wasImported(quint32 uidValidity, quint32 uid) const
{
    Statement q =
        m_db.statement(QStringLiteral("SELECT 1 FROM mail_imported WHERE uid_validity = ? AND uid = ?"));
    if (!q)
        return false;
    q->bindValue(0, uidValidity);
    q->bindValue(1, uid);
    return q->exec() && q->next();
}

bool MailStore::markImported(quint32 uidValidity, quint32 uid)
{
    Statement q = m_db.statement(
        QStringLiteral("INSERT OR IGNORE INTO mail_imported (uid_validity, uid, at) VALUES (?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, uidValidity);
    q->bindValue(1, uid);
    q->bindValue(2, Database::nowUtc());
    return q->exec();
}

QString MailStore::writerPseudonym(const QString &writerHash, const QString &fresh)
{
    {
        Statement insert = m_db.statement(
            QStringLiteral("INSERT OR IGNORE INTO mail_writers (hash, pseudonym) VALUES (?, ?)"));
        if (!insert)
            return fresh;
        insert->bindValue(0, writerHash);
        insert->bindValue(1, fresh);
        insert->exec();
    }
    Statement q = m_db.statement(QStringLiteral("SELECT pseudonym FROM mail_writers WHERE hash = ?"));
    if (!q)
        return fresh;
    q->bindValue(0, writerHash);
    return q->exec() && q->next() ? q->value(0).toString() : fresh;
}

bool MailStore::isBlocked(const QString &writerHash) const
{
    if (writerHash.isEmpty())
        return false;
    Statement q = m_db.statement(QStringLiteral("SELECT blocked FROM mail_writers WHERE hash = ?"));
    if (!q)
        return false;
    q->bindValue(0, writerHash);
    return q->exec() && q->next() && q->value(0).toBool();
}

bool MailStore::setBlocked(const QString &writerHash, bool blocked)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE mail_writers SET blocked = ? WHERE hash = ?"));
    if (!q)
        return false;
    q->bindValue(0, blocked ? 1 : 0);
    q->bindValue(1, writerHash);
    return q->exec() && q->numRowsAffected() == 1;
}

QString MailStore::lastAcknowledged(const QString &writerHash) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT last_ack_at FROM mail_writers WHERE hash = ?"));
    if (!q)
        return {};
    q->bindValue(0, writerHash);
    return q->exec() && q->next() ? q->value(0).toString() : QString();
}

bool MailStore::setAcknowledged(const QString &writerHash, const QString &at)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE mail_writers SET last_ack_at = ? WHERE hash = ?"));
    if (!q)
        return false;
    q->bindValue(0, at);
    q->bindValue(1, writerHash);
    return q->exec();
}

bool MailStore::quarantine(const QString &contactId, qint64 seq, const QuarantinedFile &file)
{
    const QString id = secure::randomHex(16);
    Statement q = m_db.statement(QStringLiteral("INSERT INTO mail_attachments (id, contact_id, seq, name, "
                                                "type, size, data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, id);
    q->bindValue(1, contactId);
    q->bindValue(2, seq);
    q->bindValue(3, file.name);
    q->bindValue(4, file.type);
    q->bindValue(5, file.data.size());
    // The sealer takes text: the file travels as base64 inside the sealed value.
    q->bindValue(
        6,
        m_db.sealer().seal(QString::fromLatin1(file.data.toBase64()),
                           identity(QStringLiteral("mail_attachments"), QStringLiteral("data"), id)));
    return q->exec();
}

QList<MailStore::Unanswered> MailStore::unanswered() const
{
    QList<Unanswered> list;
    Statement q = m_db.statement(QStringLiteral("SELECT c.id, c.answer_by, c.volunteer_id, t.escalated FROM "
                                                "contacts c JOIN mail_threads t ON t.contact_id "
                                                "= c.id WHERE c.channel = 'email' AND c.state != 'ended' AND "
                                                "c.answer_by IS NOT NULL ORDER BY c.answer_by"));
    if (!q || !q->exec())
        return list;
    while (q->next())
        list.append(
            {q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toBool()});
    return list;
}

int MailStore::purgeEndedBefore(const QString &before)
{
    QSqlDatabase &db = m_db.handle();
    if (!db.transaction())
        return 0;
    int purged = 0;
    {
        Statement files = m_db.statement(QStringLiteral("DELETE FROM mail_attachments WHERE contact_id IN "
                                                        "(SELECT id FROM contacts WHERE channel = 'email' "
                                                        "AND state = 'ended' AND ended_at < ?)"));
        Statement threads = m_db.statement(QStringLiteral(
            "UPDATE mail_threads SET address = NULL, subject = NULL, last_inbound_id = NULL, refs = '', "
            "purged = 1 "
            "WHERE purged = 0 AND contact_id IN (SELECT id FROM contacts WHERE channel = 'email' AND state = "
            "'ended' AND ended_at < ?)"));
        Statement ids = m_db.statement(QStringLiteral("DELETE FROM mail_message_ids WHERE contact_id IN "
                                                      "(SELECT id FROM contacts WHERE channel = 'email' "
                                                      "AND state = 'ended' AND ended_at < ?)"));
        // A web mailbox's notice address goes with its last thread.
        Statement notices =
            m_db.statement(QStringLiteral("DELETE FROM mail_notices WHERE mailbox_id NOT IN (SELECT "
                                          "t.mailbox_id FROM mail_threads t JOIN contacts "
                                          "c ON c.id = t.contact_id WHERE t.mailbox_id IS NOT NULL AND "
                                          "(c.state != 'ended' OR t.purged = 0))"));
        if (!files || !threads || !ids || !notices) {
            db.rollback();
            return 0;
        }
        files->bindValue(0, before);
        threads->bindValue(0, before);
        ids->bindValue(0, before);
        // SQLite counts the changes of the connection's latest statement: read it right after.
        const bool ok = files->exec() && threads->exec();
        purged = ok ? threads->numRowsAffected() : 0;
        if (!ok || !ids->exec() || !notices->exec()) {
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        db.rollback();
        return 0;
    }
    return purged;
}

} // namespace ecoute::server
