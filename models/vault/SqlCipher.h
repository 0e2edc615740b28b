// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Secret.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace ecoute::notes {

/// How the encrypted file is laid out. Recorded in the vault header, because a
/// SQLCipher build cannot tell from the (fully encrypted) file which one wrote it.
enum class CipherFormat {
    /// What SQLCipher 3.x writes with our settings: AES-256-CBC, 4096-byte pages, HMAC-SHA1.
    SqlCipher3Compat,
    /// SQLCipher 4 defaults: AES-256-CBC, 4096-byte pages, HMAC-SHA512.
    SqlCipher4,
};

QString cipherFormatName(CipherFormat format);
std::optional<CipherFormat> cipherFormatFromName(const QString &name);

/// What the linked SQLCipher library can do, asked at run time (a 3.4.1 build
/// silently ignores 4.x pragmas, so the version decides, not the headers).
class SqlCipherLibrary
{
public:
    static QString version();
    static int majorVersion();
    static CipherFormat preferredFormat();
    static bool canOpen(CipherFormat format);
    /// The formats to try for a file, the recorded one first.
    static QList<CipherFormat> candidates(CipherFormat recorded);
    /// True when SQLite's heap allocations are wiped on free (our allocator is installed).
    static bool wipesFreedMemory();
};

/// A failed SQLite call. `code()` is the primary SQLite result code.
class StorageError : public std::runtime_error
{
public:
    StorageError(int code, const std::string &what);
    int code() const { return m_code; }
    /// Wrong key, wrong format or a damaged/tampered file: SQLCipher cannot tell which.
    bool isUnreadable() const;

private:
    int m_code;
};

/// A prepared statement; finalised when it goes out of scope.
class CipherStatement
{
public:
    CipherStatement(sqlite3 *db, const char *sql);
    ~CipherStatement();
    CipherStatement(CipherStatement &&other) noexcept;
    CipherStatement &operator=(CipherStatement &&) = delete;
    CipherStatement(const CipherStatement &) = delete;
    CipherStatement &operator=(const CipherStatement &) = delete;

    CipherStatement &bind(int index, qint64 value);
    /// The text is copied into SQLite and our temporary UTF-8 copy is wiped.
    CipherStatement &bind(int index, const QString &text);
    CipherStatement &bindNull(int index);
    /// Binds a secret without copying; the secret must outlive the statement's use.
    CipherStatement &bindSecret(int index, const SecretBytes &secret);

    /// Returns true while there is a row to read.
    bool step();
    void reset();
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

/// An open SQLCipher connection (or a plain SQLite one for comparisons). Closed on destruction,
/// which also makes SQLCipher wipe its copy of the key and its page cache.
class CipherDatabase
{
public:
    /// Opens or creates `path` (created with mode 0600) with a raw 256-bit key, applies the
    /// cipher settings of `format`, verifies them by reading them back, and reads the schema
    /// so a wrong key or damage shows up here. Throws StorageError.
    static CipherDatabase openEncrypted(const QString &path, const SecretBytes &rawKey, CipherFormat format);
    /// No key at all: only for the benchmark's comparison figures.
    static CipherDatabase openUnencrypted(const QString &path);

    CipherDatabase(CipherDatabase &&other) noexcept;
    CipherDatabase &operator=(CipherDatabase &&other) noexcept;
    CipherDatabase(const CipherDatabase &) = delete;
    CipherDatabase &operator=(const CipherDatabase &) = delete;
    ~CipherDatabase();

    void exec(const char *sql);
    CipherStatement prepare(const char *sql) { return CipherStatement(m_db, sql); }
    /// Runs a pragma and returns the first column of its first row, if any.
    std::optional<QString> pragmaValue(const char *sql);
    qint64 lastInsertRowId() const;
    /// True between BEGIN and COMMIT/ROLLBACK.
    bool inTransaction() const;
    int changes() const;

    /// Re-encrypts every page with a new raw key, in one transaction.
    void rekey(const SecretBytes &newRawKey);
    /// Writes a copy of the whole database to `targetPath`, encrypted with `rawKey` in `format`.
    void exportTo(const QString &targetPath, const SecretBytes &rawKey, CipherFormat format);
    /// Reads every page (which checks each page's HMAC); throws on damage.
    void verifyIntegrity();

    bool isEncrypted() const { return m_encrypted; }
    QString path() const { return m_path; }

private:
    CipherDatabase(sqlite3 *db, QString path, bool encrypted);
    void applyRuntimeSettings();
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_encrypted = false;
};

/// Rolls back unless committed, so a thrown error leaves the database as it was.
class CipherTransaction
{
public:
    explicit CipherTransaction(CipherDatabase &db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }
    ~CipherTransaction()
    {
        if (!m_committed) {
            try {
                m_db.exec("ROLLBACK");
            } catch (const StorageError &) {
                // Nothing more to do: SQLite rolls back by itself when it cannot.
            }
        }
    }
    CipherTransaction(const CipherTransaction &) = delete;
    CipherTransaction &operator=(const CipherTransaction &) = delete;
    void commit()
    {
        m_db.exec("COMMIT");
        m_committed = true;
    }

private:
    CipherDatabase &m_db;
    bool m_committed = false;
};

/// Creates an empty file readable and writable by its owner only, if it does not exist yet.
/// SQLite gives its journal files the same mode as the database file.
void createPrivateFile(const QString &path);

} // namespace ecoute::notes
