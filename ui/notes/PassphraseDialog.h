// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/notes/NotesWorkspace.h"

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ecoute::ui {

/// Asks for the notes passphrase: to choose one (first use on this computer, with a
/// confirmation and the plain warning that a forgotten passphrase means lost notes),
/// to unlock, or to change it. Errors stay in the dialog; after repeated wrong
/// passphrases the button waits out the delay, with a countdown. Unlocking runs in the
/// background (NotesWorkspace::unlockInBackground); the dialog shows it is busy meanwhile.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SetUp, Unlock, Change };
    Q_ENUM(Mode)

    PassphraseDialog(models::NotesWorkspace &workspace, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString errorText() const;
    /// What to tell the volunteer after success (e.g. an old file was set aside); may be empty.
    QString outcomeMessage() const { return m_outcome; }

public slots:
    void accept() override;
    void reject() override;

private:
    void onUnlockFinished(const models::NotesWorkspace::Attempt &attempt);
    void showAttempt(const models::NotesWorkspace::Attempt &attempt);
    /// While the key is derived: no second submission, a busy cursor, "Unlocking…".
    void setBusy(bool busy);
    void setMode(Mode mode);
    void showError(const QString &message);
    void startWaiting(int seconds);
    void tick();
    void clearFields();

    models::NotesWorkspace &m_workspace;
    Mode m_mode;
    QLabel *m_intro;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    QLabel *m_newLabel;
    QLineEdit *m_new;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_warning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer m_wait;
    int m_waitSeconds = 0;
    QString m_outcome;
    bool m_busy = false;
};

} // namespace ecoute::ui
