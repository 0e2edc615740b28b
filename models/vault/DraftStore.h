// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/SqlCipher.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace ecoute::notes {

/// What a draft is the unfinished version of; each kind has its own table.
enum class DraftKind {
    MailAnswer, ///< an e-mail answer, one per thread (its text)
    Report, ///< an end-of-contact report, one per contact (its JSON: closed-set choices only)
};

/// Unfinished work on one contact, in the same encrypted database as the notes. A draft is the
/// volunteer's: it stays on this machine, encrypted like the notes, and survives restarts and a
/// server that is down; the server only ever holds what was sent, submitted for review or
/// reported. Each kind's table has its own schema version (in vault_parts), so the notes'
/// user_version stays NotesStore's. Every method commits before it returns and throws
/// StorageError when SQLite fails.
class DraftStore
{
public:
    using Clock = std::function<QDateTime()>;

    struct Draft
    {
        QString contactId;
        QString text;
        QDateTime updatedAt;
    };

    /// Creates or upgrades the drafts' table in database (NotesStore::database()), which must
    /// outlive this object.
    DraftStore(CipherDatabase &database, DraftKind kind, Clock clock = {});

    /// Stores text as the draft of contactId; an empty text removes it.
    void save(const QString &contactId, const QString &text);
    std::optional<Draft> draft(const QString &contactId);
    void remove(const QString &contactId);
    QStringList contactIds();
    /// Removes drafts not touched since cutoff (the notes' retention applies to them too).
    int purgeOlderThan(const QDateTime &cutoff);

private:
    void createSchema();
    QDateTime now() const;

    /// A statement on this kind's table: %1 in sql is the table's name.
    CipherStatement prepare(const char *sql);

    CipherDatabase &m_db;
    QByteArray m_table;
    Clock m_clock;
};

} // namespace ecoute::notes
