// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/SessionTokens.h"

#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace ecoute::server {

QString SessionTokens::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

std::optional<SessionTokens::Issued> SessionTokens::issue(qint64 userId)
{
    Issued issued;
    issued.token = secure::randomHex(kTokenBytes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    issued.expiresAt = now.addSecs(kLifetimeSecs);
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(hashToken(issued.token));
    q.addBindValue(userId);
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(issued.expiresAt.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return std::nullopt;
    return issued;
}

std::optional<SessionTokens::Session> SessionTokens::lookup(const QString &token) const
{
    if (token.size() != qsizetype {2} * kTokenBytes)
        return std::nullopt;
    // Checked before every push to a staff connection: a statement prepared once.
    Statement q = m_db.statement(
        QStringLiteral("SELECT user_id, expires_at, presence FROM sessions WHERE token_hash = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, hashToken(token));
    if (!q->exec() || !q->next())
        return std::nullopt;
    Session s;
    s.userId = q->value(0).toLongLong();
    s.expiresAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
    s.presence = q->value(2).toString();
    if (!s.expiresAt.isValid() || s.expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return s;
}

void SessionTokens::setPresence(const QString &token, const QString &presence)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE sessions SET presence = ? WHERE token_hash = ?"));
    q.addBindValue(presence);
    q.addBindValue(hashToken(token));
    q.exec();
}

void SessionTokens::revoke(const QString &token)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    q.addBindValue(hashToken(token));
    q.exec();
}

void SessionTokens::revokeAllOf(qint64 userId)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"));
    q.addBindValue(userId);
    q.exec();
}

void SessionTokens::purgeExpired()
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at <= ?"));
    q.addBindValue(Database::nowUtc());
    q.exec();
}

} // namespace ecoute::server
