// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/NotesVault.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ecoute::notes {

namespace {

constexpr int sqliteMisuse = 21;

} // namespace

NotesVault::NotesVault(VaultFiles files, Options options, QObject *parent)
    : QObject(parent), m_files(std::move(files)), m_options(std::move(options)),
      m_throttle(m_files.throttleState), m_autosaver([this](qint64 noteId, const QString &body) {
          if (!m_store)
              throw StorageError(sqliteMisuse, "the notes are locked");
          return m_store->saveBody(noteId, body);
      })
{
    m_retentionSweep.setInterval(m_options.retentionSweepInterval);
    connect(&m_retentionSweep, &QTimer::timeout, this, &NotesVault::purgeExpired);
}

NotesVault::~NotesVault()
{
    lock();
}

QDateTime NotesVault::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

NotesVault::State NotesVault::state() const
{
    if (m_store)
        return State::Unlocked;
    return QFile::exists(m_files.header) ? State::Locked : State::NotSetUp;
}

bool NotesVault::databaseHasContent() const
{
    const QFileInfo info(m_files.database);
    return info.exists() && info.size() > 0;
}

KdfParameters NotesVault::chooseKdfParameters() const
{
    if (m_options.kdf) {
        if (!m_options.kdf->isAcceptable())
            throw std::invalid_argument("Argon2 parameters below the floor");
        return *m_options.kdf;
    }
    return KdfCalibrator().calibrate(m_options.kdfTarget);
}

std::optional<KeySlot> NotesVault::makeSlot(const SecretBytes &passphrase, SecretBytes &databaseKey) const
{
    KeySlot slot {chooseKdfParameters(), KeyDerivation::randomSalt(), {}};
    DerivedKeys keys = KeyDerivation::derive(passphrase, slot.salt, slot.kdf);
    slot.keyCheck = keys.keyCheck;
    databaseKey = std::move(keys.databaseKey);
    return slot;
}

NotesVault::Result NotesVault::setUp(const SecretBytes &passphrase)
{
    if (state() != State::NotSetUp)
        return {Outcome::AlreadySetUp};
    if (passphrase.size() < minimumPassphraseBytes)
        return {Outcome::PassphraseTooShort};
    if (!m_files.ensureDirectory())
        return {Outcome::StorageFailure};
    Result result;
    // A database without its header can never be decrypted again; keep it aside rather than reuse the name.
    if (databaseHasContent())
        result.setAsidePath = setAside();
    try {
        SecretBytes databaseKey;
        VaultHeader header;
        header.format = m_options.newFileFormat.value_or(SqlCipherLibrary::preferredFormat());
        header.current = *makeSlot(passphrase, databaseKey);
        // Header first: a database is never on disk without what is needed to open it.
        if (!header.save(m_files.header))
            return {Outcome::StorageFailure};
        m_header = header;
        CipherDatabase db = CipherDatabase::openEncrypted(m_files.database, databaseKey, header.format);
        becomeUnlocked(std::make_unique<NotesStore>(std::move(db), m_options.clock));
    } catch (const std::exception &) {
        result.outcome = Outcome::StorageFailure;
    }
    m_throttle.recordSuccess();
    return result;
}

NotesVault::Result NotesVault::unlock(const SecretBytes &passphrase)
{
    std::variant<Result, UnlockRequest> begun = beginUnlock();
    if (const Result *decided = std::get_if<Result>(&begun))
        return *decided;
    return finishUnlock(UnlockKeys::derive(passphrase, std::get<UnlockRequest>(begun)));
}

