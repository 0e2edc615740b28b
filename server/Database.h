// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ecoute::server {

/// The server's SQLite file: WAL, synchronous=FULL (a message acknowledged is
/// on disk), foreign keys on, schema versioned with PRAGMA user_version.
/// The file is readable by the owner only.
class Database
{
public:
    static constexpr int kSchemaVersion = 1;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates the database at filePath.
    bool open(const QString &filePath);
    void close();
    QSqlDatabase &handle() { return m_db; }
    QString lastError() const { return m_error; }

    static QString nowUtc();

private:
    bool exec(const QString &sql);
    bool migrate();

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace ecoute::server
