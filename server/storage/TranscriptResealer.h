// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::server {

class Database;

/// Brings every sealed column to the current key: values written in clear
/// by an older server are sealed, values under an older key are re-sealed.
/// Works in batches of one transaction each, so an interruption loses
/// nothing and the next run goes on where it stopped.
class TranscriptResealer
{
public:
    struct Outcome
    {
        int resealed = 0;
        int unreadable =
            0; ///< sealed for another row or under a key the ring no longer has: left as they are
        bool ok = true;
    };

    explicit TranscriptResealer(Database &db) : m_db(db) { }

    /// Whether any sealed column holds a value (without its key, it would be lost).
    bool holdsText() const;
    /// Whether a migration or an interrupted rotation left work (table sealing_pending).
    bool pending() const;
    /// Records that everything must be brought to the current key (before a rotation).
    bool markPending(const QString &reason);
    /// Reseals everything not under the current key; clears the pending marks if it all went well.
    Outcome run(int batchSize = 500);

private:
    Database &m_db;
};

} // namespace ecoute::server