std::variant<NotesVault::Result, UnlockRequest> NotesVault::beginUnlock()
{
    if (m_store)
        return Result {Outcome::Ok};
    if (const auto wait = m_throttle.remainingDelay(now()); wait.count() > 0)
        return Result {Outcome::Throttled, {}, wait};

    const VaultHeader::Loaded loaded = VaultHeader::load(m_files.header);
    if (loaded.status == VaultHeader::LoadStatus::Missing)
        return databaseHasContent() ? damaged() : Result {Outcome::NotSetUp};
    if (loaded.status == VaultHeader::LoadStatus::Malformed)
        return damaged();
    m_header = loaded.header;
    if (!SqlCipherLibrary::canOpen(m_header.format))
        return Result {Outcome::UnsupportedFormat};
    return UnlockRequest {m_header.current, m_header.pending};
}

NotesVault::Result NotesVault::finishUnlock(UnlockKeys keys)
{
    if (m_store)
        return {Outcome::Ok};
    switch (keys.match) {
    case UnlockKeys::Match::Failed:
        return {Outcome::StorageFailure};
    case UnlockKeys::Match::None:
        m_throttle.recordFailure(now());
        return {Outcome::WrongPassphrase, {}, m_throttle.remainingDelay(now())};
    case UnlockKeys::Match::Current:
    case UnlockKeys::Match::Pending:
        break;
    }
    m_throttle.recordSuccess();
    try {
        return openDatabase(keys.databaseKey, keys.match == UnlockKeys::Match::Pending);
    } catch (const std::exception &) {
        return {Outcome::StorageFailure};
    }
}

NotesVault::Result NotesVault::openDatabase(const SecretBytes &databaseKey, bool usingPendingSlot)
{
    const bool fresh = !databaseHasContent(); // interrupted set-up: nothing was ever saved
    for (CipherFormat format : SqlCipherLibrary::candidates(m_header.format)) {
        if (fresh && format != m_header.format)
            break;
        try {
            CipherDatabase db = CipherDatabase::openEncrypted(m_files.database, databaseKey, format);
            db.verifyIntegrity(); // reads every page, so every page's HMAC is checked
            auto store = std::make_unique<NotesStore>(std::move(db), m_options.clock);
            // The key (and format) that opened the file are now the only valid ones.
            const bool headerChanged = format != m_header.format || m_header.pending.has_value();
            if (usingPendingSlot)
                m_header.current = *m_header.pending;
            m_header.pending.reset();
            m_header.format = format;
            if (headerChanged && !m_header.save(m_files.header))
                return {Outcome::StorageFailure};
            m_store = std::move(store);
            migrateIfNeeded(databaseKey);
            if (!m_store)
                return {Outcome::StorageFailure};
            becomeUnlocked(std::move(m_store));
            return {Outcome::Ok};
        } catch (const StorageError &error) {
            if (!error.isUnreadable())
                return {Outcome::StorageFailure};
        }
    }
    // The header vouches for the key, yet no format reads the file.
    if (m_header.pending) // a passphrase change was interrupted: the file uses the other key
        return {usingPendingSlot ? Outcome::ChangeInterruptedUsePreviousPassphrase
                                 : Outcome::ChangeInterruptedUseNewPassphrase};
    return damaged();
}

NotesVault::Result NotesVault::migrateIfNeeded(const SecretBytes &databaseKey)
{
    const CipherFormat wanted = m_options.newFileFormat.value_or(SqlCipherLibrary::preferredFormat());
    if (m_header.format == wanted)
        return {Outcome::Ok};
    // Export into a new file, then atomically replace the old one. If interrupted, the
    // header may name the old format for a new file: opening tries the other format too.
    const QString temporary = m_files.database + QStringLiteral(".migrating");
    QFile::remove(temporary);
    try {
        m_store->database().exportTo(temporary, databaseKey, wanted);
        m_store.reset();
        if (std::rename(QFile::encodeName(temporary).constData(),
                        QFile::encodeName(m_files.database).constData())
            != 0)
            throw StorageError(10 /* SQLITE_IOERR */, "cannot replace the database after migration");
        m_header.format = wanted;
        m_header.save(m_files.header);
    } catch (const StorageError &) {
        QFile::remove(temporary);
        //: Shown after "A problem occurred with the notes file:".
        emit storageFailed(tr("The notes could not be converted to the current SQLCipher format."));
    }
    if (!m_store)
        m_store = std::make_unique<NotesStore>(
            CipherDatabase::openEncrypted(m_files.database, databaseKey, m_header.format), m_options.clock);
    return {Outcome::Ok};
}

