// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace ecoute::models {
class NotesWorkspace;
}

namespace ecoute::ui {

class PassphraseDialog;

/// Opens the passphrase dialog that fits: set up on first use, unlock when locked,
/// or change the passphrase. One dialog at a time, window-modal, not blocking.
class NotesAccess : public QObject
{
    Q_OBJECT

public:
    NotesAccess(models::NotesWorkspace &workspace, QWidget *window);

    /// The open dialog, if any.
    PassphraseDialog *dialog() const;

public slots:
    /// Set up or unlock, as needed; nothing when already unlocked.
    void requestAccess();
    void changePassphrase();

signals:
    /// Something to tell the volunteer after success (status bar).
    void message(const QString &text);

private:
    void open(int mode);

    models::NotesWorkspace &m_workspace;
    QWidget *m_window;
    QPointer<PassphraseDialog> m_dialog;
};

} // namespace ecoute::ui
