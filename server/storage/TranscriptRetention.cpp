// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/TranscriptRetention.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ecoute::server {

namespace {
constexpr int kContactsPerBatch = 200;
constexpr int kPagesPerStep = 512; // 2 MiB with 4 KiB pages
constexpr int kBriefWaitMs = 100;
constexpr int kDefaultWaitMs = 5000; // Database's QSQLITE_BUSY_TIMEOUT

// The contacts being wiped in this transaction are marked 2, then 1 when done.
const char *const kWipeMarked[] = {
    "DELETE FROM messages WHERE contact_id IN (SELECT id FROM contacts WHERE transcript_purged = 2)",
    "DELETE FROM whispers WHERE contact_id IN (SELECT id FROM contacts WHERE transcript_purged = 2)",
    "DELETE FROM handovers WHERE contact_id IN (SELECT id FROM contacts WHERE transcript_purged = 2)",
    "DELETE FROM debrief_messages WHERE request_id IN (SELECT id FROM supervision_requests WHERE contact_id "
    "IN (SELECT id FROM contacts WHERE transcript_purged = 2))",
    "UPDATE supervision_requests SET message = NULL WHERE message IS NOT NULL AND contact_id IN "
    "(SELECT id FROM contacts WHERE transcript_purged = 2)",
    // Where a person at risk said they were goes with the transcript (the case and its steps stay).
    "UPDATE risk_cases SET location = NULL WHERE location IS NOT NULL AND contact_id IN "
    "(SELECT id FROM contacts WHERE transcript_purged = 2)",
    "UPDATE contacts SET transcript_purged = 1, seeker_token_hash = NULL WHERE transcript_purged = 2",
};
} // namespace

TranscriptRetention::TranscriptRetention(Database &db, int retentionDays, QObject *parent)
    : QObject(parent), m_db(db), m_retentionDays(retentionDays)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            return;
        m_running = true;
        m_purgedThisRun = 0;
        step();
    });
}

int TranscriptRetention::runNow()
{
    int total = 0;
    while (const int purged = purgeBatch(kContactsPerBatch))
        total += purged;
    while (!reclaimStep(kPagesPerStep)) { }
    truncateWal();
    return total;
}

void TranscriptRetention::schedule(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void TranscriptRetention::step()
{
    if (const int purged = purgeBatch(kContactsPerBatch)) {
        m_purgedThisRun += purged;
        QTimer::singleShot(0, this, &TranscriptRetention::step);
        return;
    }
    if (!reclaimStep(kPagesPerStep)) {
        QTimer::singleShot(0, this, &TranscriptRetention::step);
        return;
    }
    truncateWal(kBriefWaitMs);
    if (m_purgedThisRun > 0)
        qCInfo(lcDb) << m_purgedThisRun << "transcripts past their retention deleted";
    m_running = false;
}

int TranscriptRetention::purgeBatch(int batchSize)
{
    const QString cutoff = m_clock->now().addDays(-m_retentionDays).toString(Qt::ISODateWithMs);
    QSqlDatabase &db = m_db.handle();
    if (!db.transaction())
        return 0;
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral(
        "UPDATE contacts SET transcript_purged = 2 WHERE id IN (SELECT id FROM contacts WHERE "
        "transcript_purged = 0 AND state = 'ended' AND practice = 0 AND ended_at < ? LIMIT ?)"));
    mark.addBindValue(cutoff);
    mark.addBindValue(batchSize);
    bool ok = mark.exec();
    const int marked = ok ? mark.numRowsAffected() : 0;
    for (const char *sql : kWipeMarked) {
        if (!ok || marked == 0)
            break;
        QSqlQuery q(db);
        ok = q.exec(QString::fromLatin1(sql));
    }
    if (ok) {
        // Debriefs about no contact go once closed for as long.
        for (const QString &sql :
             {QStringLiteral("DELETE FROM debrief_messages WHERE request_id IN (SELECT id FROM "
                             "supervision_requests WHERE contact_id IS NULL AND state IN ('closed', "
                             "'cancelled') AND ended_at < ?)"),
              QStringLiteral("UPDATE supervision_requests SET message = NULL WHERE message IS NOT NULL AND "
                             "contact_id IS NULL AND state IN ('closed', 'cancelled') AND ended_at < ?")}) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(cutoff);
            ok = ok && q.exec();
        }
    }
    if (!ok || !db.commit()) {
        qCWarning(lcDb) << "could not delete transcripts past their retention:" << db.lastError().text();
        db.rollback();
        return 0;
    }
    return marked;
}

bool TranscriptRetention::reclaimStep(int pages)
{
    const auto freePages = [this] {
        QSqlQuery q(m_db.handle());
        return q.exec(QStringLiteral("PRAGMA freelist_count")) && q.next() ? q.value(0).toInt() : 0;
    };
    const int before = freePages();
    if (before == 0)
        return true;
    QSqlQuery vacuum(m_db.handle());
    if (!vacuum.exec(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(pages)))
        return true;
    while (vacuum.next()) { } // each row of the pragma is a step that frees pages
    vacuum.finish();
    const int after = freePages();
    return after == 0 || after >= before; // done, or nothing more can be given back
}

void TranscriptRetention::truncateWal(int waitMs)
{
    // TRUNCATE waits for other connections (an administration command) to let
    // go: on the event loop only briefly (a missed truncation is done at the next run).
    QSqlQuery busy(m_db.handle());
    busy.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(waitMs));
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcDb) << "WAL checkpoint failed:" << q.lastError().text();
    while (q.next()) { }
    q.finish();
    busy.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kDefaultWaitMs));
}

} // namespace ecoute::server
