// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/NotesStore.h"

#include "models/vault/FullTextQuery.h"

#include <QSet>

#include <optional>

namespace ecoute::notes {

namespace {

constexpr int schemaVersion = 2;

// FTS4 with external content: the index refers to notes.body instead of keeping a
// second copy of every note; insertNote() and the triggers keep it in step. unicode61 with
// remove_diacritics lets "ecoute" find "écouté".
constexpr const char *schema[] = {
    "CREATE TABLE notes ("
    " id INTEGER PRIMARY KEY,"
    " contact_id TEXT, pseudonym TEXT, channel TEXT, contact_started_at INTEGER,"
    " body TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " pinned INTEGER NOT NULL DEFAULT 0,"
    " revision INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX notes_by_creation ON notes(created_at)",
    "CREATE INDEX notes_by_contact ON notes(contact_id)",
    "CREATE TABLE note_tags ("
    " note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,"
    " tag TEXT NOT NULL COLLATE NOCASE,"
    " PRIMARY KEY (note_id, tag)) WITHOUT ROWID",
    "CREATE INDEX note_tags_by_tag ON note_tags(tag)",
    "CREATE VIRTUAL TABLE notes_fts USING fts4(content=\"notes\", body, tokenize=unicode61 "
    "\"remove_diacritics=1\")",
    "CREATE TRIGGER notes_before_update BEFORE UPDATE OF body ON notes BEGIN"
    " DELETE FROM notes_fts WHERE docid = old.id; END",
    "CREATE TRIGGER notes_before_delete BEFORE DELETE ON notes BEGIN"
    " DELETE FROM notes_fts WHERE docid = old.id; END",
    "CREATE TRIGGER notes_after_update AFTER UPDATE OF body ON notes BEGIN"
    " INSERT INTO notes_fts(docid, body) VALUES (new.id, new.body); END",
    // No insert trigger (there was one in version 1): insertNote() indexes new notes itself.
};

constexpr char noteColumns[] = "id, contact_id, pseudonym, channel, contact_started_at, body, created_at, "
                               "updated_at, pinned, revision";

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString selectNotes(const char *tail)
{
    return QStringLiteral("SELECT %1 FROM notes %2").arg(QLatin1String(noteColumns), QLatin1String(tail));
}

} // namespace

NotesStore::NotesStore(CipherDatabase database, Clock clock)
    : m_db(std::move(database)), m_clock(std::move(clock))
{
    createSchema();
}

QDateTime NotesStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void NotesStore::createSchema()
{
    const int version = m_db.pragmaValue("PRAGMA user_version").value_or(QString()).toInt();
    if (version == schemaVersion)
        return;
    if (version > schemaVersion)
        throw StorageError(1, "the notes database was written by a newer Ecoute");
    CipherTransaction transaction(m_db);
    if (version == 0) {
        for (const char *statement : schema)
            m_db.exec(statement);
    }
    m_db.exec("DROP TRIGGER IF EXISTS notes_after_insert"); // version 1 indexed new notes by trigger
    m_db.exec("PRAGMA user_version = 2");
    transaction.commit();
}

qint64 NotesStore::insertNote(const ContactRef *contact, const QString &body)
{
    // The note is indexed here rather than by an AFTER INSERT trigger: inside an enclosing
    // transaction, a trigger writing to FTS4 makes every INSERT open a statement journal,
    // FTS4 then flushes its pending terms at each one (one index segment per note, merged
    // again and again), and SQLCipher encrypts every page copied into that journal. With two
    // plain statements FTS4 batches the index until the commit (bulk inserts 2.5-4x faster).
    std::optional<CipherTransaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db); // the note and its index entry, or neither
    const qint64 stamp = toMs(now());
    CipherStatement insert =
        m_db.prepare("INSERT INTO notes (contact_id, pseudonym, channel, contact_started_at, body, "
                     "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    if (contact) {
        insert.bind(1, contact->contactId).bind(2, contact->pseudonym).bind(3, contact->channel);
        if (contact->startedAt.isValid())
            insert.bind(4, toMs(contact->startedAt));
    }
    insert.bind(5, body).bind(6, stamp);
    insert.step();
    const qint64 id = m_db.lastInsertRowId();
    CipherStatement index = m_db.prepare("INSERT INTO notes_fts(docid, body) VALUES (?1, ?2)");
    index.bind(1, id).bind(2, body).step();
    if (transaction)
        transaction->commit();
    return id;
}

qint64 NotesStore::createPersonalNote(const QString &body)
{
    return insertNote(nullptr, body);
}

qint64 NotesStore::createContactNote(const ContactRef &contact, const QString &body)
{
    return insertNote(&contact, body);
}

qint64 NotesStore::saveBody(qint64 noteId, const QString &body)
{
    CipherStatement update =
        m_db.prepare("UPDATE notes SET body = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3");
    update.bind(1, body).bind(2, toMs(now())).bind(3, noteId);
    update.step();
    if (m_db.changes() != 1)
        throw StorageError(12 /* SQLITE_NOTFOUND */, "no such note");
    CipherStatement revision = m_db.prepare("SELECT revision FROM notes WHERE id = ?1");
    revision.bind(1, noteId);
    revision.step();
    return revision.columnInt64(0);
}

