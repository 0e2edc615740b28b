// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/DraftStore.h"

namespace ecoute::notes {

namespace {

constexpr int schemaVersion = 1;

constexpr const char *schema[] = {
    "CREATE TABLE %1 ("
    " contact_id TEXT PRIMARY KEY,"
    " body TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL) WITHOUT ROWID",
};

QByteArray tableOf(DraftKind kind)
{
    switch (kind) {
    case DraftKind::MailAnswer:
        return QByteArrayLiteral("mail_drafts");
    case DraftKind::Report:
        return QByteArrayLiteral("report_drafts");
    }
    return {};
}

} // namespace

DraftStore::DraftStore(CipherDatabase &database, DraftKind kind, Clock clock)
    : m_db(database), m_table(tableOf(kind)), m_clock(std::move(clock))
{
    createSchema();
}

CipherStatement DraftStore::prepare(const char *sql)
{
    // The table's name comes from DraftKind only, never from input.
    return m_db.prepare(QByteArray(sql).replace("%1", m_table).constData());
}

QDateTime DraftStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void DraftStore::createSchema()
{
    // Like NotesStore: read the version, refuse a newer one, create or upgrade in one transaction.
    // The notes own PRAGMA user_version; the drafts keep theirs in vault_parts.
    m_db.exec("CREATE TABLE IF NOT EXISTS vault_parts (part TEXT PRIMARY KEY, version INTEGER NOT NULL) "
              "WITHOUT ROWID");
    int version = 0;
    {
        CipherStatement select = m_db.prepare("SELECT version FROM vault_parts WHERE part = ?1");
        select.bind(1, QString::fromLatin1(m_table));
        if (select.step())
            version = int(select.columnInt64(0));
    }
    if (version == schemaVersion)
        return;
    if (version > schemaVersion)
        throw StorageError(1, "the " + m_table.toStdString() + " were written by a newer Ecoute");
    CipherTransaction transaction(m_db);
    if (version == 0) {
        for (const char *statement : schema)
            m_db.exec(QByteArray(statement).replace("%1", m_table).constData());
    }
    CipherStatement record =
        m_db.prepare("INSERT OR REPLACE INTO vault_parts (part, version) VALUES (?1, ?2)");
    record.bind(1, QString::fromLatin1(m_table)).bind(2, qint64(schemaVersion)).step();
    transaction.commit();
}

void DraftStore::save(const QString &contactId, const QString &text)
{
    if (text.isEmpty()) {
        remove(contactId);
        return;
    }
    CipherStatement upsert = prepare("INSERT OR REPLACE INTO %1 (contact_id, body, updated_at) "
                                     "VALUES (?1, ?2, ?3)");
    upsert.bind(1, contactId).bind(2, text).bind(3, now().toMSecsSinceEpoch());
    upsert.step();
}

std::optional<DraftStore::Draft> DraftStore::draft(const QString &contactId)
{
    CipherStatement select = prepare("SELECT body, updated_at FROM %1 WHERE contact_id = ?1");
    select.bind(1, contactId);
    if (!select.step())
        return std::nullopt;
    return Draft {contactId, select.columnText(0),
                  QDateTime::fromMSecsSinceEpoch(select.columnInt64(1), Qt::UTC)};
}

void DraftStore::remove(const QString &contactId)
{
    CipherStatement remove = prepare("DELETE FROM %1 WHERE contact_id = ?1");
    remove.bind(1, contactId).step();
}

QStringList DraftStore::contactIds()
{
    CipherStatement select = prepare("SELECT contact_id FROM %1 ORDER BY contact_id");
    QStringList ids;
    while (select.step())
        ids << select.columnText(0);
    return ids;
}

int DraftStore::purgeOlderThan(const QDateTime &cutoff)
{
    CipherStatement remove = prepare("DELETE FROM %1 WHERE updated_at < ?1");
    remove.bind(1, cutoff.toMSecsSinceEpoch()).step();
    return m_db.changes();
}

} // namespace ecoute::notes
