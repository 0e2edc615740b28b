// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notes/NotesWorkspace.h"

#include "models/vault/Secret.h"
#include "models/workstation/Workstation.h"

#include <QPromise>
#include <QSettings>
#include <QThreadPool>

namespace ecoute::models {

using notes::NotesVault;
using notes::SecretBytes;
using Outcome = notes::NotesVault::Outcome;

namespace {

NotesWorkspace::Attempt attemptFrom(const NotesVault::Result &result)
{
    NotesWorkspace::Attempt attempt;
    attempt.ok = result.ok();
    attempt.message = NotesWorkspace::describe(result);
    attempt.retryAfter = result.retryAfter;
    attempt.setAsidePath = result.setAsidePath;
    return attempt;
}

NotesWorkspace::Attempt failure(const QString &message)
{
    NotesWorkspace::Attempt attempt;
    attempt.message = message;
    return attempt;
}

} // namespace

NotesWorkspaceOptions NotesWorkspaceOptions::fromSettings(const QSettings &settings)
{
    NotesWorkspaceOptions options;
    const int minutes = settings.value(QStringLiteral("notes/idleLockMinutes"), 5).toInt();
    options.idleTimeout = std::chrono::minutes(std::max(minutes, 0));
    return options;
}

NotesWorkspace::NotesWorkspace(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_policy.setIdleTimeout(m_options.idleTimeout);
    connect(&m_policy, &notes::IdleLockPolicy::lockRequested, this, &NotesWorkspace::lock);
}

NotesWorkspace::~NotesWorkspace()
{
    dropUnlock();
    if (m_vault)
        m_vault->lock();
}

void NotesWorkspace::setAccount(const QString &server, const QString &user)
{
    const QString key = server + QLatin1Char('\n') + user;
    if (key == m_accountKey && m_vault)
        return;
    cancelUnlock(); // a key derived for the previous account must not open anything
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
    }
    m_accountKey = key;
    const QString directory =
        m_options.directory.isEmpty() ? notes::VaultFiles::defaultDirectory() : m_options.directory;
    m_vault =
        std::make_unique<NotesVault>(notes::VaultFiles::forAccount(directory, server, user), m_options.vault);
    NotesVault *vault = m_vault.get();
    connect(vault, &NotesVault::unlocked, this, [this] {
        m_policy.setArmed(true);
        emit unlocked();
        emitState();
    });
    connect(vault, &NotesVault::locked, this, [this] {
        m_policy.setArmed(false);
        emit locked();
        emitState();
    });
    connect(vault, &NotesVault::notesPurged, this, [this] { emit notesChanged(0); });
    connect(vault, &NotesVault::storageFailed, this, [this](const QString &reason) {
        emit storageFailed(tr("A problem occurred with the notes file: %1").arg(reason));
    });
    connect(vault->autosaver(), &notes::NoteAutosaver::saved, this, [this](qint64 noteId, qint64 revision) {
        emit noteSaved(noteId, revision);
        emit notesChanged(noteId);
    });
    connect(vault->autosaver(), &notes::NoteAutosaver::saveFailed, this, [this](qint64 noteId) {
        emit noteSaveFailed(noteId);
        emit storageFailed(tr("A note could not be saved. Ecoute keeps trying; check the free disk space."));
    });
    emitState();
}

void NotesWorkspace::followAccountOf(Workstation &workstation)
{
    auto follow = [this, &workstation] {
        setAccount(workstation.connection().address().hostAndPort(), workstation.session().user());
        applyPolicy(workstation.session().notesPolicy());
    };
    connect(&workstation.session(), &Session::loggedIn, this, follow);
    // The organisation may change its policy while we were away: apply it again on resume.
    connect(&workstation.session(), &Session::resumed, this,
            [this, &workstation] { applyPolicy(workstation.session().notesPolicy()); });
    if (workstation.session().isLoggedIn())
        follow();
}

void NotesWorkspace::applyPolicy(const QJsonObject &policy)
{
    if (!m_vault || policy.isEmpty())
        return; // no policy pushed: the vault keeps its default (30 days, no pinning)
    if (const auto retention = notes::RetentionPolicy::fromJson(policy))
        m_vault->setRetentionPolicy(*retention);
}

