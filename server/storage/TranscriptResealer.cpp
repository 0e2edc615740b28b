// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/TranscriptResealer.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SealedColumns.h"
#include "server/storage/TranscriptSealer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ecoute::server {

namespace {
struct Row
{
    qint64 rowid = 0;
    QVariant value;
    QStringList identity;
};
} // namespace

bool TranscriptResealer::holdsText() const
{
    for (const SealedColumn &c : sealedColumns()) {
        QSqlQuery q(m_db.handle());
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 IS NOT NULL LIMIT 1").arg(c.table, c.column))
            || q.next())
            return true; // when in doubt, never replace a key
    }
    return false;
}

bool TranscriptResealer::pending() const
{
    QSqlQuery q(m_db.handle());
    return q.exec(QStringLiteral("SELECT 1 FROM sealing_pending LIMIT 1")) && q.next();
}

bool TranscriptResealer::markPending(const QString &reason)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sealing_pending (reason) VALUES (?)"));
    q.addBindValue(reason);
    return q.exec();
}

TranscriptResealer::Outcome TranscriptResealer::run(int batchSize)
{
    Outcome outcome;
    const TranscriptSealer &sealer = m_db.sealer();
    const QByteArray current = sealer.currentPrefix();
    QSqlDatabase &db = m_db.handle();
    for (const SealedColumn &c : sealedColumns()) {
        const QString select =
            QStringLiteral("SELECT rowid, %2, %3 FROM %1 WHERE rowid > ? AND %2 IS NOT NULL AND "
                           "(typeof(%2) <> 'blob' OR substr(%2, 1, 5) <> ?) ORDER BY rowid LIMIT ?")
                .arg(c.table, c.column, c.identity.join(QStringLiteral(", ")));
        const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(c.table, c.column);
        qint64 after = 0;
        for (;;) {
            QList<Row> rows;
            {
                QSqlQuery q(db);
                q.prepare(select);
                q.addBindValue(after);
                q.addBindValue(current);
                q.addBindValue(batchSize);
                if (!q.exec()) {
                    qCWarning(lcDb) << "resealing: cannot read" << c.table << q.lastError().text();
                    outcome.ok = false;
                    break;
                }
                while (q.next()) {
                    Row row {q.value(0).toLongLong(), q.value(1), {}};
                    for (int i = 0; i < c.identity.size(); ++i)
                        row.identity.append(q.value(2 + i).toString());
                    rows.append(row);
                }
            }
            if (rows.isEmpty())
                break;
            after = rows.constLast().rowid;
            if (!db.transaction()) {
                outcome.ok = false;
                break;
            }
            QSqlQuery write(db);
            write.prepare(update);
            bool ok = true;
            for (const Row &row : rows) {
                const QByteArray identity = TranscriptSealer::rowIdentity(c.table, c.column, row.identity);
                const std::optional<QString> text = row.value.typeId() == QMetaType::QString
                    ? std::optional(row.value.toString())
                    : sealer.open(row.value.toByteArray(), identity);
                if (!text) {
                    ++outcome.unreadable;
                    continue;
                }
                write.addBindValue(sealer.seal(*text, identity));
                write.addBindValue(row.rowid);
                ok = ok && write.exec();
                ++outcome.resealed;
            }
            if (!ok || !db.commit()) {
                qCWarning(lcDb) << "resealing" << c.table << "failed:" << write.lastError().text();
                db.rollback();
                outcome.ok = false;
                break;
            }
        }
    }
    if (outcome.ok && outcome.unreadable == 0) {
        QSqlQuery done(db);
        outcome.ok = done.exec(QStringLiteral("DELETE FROM sealing_pending"));
    }
    return outcome;
}

} // namespace ecoute::server
