// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/SqlCipher.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace ecoute::notes {

/// Unfinished end-of-contact reports, one per contact, in the same encrypted database as the notes
/// (like MailDraftStore, in a table of its own). A draft holds closed-set choices only (the report's
/// JSON), yet what the volunteer ticked about a person stays on this machine until it is submitted;
/// it survives restarts and a server that is down. The table has its own schema version (in
/// vault_parts). Every method commits before it returns and throws StorageError when SQLite fails.
class ReportDraftStore
{
public:
    using Clock = std::function<QDateTime()>;

    struct Draft
    {
        QString contactId;
        QString text; ///< the draft's JSON
        QDateTime updatedAt;
    };

    /// Creates or upgrades the drafts' table in database (NotesStore::database()), which must
    /// outlive this object.
    explicit ReportDraftStore(CipherDatabase &database, Clock clock = {});

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

    CipherDatabase &m_db;
    Clock m_clock;
};

} // namespace ecoute::notes
