// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/ReportDraftStore.h"

namespace ecoute::notes {

namespace {

constexpr int schemaVersion = 1;

constexpr const char *schema[] = {
    "CREATE TABLE report_drafts ("
    " contact_id TEXT PRIMARY KEY,"
    " body TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL) WITHOUT ROWID",
};

} // namespace

ReportDraftStore::ReportDraftStore(CipherDatabase &database, Clock clock)
    : m_db(database), m_clock(std::move(clock))
{
    createSchema();
}

QDateTime ReportDraftStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void ReportDraftStore::createSchema()
{
    // Like NotesStore: read the version, refuse a newer one, create or upgrade in one transaction.
    // The notes own PRAGMA user_version; the drafts keep theirs in vault_parts.
    m_db.exec("CREATE TABLE IF NOT EXISTS vault_parts (part TEXT PRIMARY KEY, version INTEGER NOT NULL) "
              "WITHOUT ROWID");
    int version = 0;
    {
        CipherStatement select = m_db.prepare("SELECT version FROM vault_parts WHERE part = 'report_drafts'");
        if (select.step())
            version = int(select.columnInt64(0));
    }
    if (version == schemaVersion)
        return;
    if (version > schemaVersion)
        throw StorageError(1, "the report drafts were written by a newer Ecoute");
    CipherTransaction transaction(m_db);
    if (version == 0) {
        for (const char *statement : schema)
            m_db.exec(statement);
    }
    CipherStatement record =
        m_db.prepare("INSERT OR REPLACE INTO vault_parts (part, version) VALUES ('report_drafts', ?1)");
    record.bind(1, qint64(schemaVersion)).step();
    transaction.commit();
}

void ReportDraftStore::save(const QString &contactId, const QString &text)
{
    if (text.isEmpty()) {
        remove(contactId);
        return;
    }
    CipherStatement upsert =
        m_db.prepare("INSERT OR REPLACE INTO report_drafts (contact_id, body, updated_at) "
                     "VALUES (?1, ?2, ?3)");
    upsert.bind(1, contactId).bind(2, text).bind(3, now().toMSecsSinceEpoch());
    upsert.step();
}

std::optional<ReportDraftStore::Draft> ReportDraftStore::draft(const QString &contactId)
{
    CipherStatement select = m_db.prepare("SELECT body, updated_at FROM report_drafts WHERE contact_id = ?1");
    select.bind(1, contactId);
    if (!select.step())
        return std::nullopt;
    return Draft {contactId, select.columnText(0),
                  QDateTime::fromMSecsSinceEpoch(select.columnInt64(1), Qt::UTC)};
}

void ReportDraftStore::remove(const QString &contactId)
{
    CipherStatement remove = m_db.prepare("DELETE FROM report_drafts WHERE contact_id = ?1");
    remove.bind(1, contactId).step();
}

QStringList ReportDraftStore::contactIds()
{
    CipherStatement select = m_db.prepare("SELECT contact_id FROM report_drafts ORDER BY contact_id");
    QStringList ids;
    while (select.step())
        ids << select.columnText(0);
    return ids;
}

int ReportDraftStore::purgeOlderThan(const QDateTime &cutoff)
{
    CipherStatement remove = m_db.prepare("DELETE FROM report_drafts WHERE updated_at < ?1");
    remove.bind(1, cutoff.toMSecsSinceEpoch()).step();
    return m_db.changes();
}

} // namespace ecoute::notes
