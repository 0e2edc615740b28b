// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/SqlCipher.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <QFile>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ecoute::notes {

namespace {

constexpr char pageSize[] = "4096";

[[noreturn]] void fail(sqlite3 *db, int code, const char *context)
{
    std::string message = context;
    if (db) {
        message += ": ";
        message += sqlite3_errmsg(db);
    }
    throw StorageError(code, message);
}

void check(sqlite3 *db, int code, const char *context)
{
    if (code != SQLITE_OK)
        fail(db, code, context);
}

// SQLite's own allocations (page cache with decrypted pages, statement text, FTS buffers)
// are wiped when freed. SQLCipher 4 does this with cipher_memory_security; 3.x does not,
// so without this, decrypted notes could linger in freed heap memory after locking.
constexpr std::size_t allocationHeader = 16; // keeps the 16-byte alignment malloc gives

void *wipingMalloc(int size)
{
    const auto bytes = static_cast<std::size_t>(size < 0 ? 0 : size);
    auto *block = static_cast<unsigned char *>(std::malloc(bytes + allocationHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &bytes, sizeof bytes);
    return block + allocationHeader;
}

std::size_t allocationSize(void *memory)
{
    std::size_t bytes = 0;
    std::memcpy(&bytes, static_cast<unsigned char *>(memory) - allocationHeader, sizeof bytes);
    return bytes;
}

void wipingFree(void *memory)
{
    if (!memory)
        return;
    sodium_memzero(memory, allocationSize(memory));
    std::free(static_cast<unsigned char *>(memory) - allocationHeader);
}

void *wipingRealloc(void *memory, int size)
{
    void *grown = wipingMalloc(size);
    if (grown && memory)
        std::memcpy(grown, memory, std::min(allocationSize(memory), static_cast<std::size_t>(size)));
    if (grown)
        wipingFree(memory);
    return grown;
}

int wipingSize(void *memory)
{
    return memory ? static_cast<int>(allocationSize(memory)) : 0;
}

int roundUp(int size)
{
    return (size + 7) & ~7;
}

int noInit(void *)
{
    return SQLITE_OK;
}

void noShutdown(void *) { }

/// Must run before SQLite's first use in the process; later calls are no-ops.
/// Returns whether our allocator is the one SQLite uses.
bool configureSqlite()
{
    static const bool configured = [] {
        static const sqlite3_mem_methods methods {wipingMalloc, wipingFree, wipingRealloc, wipingSize,
                                                  roundUp,      noInit,     noShutdown,    nullptr};
        // Fails harmlessly (SQLITE_MISUSE) if something else already started SQLite.
        const bool accepted = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
        sqlite3_initialize();
        return accepted;
    }();
    return configured;
}

/// sqlite3_key() with the x'…' text of the raw key built in one guarded, mlock()ed buffer that
/// lives as long as the process and is wiped right after use: a fresh sodium_malloc() per
/// open cost about 40 µs (mmap, mprotect and mlock, then the same again to free it).
int setKey(sqlite3 *db, const SecretBytes &rawKey)
{
    constexpr std::size_t maxRawKey = 64;
    if (rawKey.size() > maxRawKey) {
        const SecretBytes keySpec = rawKey.toSqlCipherKeySpec();
        return sqlite3_key(db, keySpec.data(), static_cast<int>(keySpec.size()));
    }
    static std::mutex mutex;
    static SecretBytes scratch(2 * maxRawKey + 4);
    const std::lock_guard lock(mutex);
    const std::size_t length = rawKey.writeSqlCipherKeySpec(scratch.data(), scratch.size());
    const int rc = sqlite3_key(db, scratch.data(), static_cast<int>(length)); // SQLCipher keeps its own copy
    sodium_memzero(scratch.data(), scratch.size());
    return rc;
}

} // namespace

bool SqlCipherLibrary::wipesFreedMemory()
{
    return configureSqlite();
}

QString cipherFormatName(CipherFormat format)
{
    switch (format) {
    case CipherFormat::SqlCipher3Compat:
        return QStringLiteral("sqlcipher3-compat");
    case CipherFormat::SqlCipher4:
        return QStringLiteral("sqlcipher4");
    }
    return {};
}

std::optional<CipherFormat> cipherFormatFromName(const QString &name)
{
    for (CipherFormat format : {CipherFormat::SqlCipher3Compat, CipherFormat::SqlCipher4}) {
        if (cipherFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

QString SqlCipherLibrary::version()
{
    // An unkeyed in-memory connection answers the question without touching any file.
    configureSqlite();
    sqlite3 *db = nullptr;
    QString answer;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            answer = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return answer;
}

int SqlCipherLibrary::majorVersion()
{
    static const int major = version().section(QLatin1Char('.'), 0, 0).toInt();
    return major;
}

CipherFormat SqlCipherLibrary::preferredFormat()
{
    return majorVersion() >= 4 ? CipherFormat::SqlCipher4 : CipherFormat::SqlCipher3Compat;
}

bool SqlCipherLibrary::canOpen(CipherFormat format)
{
    return format == CipherFormat::SqlCipher3Compat ? majorVersion() >= 3 : majorVersion() >= 4;
}

QList<CipherFormat> SqlCipherLibrary::candidates(CipherFormat recorded)
{
    QList<CipherFormat> formats;
    if (canOpen(recorded))
        formats << recorded;
    for (CipherFormat other : {CipherFormat::SqlCipher4, CipherFormat::SqlCipher3Compat}) {
        if (other != recorded && canOpen(other))
            formats << other;
    }
    return formats;
}

StorageError::StorageError(int code, const std::string &what) : std::runtime_error(what), m_code(code & 0xff)
{
}

bool StorageError::isUnreadable() const
{
    return m_code == SQLITE_NOTADB || m_code == SQLITE_CORRUPT;
}

CipherStatement::CipherStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    check(db, sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr), "prepare");
}

CipherStatement::~CipherStatement()
{
    sqlite3_finalize(m_statement);
}

CipherStatement::CipherStatement(CipherStatement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr))
{
}

CipherStatement &CipherStatement::bind(int index, qint64 value)
{
    check(m_db, sqlite3_bind_int64(m_statement, index, value), "bind");
    return *this;
}

CipherStatement &CipherStatement::bind(int index, const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const int rc = sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                                     SQLITE_TRANSIENT);
    wipe(utf8);
    check(m_db, rc, "bind");
    return *this;
}