void NotesVault::becomeUnlocked(std::unique_ptr<NotesStore> store)
{
    m_store = std::move(store);
    purgeExpired();
    m_retentionSweep.start();
    emit unlocked();
}

NotesVault::Result NotesVault::changePassphrase(const SecretBytes &current, const SecretBytes &next)
{
    if (!m_store)
        return {Outcome::NotUnlocked};
    if (next.size() < minimumPassphraseBytes)
        return {Outcome::PassphraseTooShort};
    if (const auto wait = m_throttle.remainingDelay(now()); wait.count() > 0)
        return {Outcome::Throttled, {}, wait};
    try {
        const DerivedKeys check = KeyDerivation::derive(current, m_header.current.salt, m_header.current.kdf);
        if (!m_header.current.matches(check)) {
            m_throttle.recordFailure(now());
            return {Outcome::WrongPassphrase, {}, m_throttle.remainingDelay(now())};
        }
        m_throttle.recordSuccess();
        SecretBytes newKey;
        const KeySlot slot = *makeSlot(next, newKey);
        m_autosaver.flush();
        // Record the new key as pending before re-encrypting, and make it current only after:
        // whatever moment an interruption hits, one of the two passphrases opens the file.
        m_header.pending = slot;
        if (!m_header.save(m_files.header)) {
            m_header.pending.reset();
            return {Outcome::StorageFailure};
        }
        try {
            m_store->database().rekey(newKey);
        } catch (const StorageError &) {
            m_header.pending.reset();
            m_header.save(m_files.header);
            return {Outcome::StorageFailure};
        }
        m_header.current = slot;
        m_header.pending.reset();
        if (!m_header.save(m_files.header))
            return {Outcome::StorageFailure}; // next unlock settles it from the pending slot
        return {Outcome::Ok};
    } catch (const std::exception &) {
        return {Outcome::StorageFailure};
    }
}

void NotesVault::setRetentionPolicy(const RetentionPolicy &policy)
{
    m_policy = policy;
    purgeExpired();
}

int NotesVault::purgeExpired()
{
    if (!m_store)
        return 0;
    try {
        const int deleted = m_store->purgeExpired(m_policy);
        if (deleted > 0)
            emit notesPurged(deleted);
        return deleted;
    } catch (const StorageError &) {
        //: Shown after "A problem occurred with the notes file:".
        emit storageFailed(tr("Expired notes could not be deleted."));
        return 0;
    }
}

void NotesVault::lock()
{
    if (!m_store)
        return;
    if (!m_autosaver.flush()) {
        // Locking wins over keeping unsaved text in memory.
        m_autosaver.discardPending();
        //: Shown after "A problem occurred with the notes file:".
        emit storageFailed(tr("Unsaved changes could not be written and were discarded on locking."));
    }
    m_retentionSweep.stop();
    m_store.reset(); // closes the database: SQLCipher wipes its key and page cache
    emit locked();
}

NotesVault::Result NotesVault::damaged()
{
    const QString path = setAside();
    m_header = {};
    return {Outcome::Damaged, path};
}

QString NotesVault::setAside()
{
    // Renamed, never deleted or overwritten: a damaged file may still be worth recovering.
    const QString stamp = now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString suffix = QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(m_files.database + suffix) || QFile::exists(m_files.header + suffix); ++n)
        suffix = QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    QString firstMoved;
    QStringList files {m_files.database};
    files << m_files.databaseCompanions() << m_files.header;
    for (const QString &file : std::as_const(files)) {
        if (QFile::exists(file) && QFile::rename(file, file + suffix) && firstMoved.isEmpty())
            firstMoved = file + suffix;
    }
    return firstMoved;
}

} // namespace ecoute::notes
