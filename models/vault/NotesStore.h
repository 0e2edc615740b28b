// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Note.h"
#include "models/vault/RetentionPolicy.h"
#include "models/vault/SqlCipher.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace ecoute::notes {

/// The notes, tags and full-text index inside one open database. It knows nothing
/// of keys or files: NotesVault opens the CipherDatabase and hands it over.
/// Every method commits before it returns (a returned save is on disk) and throws
/// StorageError when SQLite fails. Creating notes also works inside a transaction the caller
/// opened (bulk import): the note then joins it, and after a throw the caller must roll back.
class NotesStore
{
public:
    using Clock = std::function<QDateTime()>;

    /// Creates or upgrades the schema. `clock` gives "now" (UTC) for timestamps and retention.
    explicit NotesStore(CipherDatabase database, Clock clock = {});

    qint64 createPersonalNote(const QString &body = {});
    qint64 createContactNote(const ContactRef &contact, const QString &body = {});
    /// Replaces the body; returns the new revision. Throws if the note does not exist.
    qint64 saveBody(qint64 noteId, const QString &body);
    void setTags(qint64 noteId, const QStringList &tags);
    /// Pins or unpins; refuses (returns false) to pin when `policy` does not allow it.
    bool setPinned(qint64 noteId, bool pinned, const RetentionPolicy &policy);
    void removeNote(qint64 noteId);

    std::optional<Note> note(qint64 noteId);
    /// Newest first.
    QList<Note> notes();
    QList<Note> notesForContact(const QString &contactId);
    QList<Note> notesTagged(const QString &tag);
    QStringList allTags();
    int count();

    /// Full-text search (FTS4, accent-insensitive, word prefixes), newest notes first.
    QList<SearchHit> search(const QString &text, int limit = 50);

    /// Deletes what the policy no longer allows to keep, then cleans the full-text index
    /// and vacuums so the deleted text does not linger in free pages. Returns how many were deleted.
    int purgeExpired(const RetentionPolicy &policy);

    CipherDatabase &database() { return m_db; }

private:
    void createSchema();
    qint64 insertNote(const ContactRef *contact, const QString &body);
    QList<Note> readNotes(CipherStatement &statement);
    QStringList tagsOf(qint64 noteId);
    QDateTime now() const;

    CipherDatabase m_db;
    Clock m_clock;
};

} // namespace ecoute::notes