CipherStatement &CipherStatement::bindNull(int index)
{
    check(m_db, sqlite3_bind_null(m_statement, index), "bind");
    return *this;
}

CipherStatement &CipherStatement::bindSecret(int index, const SecretBytes &secret)
{
    check(m_db,
          sqlite3_bind_text(m_statement, index, reinterpret_cast<const char *>(secret.data()),
                            static_cast<int>(secret.size()), SQLITE_STATIC),
          "bind");
    return *this;
}

bool CipherStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, rc, "step");
}

void CipherStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 CipherStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString CipherStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

bool CipherStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

CipherDatabase::CipherDatabase(sqlite3 *db, QString path, bool encrypted)
    : m_db(db), m_path(std::move(path)), m_encrypted(encrypted)
{
}

CipherDatabase::CipherDatabase(CipherDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_encrypted(other.m_encrypted)
{
}

CipherDatabase &CipherDatabase::operator=(CipherDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_encrypted = other.m_encrypted;
    }
    return *this;
}

CipherDatabase::~CipherDatabase()
{
    close();
}

void CipherDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

CipherDatabase CipherDatabase::openEncrypted(const QString &path, const SecretBytes &rawKey,
                                             CipherFormat format)
{
    if (!SqlCipherLibrary::canOpen(format))
        throw StorageError(SQLITE_NOTADB, "this SQLCipher build cannot read the recorded file format");
    configureSqlite();
    createPrivateFile(path);
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    CipherDatabase db(raw, path, true);
    check(raw, opened, "open");

    const bool version4 = SqlCipherLibrary::majorVersion() >= 4;
    if (version4)
        db.exec("PRAGMA cipher_memory_security = ON"); // off by default since SQLCipher 4.5
    check(raw, setKey(raw, rawKey), "key");
    const char *expectedHmac = "HMAC_SHA1";
    if (format == CipherFormat::SqlCipher3Compat) {
        if (version4)
            db.exec("PRAGMA cipher_compatibility = 3");
        db.exec("PRAGMA cipher_page_size = 4096");
    } else {
        expectedHmac = "HMAC_SHA512";
        db.exec("PRAGMA cipher_page_size = 4096");
        db.exec("PRAGMA cipher_hmac_algorithm = HMAC_SHA512");
    }
    // SQLCipher ignores pragmas it does not know, so read back what matters.
    if (db.pragmaValue("PRAGMA cipher_page_size") != QLatin1String(pageSize))
        throw StorageError(SQLITE_MISUSE, "SQLCipher did not accept the page size");
    if (version4 && db.pragmaValue("PRAGMA cipher_hmac_algorithm") != QLatin1String(expectedHmac))
        throw StorageError(SQLITE_MISUSE, "SQLCipher did not accept the HMAC algorithm");

    // The first read decrypts page 1: a wrong key, a wrong format or damage fail here.
    db.pragmaValue("SELECT count(*) FROM sqlite_master");
    db.applyRuntimeSettings();
    return db;
}

