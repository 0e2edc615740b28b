// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailboxStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/TranscriptSealer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ecoute::server {

namespace {

QByteArray noticeIdentity(qint64 mailboxId)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("mail_notices"), QStringLiteral("address"),
                                         {QString::number(mailboxId)});
}

} // namespace

std::optional<Mailbox> MailboxStore::create(const QString &nameHash, const QString &passwordHash,
                                            const QString &language)
{
    if (nameHash.isEmpty() || passwordHash.isEmpty())
        return std::nullopt;
    Statement q = m_db.statement(QStringLiteral("INSERT OR IGNORE INTO mailboxes (name_hash, password_hash, "
                                                "language, created_at) VALUES (?, ?, ?, ?)"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, nameHash);
    q->bindValue(1, passwordHash);
    q->bindValue(2, language);
    q->bindValue(3, Database::nowUtc());
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a web mailbox:" << q->lastError().text();
        return std::nullopt;
    }
    if (q->numRowsAffected() != 1)
        return std::nullopt; // the name is taken
    Mailbox m;
    m.id = q->lastInsertId().toLongLong();
    m.nameHash = nameHash;
    m.passwordHash = passwordHash;
    m.language = language;
    return m;
}

std::optional<Mailbox> MailboxStore::findBy(const char *column, const QString &value) const
{
    if (value.isEmpty())
        return std::nullopt;
    Statement q =
        m_db.statement(QStringLiteral("SELECT id, name_hash, password_hash, language FROM mailboxes "
                                      "WHERE %1 = ?")
                           .arg(QLatin1String(column)));
    if (!q)
        return std::nullopt;
    q->bindValue(0, value);
    if (!q->exec() || !q->next())
        return std::nullopt;
    Mailbox m;
    m.id = q->value(0).toLongLong();
    m.nameHash = q->value(1).toString();
    m.passwordHash = q->value(2).toString();
    m.language = q->value(3).toString();
    return m;
}

std::optional<Mailbox> MailboxStore::findByNameHash(const QString &nameHash) const
{
    return findBy("name_hash", nameHash);
}

std::optional<Mailbox> MailboxStore::findByTokenHash(const QString &tokenHash) const
{
    return findBy("token_hash", tokenHash);
}

bool MailboxStore::setTokenHash(qint64 id, const QString &tokenHash)
{
    Statement q = m_db.statement(QStringLiteral("UPDATE mailboxes SET token_hash = ? WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, tokenHash.isEmpty() ? QVariant() : QVariant(tokenHash));
    q->bindValue(1, id);
    return q->exec() && q->numRowsAffected() == 1;
}

bool MailboxStore::setNoticeAddress(qint64 mailboxId, const QString &address)
{
    if (address.isEmpty())
        return forgetNotice(mailboxId);
    Statement q = m_db.statement(
        QStringLiteral("INSERT OR REPLACE INTO mail_notices (mailbox_id, address) VALUES (?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, mailboxId);
    q->bindValue(1, m_db.sealer().seal(address, noticeIdentity(mailboxId)));
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a notice address:" << q->lastError().text();
        return false;
    }
    return true;
}

QString MailboxStore::noticeAddress(qint64 mailboxId) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT address FROM mail_notices WHERE mailbox_id = ?"));
    if (!q)
        return {};
    q->bindValue(0, mailboxId);
    if (!q->exec() || !q->next())
        return {};
    return m_db.sealer().openValue(q->value(0), noticeIdentity(mailboxId)).value_or(QString());
}

bool MailboxStore::forgetNotice(qint64 mailboxId)
{
    Statement q = m_db.statement(QStringLiteral("DELETE FROM mail_notices WHERE mailbox_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, mailboxId);
    return q->exec();
}

} // namespace ecoute::server