NotesWorkspace::State NotesWorkspace::state() const
{
    if (!m_vault)
        return State::NoAccount;
    switch (m_vault->state()) {
    case NotesVault::State::NotSetUp:
        return State::NotSetUp;
    case NotesVault::State::Locked:
        return State::Locked;
    case NotesVault::State::Unlocked:
        return State::Unlocked;
    }
    return State::Locked;
}

void NotesWorkspace::emitState()
{
    emit stateChanged(state());
}

NotesWorkspace::Attempt NotesWorkspace::setUp(QString &passphrase, QString &confirmation)
{
    SecretBytes first = SecretBytes::takeUtf8(passphrase);
    const SecretBytes second = SecretBytes::takeUtf8(confirmation);
    if (!m_vault)
        return failure(tr("Log in first: the notes belong to your account."));
    if (!first.equals(second))
        return failure(tr("The two passphrases are not the same. Please type them again."));
    const State before = state();
    Attempt attempt = attemptFrom(m_vault->setUp(first));
    if (state() != before && !attempt.ok)
        emitState();
    return attempt;
}

NotesWorkspace::Attempt NotesWorkspace::unlock(QString &passphrase)
{
    const SecretBytes secret = SecretBytes::takeUtf8(passphrase);
    if (!m_vault)
        return failure(tr("Log in first: the notes belong to your account."));
    if (isUnlocking())
        return failure(tr("Unlocking…"));
    const State before = state();
    return completeUnlock(m_vault->unlock(secret), before);
}

NotesWorkspace::Attempt NotesWorkspace::completeUnlock(const NotesVault::Result &result, State before)
{
    Attempt attempt = attemptFrom(result);
    // A damaged file set aside leaves nothing set up: the views must offer to set up again.
    if (!attempt.ok && state() != before)
        emitState();
    return attempt;
}

bool NotesWorkspace::unlockInBackground(QString &passphrase)
{
    auto secret = std::make_shared<SecretBytes>(SecretBytes::takeUtf8(passphrase));
    if (isUnlocking())
        return false; // a second press while the first is being derived
    auto decideNow = [this](const Attempt &attempt) {
        // Same path as a derived result, so callers handle one signal, after this returns.
        QMetaObject::invokeMethod(
            this, [this, attempt] { emit unlockFinished(attempt); }, Qt::QueuedConnection);
        return true;
    };
    if (!m_vault)
        return decideNow(failure(tr("Log in first: the notes belong to your account.")));
    const State before = state();
    std::variant<NotesVault::Result, notes::UnlockRequest> begun = m_vault->beginUnlock();
    if (const auto *decided = std::get_if<NotesVault::Result>(&begun))
        return decideNow(completeUnlock(*decided, before));

    auto promise = std::make_shared<QPromise<std::shared_ptr<notes::UnlockKeys>>>();
    m_unlockWatcher = new QFutureWatcher<std::shared_ptr<notes::UnlockKeys>>(this);
    auto *watcher = m_unlockWatcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_unlockWatcher)
            return;
        m_unlockWatcher = nullptr;
        watcher->deleteLater();
        finishUnlockInBackground(watcher->future().resultCount() > 0 ? watcher->future().result() : nullptr);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, secret, request = std::get<notes::UnlockRequest>(begun)] {
        auto keys = std::make_shared<notes::UnlockKeys>(notes::UnlockKeys::derive(*secret, request));
        *secret = SecretBytes(); // wiped here, before the result leaves this thread
        promise->addResult(std::move(keys));
        promise->finish();
    });
    return true;
}

void NotesWorkspace::finishUnlockInBackground(const std::shared_ptr<notes::UnlockKeys> &keys)
{
    if (!m_vault || !keys)
        return;
    const State before = state();
    const Attempt attempt = completeUnlock(m_vault->finishUnlock(std::move(*keys)), before);
    emit unlockFinished(attempt);
}

void NotesWorkspace::cancelUnlock()
{
    if (dropUnlock())
        emit unlockFinished(failure(tr("Unlocking was stopped: the notes stay locked.")));
}

