// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/AuditLog.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace ecoute::server {

bool AuditLog::record(const Entry &entry)
{
    Statement q = m_db.statement(QStringLiteral(
        "INSERT INTO audit (at, actor, action, contact_id, request_id, target) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, Database::nowUtc());
    q->bindValue(1, entry.actor.isEmpty() ? QStringLiteral("-") : entry.actor);
    q->bindValue(2, entry.action);
    q->bindValue(3, orNull(entry.contactId));
    q->bindValue(4, orNull(entry.requestId));
    q->bindValue(5, orNull(entry.target));
    if (!q->exec()) {
        qCWarning(lcDb) << "could not write the audit log:" << q->lastError().text();
        return false;
    }
    return true;
}

QJsonArray AuditLog::latest(int limit) const
{
    QJsonArray entries;
    Statement q = m_db.statement(QStringLiteral(
        "SELECT at, actor, action, contact_id, request_id, target FROM audit ORDER BY id DESC LIMIT ?"));
    if (!q)
        return entries;
    q->bindValue(0, limit);
    if (!q->exec())
        return entries;
    while (q->next()) {
        QJsonObject e {{QStringLiteral("at"), q->value(0).toString()},
                       {QStringLiteral("actor"), q->value(1).toString()},
                       {QStringLiteral("action"), q->value(2).toString()}};
        const char *const optional[] = {"contactId", "requestId", "target"};
        for (int i = 0; i < 3; ++i) {
            if (!q->value(3 + i).isNull())
                e.insert(QLatin1String(optional[i]), q->value(3 + i).toString());
        }
        entries.append(e);
    }
    return entries;
}

QStringList AuditLog::lines() const
{
    QStringList lines;
    Statement q = m_db.statement(
        QStringLiteral("SELECT at, actor, action, contact_id, request_id, target FROM audit ORDER BY id"));
    if (!q || !q->exec())
        return lines;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(q->value(i).isNull() ? QStringLiteral("-") : q->value(i).toString());
        lines.append(fields.join(u'\t'));
    }
    return lines;
}

} // namespace ecoute::server
