// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/KeyDerivation.h"
#include "models/vault/NoteAutosaver.h"
#include "models/vault/NotesStore.h"
#include "models/vault/RetentionPolicy.h"
#include "models/vault/UnlockKeys.h"
#include "models/vault/UnlockThrottle.h"
#include "models/vault/VaultFiles.h"
#include "models/vault/VaultHeader.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <variant>

namespace ecoute::notes {

/// Choices a NotesVault is built with; the defaults are the production ones.
struct VaultOptions
{
    /// Argon2 parameters to use instead of calibrating (tests); never below the floor.
    std::optional<KdfParameters> kdf;
    std::chrono::milliseconds kdfTarget {500};
    /// Format for new files instead of the library's preferred one (migration tests).
    std::optional<CipherFormat> newFileFormat;
    NotesStore::Clock clock;
    std::chrono::milliseconds retentionSweepInterval {std::chrono::minutes(10)};
};

/// The volunteer's encrypted notes on this machine: set up, unlock, lock, change the
/// passphrase. While locked it holds no key and no note text; while unlocked, store()
/// and autosaver() give access. Holders of note text must drop it on locked().
class NotesVault : public QObject
{
    Q_OBJECT

public:
    enum class State { NotSetUp, Locked, Unlocked };
    Q_ENUM(State)

    enum class Outcome {
        Ok,
        WrongPassphrase,
        Throttled, ///< too many wrong passphrases: wait `retryAfter`
        PassphraseTooShort, ///< setUp/changePassphrase: fewer than minimumPassphraseBytes
        Damaged, ///< file unreadable with the right key: set aside as `setAsidePath`
        UnsupportedFormat, ///< written by a newer SQLCipher than this build links; left untouched
        ChangeInterruptedUseNewPassphrase,
        ChangeInterruptedUsePreviousPassphrase,
        AlreadySetUp,
        NotSetUp,
        NotUnlocked,
        StorageFailure, ///< disk full, permissions, out of memory...
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Result(Outcome outcome = Outcome::Ok, QString setAsidePath = {},
               std::chrono::seconds retryAfter = std::chrono::seconds(0))
            : outcome(outcome), setAsidePath(std::move(setAsidePath)), retryAfter(retryAfter)
        {
        }
        Outcome outcome;
        QString setAsidePath;
        std::chrono::seconds retryAfter;
        bool ok() const { return outcome == Outcome::Ok; }
    };

    using Options = VaultOptions;

    static constexpr int minimumPassphraseBytes = 8;

    explicit NotesVault(VaultFiles files, VaultOptions options = VaultOptions(), QObject *parent = nullptr);
    ~NotesVault() override;

    State state() const;
    /// First use on this machine: chooses Argon2 parameters, writes the header, creates the database.
    Result setUp(const SecretBytes &passphrase);
    Result unlock(const SecretBytes &passphrase);
    /// Unlocking in three steps, so Argon2id can run on another thread: beginUnlock (here)
    /// decides at once (throttled, damaged header...) or says what to derive;
    /// UnlockKeys::derive (any thread); finishUnlock (here) opens the database with the key.
    std::variant<Result, UnlockRequest> beginUnlock();
    Result finishUnlock(UnlockKeys keys);
    /// Requires Unlocked. Re-encrypts the database with a key from `next`.
    Result changePassphrase(const SecretBytes &current, const SecretBytes &next);

    void setRetentionPolicy(const RetentionPolicy &policy);
    RetentionPolicy retentionPolicy() const { return m_policy; }
    /// The format of the open database (valid while unlocked).
    CipherFormat format() const { return m_header.format; }
    const VaultFiles &files() const { return m_files; }

    /// Null while locked.
    NotesStore *store() { return m_store.get(); }
    NoteAutosaver *autosaver() { return &m_autosaver; }

public slots:
    /// Saves pending typing, then closes the database and forgets everything decrypted.
    void lock();
    /// Applies the retention policy now; returns the number of notes deleted.
    int purgeExpired();

signals:
    void unlocked();
    void locked();
    void notesPurged(int count);
    /// A save or the retention sweep failed; the text (translated, for display only: don't log it)
    /// says what, never what the notes say.
    void storageFailed(const QString &reason);

private:
    QDateTime now() const;
    KdfParameters chooseKdfParameters() const;
    std::optional<KeySlot> makeSlot(const SecretBytes &passphrase, SecretBytes &databaseKey) const;
    Result openDatabase(const SecretBytes &databaseKey, bool usingPendingSlot);
    Result migrateIfNeeded(const SecretBytes &databaseKey);
    void becomeUnlocked(std::unique_ptr<NotesStore> store);
    Result damaged();
    QString setAside();
    bool databaseHasContent() const;

    VaultFiles m_files;
    Options m_options;
    VaultHeader m_header;
    RetentionPolicy m_policy;
    UnlockThrottle m_throttle;
    std::unique_ptr<NotesStore> m_store;
    NoteAutosaver m_autosaver;
    QTimer m_retentionSweep;
};

} // namespace ecoute::notes
