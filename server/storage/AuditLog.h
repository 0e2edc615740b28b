// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

namespace ecoute::server {

class Database;

/// The append-only record of supervision (table audit): who did what, when,
/// to which contact or request. Never message text. The database refuses
/// updates and deletes of this table.
class AuditLog
{
public:
    struct Entry
    {
        QString actor; ///< user name, or "-" for an unauthenticated connection
        QString action; ///< e.g. supervision.join, supervision.join.refused
        QString contactId;
        QString requestId;
        QString target; ///< the other person concerned (user name), if any
    };

    explicit AuditLog(Database &db) : m_db(db) { }

    bool record(const Entry &entry);
    /// Newest first: {at, actor, action, contactId?, requestId?, target?}.
    QJsonArray latest(int limit) const;
    /// Tab-separated lines, oldest first (ecoute-server audit).
    QStringList lines() const;

private:
    Database &m_db;
};

} // namespace ecoute::server