CipherDatabase CipherDatabase::openUnencrypted(const QString &path)
{
    configureSqlite();
    createPrivateFile(path);
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    CipherDatabase db(raw, path, false);
    check(raw, opened, "open");
    db.pragmaValue("SELECT count(*) FROM sqlite_master");
    db.applyRuntimeSettings();
    return db;
}

void CipherDatabase::applyRuntimeSettings()
{
    // secure_delete: freed pages are overwritten; temp_store: sorts and temporary
    // tables never reach a temporary file; DELETE journal + FULL sync: a commit that
    // returned is on disk (the fault test relies on it), and rekey works in this mode.
    const struct
    {
        const char *set;
        const char *get;
        const char *expected;
    } settings[] = {
        {"PRAGMA secure_delete = ON", "PRAGMA secure_delete", "1"},
        {"PRAGMA temp_store = MEMORY", "PRAGMA temp_store", "2"},
        {"PRAGMA journal_mode = DELETE", "PRAGMA journal_mode", "delete"},
        {"PRAGMA synchronous = FULL", "PRAGMA synchronous", "2"},
        {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"},
    };
    for (const auto &setting : settings) {
        exec(setting.set);
        if (pragmaValue(setting.get) != QLatin1String(setting.expected))
            throw StorageError(SQLITE_MISUSE, std::string("setting not accepted: ") + setting.set);
    }
    exec("PRAGMA cache_size = -65536"); // up to 64 MiB, taken as used: 10,000 notes fit whole
}

void CipherDatabase::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = std::string(sql).substr(0, 40) + ": " + (error ? error : "failed");
        sqlite3_free(error);
        throw StorageError(rc, message);
    }
}

std::optional<QString> CipherDatabase::pragmaValue(const char *sql)
{
    CipherStatement statement = prepare(sql);
    if (!statement.step())
        return std::nullopt;
    return statement.columnText(0);
}

qint64 CipherDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool CipherDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int CipherDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

void CipherDatabase::rekey(const SecretBytes &newRawKey)
{
    const SecretBytes keySpec = newRawKey.toSqlCipherKeySpec();
    check(m_db, sqlite3_rekey(m_db, keySpec.data(), static_cast<int>(keySpec.size())), "rekey");
}

void CipherDatabase::exportTo(const QString &targetPath, const SecretBytes &rawKey, CipherFormat format)
{
    if (!SqlCipherLibrary::canOpen(format))
        throw StorageError(SQLITE_MISUSE, "this SQLCipher build cannot write the requested format");
    createPrivateFile(targetPath);
    {
        const SecretBytes keySpec = rawKey.toSqlCipherKeySpec();
        CipherStatement attach = prepare("ATTACH DATABASE ?1 AS ecoute_export KEY ?2");
        attach.bind(1, targetPath).bindSecret(2, keySpec);
        attach.step();
    }
    if (format == CipherFormat::SqlCipher3Compat) {
        if (SqlCipherLibrary::majorVersion() >= 4)
            exec("PRAGMA ecoute_export.cipher_compatibility = 3");
        exec("PRAGMA ecoute_export.cipher_page_size = 4096");
    } else {
        exec("PRAGMA ecoute_export.cipher_page_size = 4096");
        exec("PRAGMA ecoute_export.cipher_hmac_algorithm = HMAC_SHA512");
    }
    try {
        pragmaValue("SELECT sqlcipher_export('ecoute_export')");
        // SQLCipher 3.x does not carry the schema version across.
        const QString userVersion = pragmaValue("PRAGMA main.user_version").value_or(QStringLiteral("0"));
        exec(QStringLiteral("PRAGMA ecoute_export.user_version = %1")
                 .arg(userVersion.toInt())
                 .toUtf8()
                 .constData());
    } catch (...) {
        exec("DETACH DATABASE ecoute_export");
        throw;
    }
    exec("DETACH DATABASE ecoute_export");
}

void CipherDatabase::verifyIntegrity()
{
    const std::optional<QString> verdict = pragmaValue("PRAGMA quick_check");
    if (verdict != QLatin1String("ok"))
        throw StorageError(SQLITE_CORRUPT, "integrity check failed");
}

void createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StorageError(SQLITE_CANTOPEN, "cannot create the database file");
    ::fchmod(fd, 0600);
    ::close(fd);
#else
    QFile file(path);
    if (!file.exists() && !file.open(QIODevice::WriteOnly))
        throw StorageError(SQLITE_CANTOPEN, "cannot create the database file");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

} // namespace ecoute::notes