bool NotesWorkspace::dropUnlock()
{
    if (!m_unlockWatcher)
        return false;
    // The worker cannot be stopped mid-Argon2; its result, key included, is wiped unused.
    m_unlockWatcher->disconnect(this);
    m_unlockWatcher->deleteLater();
    m_unlockWatcher = nullptr;
    return true;
}

NotesWorkspace::Attempt NotesWorkspace::changePassphrase(QString &current, QString &next,
                                                         QString &confirmation)
{
    const SecretBytes currentSecret = SecretBytes::takeUtf8(current);
    const SecretBytes nextSecret = SecretBytes::takeUtf8(next);
    const SecretBytes confirmationSecret = SecretBytes::takeUtf8(confirmation);
    if (!isUnlocked())
        return failure(tr("Unlock the notes first."));
    if (!nextSecret.equals(confirmationSecret))
        return failure(tr("The two new passphrases are not the same. Please type them again."));
    Attempt attempt = attemptFrom(m_vault->changePassphrase(currentSecret, nextSecret));
    if (attempt.ok)
        attempt.message = tr("The notes passphrase has been changed.");
    return attempt;
}

QString NotesWorkspace::describe(const NotesVault::Result &result)
{
    const auto seconds = static_cast<int>(result.retryAfter.count());
    switch (result.outcome) {
    case Outcome::Ok:
        if (!result.setAsidePath.isEmpty())
            return tr("An old notes file that could not be opened any more was set aside, unchanged, as %1.")
                .arg(result.setAsidePath);
        return {};
    case Outcome::WrongPassphrase:
        if (seconds > 0)
            return tr("Wrong passphrase. Please wait %n second(s) before trying again.", "", seconds);
        return tr("Wrong passphrase. Please try again.");
    case Outcome::Throttled:
        return tr("Too many wrong passphrases. Please wait %n second(s) before trying again.", "", seconds);
    case Outcome::PassphraseTooShort:
        return tr("The passphrase is too short: use at least %n characters.", "",
                  NotesVault::minimumPassphraseBytes);
    case Outcome::Damaged:
        return tr("The notes file is damaged or has been tampered with, so it cannot be trusted. "
                  "It was set aside, unchanged, as %1. You can set up new notes; "
                  "please tell your coordinator.")
            .arg(result.setAsidePath);
    case Outcome::UnsupportedFormat:
        return tr("The notes file was written by a newer version of Ecoute and cannot be opened with "
                  "this one. It was left untouched. Please update Ecoute.");
    case Outcome::ChangeInterruptedUseNewPassphrase:
        return tr("A change of passphrase was interrupted. Please unlock with your new passphrase.");
    case Outcome::ChangeInterruptedUsePreviousPassphrase:
        return tr("A change of passphrase was interrupted. Please unlock with your previous passphrase.");
    case Outcome::AlreadySetUp:
        return tr("The notes are already set up on this computer.");
    case Outcome::NotSetUp:
        return tr("No notes are set up on this computer yet.");
    case Outcome::NotUnlocked:
        return tr("Unlock the notes first.");
    case Outcome::StorageFailure:
        return tr("The notes file could not be read or written. Check the free disk space and the "
                  "permissions of your user folder.");
    }
    return tr("Something went wrong with the notes.");
}

notes::NotesStore *NotesWorkspace::store()
{
    return m_vault ? m_vault->store() : nullptr;
}

notes::NoteAutosaver *NotesWorkspace::autosaver()
{
    return m_vault ? m_vault->autosaver() : nullptr;
}

QStringList NotesWorkspace::allTags()
{
    notes::NotesStore *notesStore = store();
    if (!notesStore)
        return {};
    try {
        return notesStore->allTags();
    } catch (const notes::StorageError &) {
        return {};
    }
}

void NotesWorkspace::noteChanged(qint64 noteId)
{
    emit notesChanged(noteId);
}

void NotesWorkspace::lock()
{
    cancelUnlock(); // locking wins over an unlock still being derived
    if (m_vault)
        m_vault->lock();
}

void NotesWorkspace::recordActivity()
{
    m_policy.recordActivity();
}

} // namespace ecoute::models
