// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace ecoute::server {

class TranscriptSealer;

/// One use of a prepared statement (Database::statement). finish() runs when it
/// goes out of scope, so a read never keeps its snapshot open (WAL checkpoints
/// would wait for it) and the cached statement is free for the next use.
class Statement
{
public:
    Statement(QSqlQuery *cached, std::unique_ptr<QSqlQuery> own)
        : m_own(std::move(own)), m_query(m_own ? m_own.get() : cached)
    {
    }
    ~Statement()
    {
        if (m_query)
            m_query->finish();
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept : m_own(std::move(other.m_own)), m_query(other.m_query)
    {
        other.m_query = nullptr;
    }
    Statement &operator=(Statement &&) = delete;

    /// False if the SQL could not be prepared.
    explicit operator bool() const { return m_query != nullptr; }
    QSqlQuery *operator->() const { return m_query; }
    QSqlQuery &operator*() const { return *m_query; }

private:
    std::unique_ptr<QSqlQuery> m_own; ///< set when the cached one was busy (nested use)
    QSqlQuery *m_query = nullptr;
};

/// The server's SQLite file: WAL, synchronous=FULL (a message acknowledged is
/// on disk), foreign keys on, schema versioned with PRAGMA user_version.
/// The file is readable by the owner only. Deleted content is zeroed
/// (secure_delete on every connection) and free pages can be given back
/// (auto_vacuum incremental). Free text is sealed by the stores with sealer().
class Database
{
public:
    static constexpr int kSchemaVersion = 8;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates the database at filePath.
    bool open(const QString &filePath);
    void close();
    QSqlDatabase &handle() { return m_db; }
    QString lastError() const { return m_error; }
    /// What the stores seal free text with: the server's (setSealer), or
    /// without one a key that lives only as long as this process (unit tests).
    const TranscriptSealer &sealer() const;
    void setSealer(std::shared_ptr<const TranscriptSealer> sealer) { m_sealer = std::move(sealer); }
    /// The statement for sql, prepared once per connection and reused: bind
    /// every placeholder (bindValue by position), then exec(). Check with
    /// operator bool: false if it could not be prepared (logged).
    Statement statement(const QString &sql);

    static QString nowUtc();

private:
    bool exec(const QString &sql);
    bool migrate();
    bool setUpDeletion();

    QString m_connectionName;
    QSqlDatabase m_db;
    /// Prepared statements by SQL text; cleared before the connection closes.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QString m_error;
    std::shared_ptr<const TranscriptSealer> m_sealer;
};

/// An optional text column: empty text is stored as NULL.
inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Rolls the transaction back unless it was committed.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db.handle()), m_open(m_db.transaction()) { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace ecoute::server