void NotesStore::setTags(qint64 noteId, const QStringList &tags)
{
    CipherTransaction transaction(m_db);
    CipherStatement clear = m_db.prepare("DELETE FROM note_tags WHERE note_id = ?1");
    clear.bind(1, noteId).step();
    CipherStatement add = m_db.prepare("INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?1, ?2)");
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty())
            continue;
        add.reset();
        add.bind(1, noteId).bind(2, trimmed);
        add.step();
    }
    transaction.commit();
}

bool NotesStore::setPinned(qint64 noteId, bool pinned, const RetentionPolicy &policy)
{
    if (pinned && !policy.allowsPinning())
        return false;
    CipherStatement update = m_db.prepare("UPDATE notes SET pinned = ?1 WHERE id = ?2");
    update.bind(1, pinned ? 1 : 0).bind(2, noteId).step();
    return m_db.changes() == 1;
}

void NotesStore::removeNote(qint64 noteId)
{
    CipherStatement remove = m_db.prepare("DELETE FROM notes WHERE id = ?1");
    remove.bind(1, noteId).step();
}

QStringList NotesStore::tagsOf(qint64 noteId)
{
    CipherStatement select = m_db.prepare("SELECT tag FROM note_tags WHERE note_id = ?1 ORDER BY tag");
    select.bind(1, noteId);
    QStringList tags;
    while (select.step())
        tags << select.columnText(0);
    return tags;
}

QList<Note> NotesStore::readNotes(CipherStatement &statement)
{
    QList<Note> result;
    while (statement.step()) {
        Note note;
        note.id = statement.columnInt64(0);
        if (!statement.columnIsNull(1)) {
            ContactRef contact {
                statement.columnText(1), statement.columnText(2), statement.columnText(3), {}};
            if (!statement.columnIsNull(4))
                contact.startedAt = fromMs(statement.columnInt64(4));
            note.contact = contact;
        }
        note.body = statement.columnText(5);
        note.createdAt = fromMs(statement.columnInt64(6));
        note.updatedAt = fromMs(statement.columnInt64(7));
        note.pinned = statement.columnInt64(8) != 0;
        note.revision = statement.columnInt64(9);
        result.append(std::move(note));
    }
    for (Note &note : result)
        note.tags = tagsOf(note.id);
    return result;
}

std::optional<Note> NotesStore::note(qint64 noteId)
{
    CipherStatement select = m_db.prepare(selectNotes("WHERE id = ?1").toUtf8().constData());
    select.bind(1, noteId);
    QList<Note> found = readNotes(select);
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

QList<Note> NotesStore::notes()
{
    CipherStatement select =
        m_db.prepare(selectNotes("ORDER BY created_at DESC, id DESC").toUtf8().constData());
    return readNotes(select);
}

QList<Note> NotesStore::notesForContact(const QString &contactId)
{
    CipherStatement select = m_db.prepare(
        selectNotes("WHERE contact_id = ?1 ORDER BY created_at DESC, id DESC").toUtf8().constData());
    select.bind(1, contactId);
    return readNotes(select);
}

QList<Note> NotesStore::notesTagged(const QString &tag)
{
    CipherStatement select =
        m_db.prepare(selectNotes("WHERE id IN (SELECT note_id FROM note_tags WHERE tag = ?1) "
                                 "ORDER BY created_at DESC, id DESC")
                         .toUtf8()
                         .constData());
    select.bind(1, tag.trimmed());
    return readNotes(select);
}

QStringList NotesStore::allTags()
{
    CipherStatement select = m_db.prepare("SELECT DISTINCT tag FROM note_tags ORDER BY tag");
    QStringList tags;
    while (select.step())
        tags << select.columnText(0);
    return tags;
}

int NotesStore::count()
{
    return m_db.pragmaValue("SELECT count(*) FROM notes").value_or(QString()).toInt();
}

QList<SearchHit> NotesStore::search(const QString &text, int limit)
{
    const QString expression = FullTextQuery::matchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return {};
    // Ordering by docid lets FTS4 walk its doclists backwards and stop at the limit,
    // so snippets are built for the returned rows only (newest notes have the largest ids).
    CipherStatement select =
        m_db.prepare("SELECT docid, snippet(notes_fts, char(2), char(3), '…', -1, 16) "
                     "FROM notes_fts WHERE notes_fts MATCH ?1 ORDER BY docid DESC LIMIT ?2");
    select.bind(1, expression).bind(2, limit);
    QList<SearchHit> hits;
    while (select.step()) {
        SearchHit hit;
        hit.noteId = select.columnInt64(0);
        hit.snippet = select.columnText(1);
        hit.highlights = FullTextQuery::takeHighlights(hit.snippet);
        hits.append(std::move(hit));
    }
    return hits;
}

int NotesStore::purgeExpired(const RetentionPolicy &policy)
{
    const QDateTime current = now();
    CipherStatement remove = m_db.prepare("DELETE FROM notes WHERE created_at < ?1 "
                                          "AND (pinned = 0 OR ?2 = 0 OR created_at < ?3)");
    remove.bind(1, toMs(policy.cutoff(current)))
        .bind(2, policy.allowsPinning() ? 1 : 0)
        .bind(3, toMs(policy.pinnedCutoff(current)));
    remove.step();
    const int deleted = m_db.changes();
    if (deleted > 0) {
        // FTS4 keeps deleted terms in older index segments until they are merged:
        // optimize merges them away, VACUUM then rebuilds the file without free pages.
        m_db.exec("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')");
        m_db.exec("VACUUM");
    }
    return deleted;
}

} // namespace ecoute::notes
