// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/IdleLockPolicy.h"
#include "models/vault/NotesVault.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QSettings;

namespace ecoute::models {

class Session;
class Workstation;

/// Choices a NotesWorkspace is built with; the defaults are the production ones.
struct NotesWorkspaceOptions
{
    /// Folder of the vault files; empty means VaultFiles::defaultDirectory().
    QString directory;
    notes::VaultOptions vault;
    std::chrono::milliseconds idleTimeout = notes::IdleLockPolicy::defaultIdleTimeout;

    /// `notes/idleLockMinutes` (default 5, 0 disables the idle lock).
    static NotesWorkspaceOptions fromSettings(const QSettings &settings);
};

/// The logged-in volunteer's encrypted notes as the widgets see them: which vault
/// (one per account per OS user), setting up, unlocking, changing the passphrase and
/// locking, with translated explanations. The vault is opened when the account is known
/// and its files are created only when the volunteer sets up a passphrase.
/// Locking is decided by the IdleLockPolicy it owns; the widgets layer feeds it
/// user activity and the OS signals.
class NotesWorkspace : public QObject
{
    Q_OBJECT

public:
    enum class State { NoAccount, NotSetUp, Locked, Unlocked };
    Q_ENUM(State)

    using Options = NotesWorkspaceOptions;

    /// What came out of set up, unlock or change passphrase, ready to show.
    struct Attempt
    {
        bool ok = false;
        QString message; ///< translated; empty when there is nothing to say
        std::chrono::seconds retryAfter {0}; ///< wait before the next attempt
        QString setAsidePath; ///< where a damaged file was moved
    };

    explicit NotesWorkspace(Options options = Options(), QObject *parent = nullptr);
    ~NotesWorkspace() override;

    /// Whose notes: switching to another account locks and closes the previous vault.
    void setAccount(const QString &server, const QString &user);
    /// Follows the workstation's logins: each login selects that account's notes.
    void followAccountOf(Workstation &workstation);
    /// Applies the organisation's notes policy pushed by the server ({"noteRetentionDays": …,
    /// "pinnedNoteRetentionDays": …}); an empty or invalid one leaves the vault's default.
    void applyPolicy(const QJsonObject &policy);

    State state() const;
    bool isUnlocked() const { return state() == State::Unlocked; }

    /// Passphrases are given as the caller's only copies and wiped.
    Attempt setUp(QString &passphrase, QString &confirmation);
    Attempt unlock(QString &passphrase);
    /// The same without blocking: Argon2id runs on a worker thread, which the passphrase
    /// is moved to and wiped on, and unlockFinished() follows. False (the passphrase wiped,
    /// nothing started) while another unlock is under way. Locking, changing account or
    /// cancelUnlock() meanwhile drops the result.
    bool unlockInBackground(QString &passphrase);
    bool isUnlocking() const { return m_unlockWatcher != nullptr; }
    /// Abandons the unlock under way: unlockFinished() says it was stopped.
    void cancelUnlock();
    Attempt changePassphrase(QString &current, QString &next, QString &confirmation);

    static constexpr int minimumPassphraseLength() { return notes::NotesVault::minimumPassphraseBytes; }

    /// Translated explanation of a vault result (empty for a plain success).
    static QString describe(const notes::NotesVault::Result &result);

    /// Null while locked or without an account.
    notes::NotesStore *store();
    /// Null without an account.
    notes::NoteAutosaver *autosaver();
    notes::NotesVault *vault() { return m_vault.get(); }
    notes::IdleLockPolicy &lockPolicy() { return m_policy; }

    /// Every tag in use (empty while locked).
    QStringList allTags();

    /// For the bindings: a note was created, saved or tagged, so lists refresh.
    void noteChanged(qint64 noteId);

public slots:
    void lock();
    /// Keyboard or mouse activity somewhere in the application.
    void recordActivity();

signals:
    void stateChanged(ecoute::models::NotesWorkspace::State state);
    /// The outcome of unlockInBackground(); never sent for a dropped one.
    void unlockFinished(const ecoute::models::NotesWorkspace::Attempt &attempt);
    void unlocked();
    /// Everyone holding note text must drop it now.
    void locked();
    void notesChanged(qint64 noteId);
    void noteSaved(qint64 noteId, qint64 revision);
    void noteSaveFailed(qint64 noteId);
    /// Translated, never containing note text.
    void storageFailed(const QString &message);

private:
    void emitState();
    Attempt completeUnlock(const notes::NotesVault::Result &result, State before);
    void finishUnlockInBackground(const std::shared_ptr<notes::UnlockKeys> &keys);
    /// Forgets the unlock under way, if any (true), without a word.
    bool dropUnlock();

    Options m_options;
    QString m_accountKey;
    std::unique_ptr<notes::NotesVault> m_vault;
    notes::IdleLockPolicy m_policy;
    /// The derivation under way, if any; deleting it forgets the result.
    QFutureWatcher<std::shared_ptr<notes::UnlockKeys>> *m_unlockWatcher = nullptr;
};

} // namespace ecoute::models
