// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/ReportStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include <QJsonObject>
#include <QSqlError>

namespace ecoute::server {

namespace {
// A repeat: an earlier real contact of the same person (same keyed hash).
const QString kHistoryCase = QStringLiteral(
    "CASE WHEN c.source_hash IS NULL OR c.source_hash = '' THEN 'unknown' "
    "WHEN EXISTS (SELECT 1 FROM contacts p WHERE p.source_hash = c.source_hash AND p.practice = 0 "
    "AND p.created_at < c.created_at) THEN 'repeat' ELSE 'first' END");
/// A list column: never NULL (an empty list is '').
QString joined(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("") : list.join(u',');
}

const QString kDuration =
    QStringLiteral("CAST(round((julianday(c.ended_at) - julianday(c.accepted_at)) * 86400) AS INTEGER)");
} // namespace

QJsonObject PendingReport::toJson() const
{
    return {{QStringLiteral("contactId"), contactId},
            {QStringLiteral("channel"), protocol::toString(channel)},
            {QStringLiteral("pseudonym"), pseudonym},
            {QStringLiteral("endedAt"), endedAt},
            {QStringLiteral("durationSeconds"), durationSeconds},
            {QStringLiteral("history"), protocol::toString(history)},
            {QStringLiteral("practice"), practice},
            {QStringLiteral("urgent"), urgent}};
}

ReportStore::Insert ReportStore::insert(const ReportRecord &r, const QDateTime &now)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Insert::Failed;
    // INSERT OR IGNORE on the primary key: of two racing reports, exactly one row is written.
    Statement q = m_db.statement(
        QStringLiteral("INSERT OR IGNORE INTO reports (contact_id, author_id, practice, topics, risk, asked, "
                       "age, gender, "
                       "history, outcomes, referrals, duration_seconds, reported_at) "
                       "SELECT c.id, ?, c.practice, ?, ?, ?, ?, ?, ?, ?, ?, %1, ? FROM contacts c "
                       "WHERE c.id = ? AND c.state = 'ended' AND c.volunteer_id = ?")
            .arg(kDuration));
    if (!q)
        return Insert::Failed;
    int i = 0;
    for (const QVariant &v :
         {QVariant(r.authorId), QVariant(joined(r.topics)), QVariant(protocol::toString(r.risk)),
          QVariant(joined(r.asked)), QVariant(protocol::toString(r.age)),
          QVariant(protocol::toString(r.gender)), QVariant(protocol::toString(r.history)),
          QVariant(joined(r.outcomes)), QVariant(joined(r.referrals)), QVariant(timestamp(now)),
          QVariant(r.contactId), QVariant(r.authorId)})
        q->bindValue(i++, v);
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a report:" << q->lastError().text();
        return Insert::Failed;
    }
    // Nothing written: a report was there first, or the contact is not an ended one of the author.
    const Insert result = q->numRowsAffected() == 1 ? Insert::Stored
        : exists(r.contactId)                       ? Insert::Duplicate
                                                    : Insert::Failed;
    if (!tx.commit())
        return Insert::Failed;
    return result;
}

bool ReportStore::exists(const QString &contactId) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT 1 FROM reports WHERE contact_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, contactId);
    return q->exec() && q->next();
}

QList<PendingReport> ReportStore::pendingFor(qint64 userId, const QDateTime &since) const
{
    QList<PendingReport> pending;
    Statement q = m_db.statement(
        QStringLiteral("SELECT c.id, c.channel, c.pseudonym, c.ended_at, %1, %2, c.practice, c.urgent "
                       "FROM contacts c WHERE c.volunteer_id = ? AND c.state = 'ended' AND c.ended_at >= ? "
                       "AND c.accepted_at IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.contact_id = c.id) "
                       "ORDER BY c.ended_at ASC")
            .arg(kDuration, kHistoryCase));
    if (!q)
        return pending;
    q->bindValue(0, userId);
    q->bindValue(1, timestamp(since));
    if (!q->exec())
        return pending;
    while (q->next()) {
        PendingReport p;
        p.contactId = q->value(0).toString();
        p.channel =
            protocol::fromString<protocol::Channel>(q->value(1).toString()).value_or(protocol::Channel::Chat);
        p.pseudonym = q->value(2).toString();
        p.endedAt = q->value(3).toString();
        p.durationSeconds = std::max<qint64>(0, q->value(4).toLongLong());
        p.history = protocol::fromString<protocol::ContactHistory>(q->value(5).toString())
                        .value_or(protocol::ContactHistory::Unknown);
        p.practice = q->value(6).toBool();
        p.urgent = q->value(7).toBool();
        pending.append(p);
    }
    return pending;
}

int ReportStore::unreportedCount(qint64 userId, const QDateTime &since) const
{
    Statement q = m_db.statement(
        QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE c.volunteer_id = ? AND c.state = 'ended' "
                       "AND c.practice = 0 AND c.accepted_at IS NOT NULL AND c.ended_at >= ? "
                       "AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.contact_id = c.id)"));
    if (!q)
        return 0;
    q->bindValue(0, userId);
    q->bindValue(1, timestamp(since));
    return q->exec() && q->next() ? q->value(0).toInt() : 0;
}

WorkCounts ReportStore::workSince(qint64 userId, const QDateTime &since) const
{
    WorkCounts counts;
    Statement q = m_db.statement(QStringLiteral(
        "SELECT COUNT(*), "
        "COALESCE(SUM(CASE WHEN c.hard = 1 OR r.risk IN ('high', 'imminent') OR k.contact_id IS NOT NULL "
        "THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN k.contact_id IS NOT NULL THEN 1 ELSE 0 END), 0) "
        "FROM contacts c LEFT JOIN reports r ON r.contact_id = c.id "
        "LEFT JOIN risk_cases k ON k.contact_id = c.id "
        "WHERE c.volunteer_id = ? AND c.state = 'ended' AND c.practice = 0 AND c.accepted_at IS NOT NULL "
        "AND c.ended_at >= ?"));
    if (!q)
        return counts;
    q->bindValue(0, userId);
    q->bindValue(1, timestamp(since));
    if (q->exec() && q->next()) {
        counts.contacts = q->value(0).toInt();
        counts.hard = q->value(1).toInt();
        counts.imminent = q->value(2).toInt();
    }
    return counts;
}

bool ReportStore::serviceExists(const QString &id) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT 1 FROM directory_services WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, id);
    return q->exec() && q->next();
}

protocol::ContactHistory ReportStore::historyOf(const QString &contactId) const
{
    Statement q =
        m_db.statement(QStringLiteral("SELECT %1 FROM contacts c WHERE c.id = ?").arg(kHistoryCase));
    if (!q)
        return protocol::ContactHistory::Unknown;
    q->bindValue(0, contactId);
    if (!q->exec() || !q->next())
        return protocol::ContactHistory::Unknown;
    return protocol::fromString<protocol::ContactHistory>(q->value(0).toString())
        .value_or(protocol::ContactHistory::Unknown);
}

} // namespace ecoute::server
