// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotesAccess.h"

#include "models/notes/NotesWorkspace.h"
#include "ui/notes/PassphraseDialog.h"

namespace ecoute::ui {

using models::NotesWorkspace;

NotesAccess::NotesAccess(NotesWorkspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
    // Locking closes a dialog that was changing the passphrase: it would ask for an unlocked vault.
    connect(&m_workspace, &NotesWorkspace::locked, this, [this] {
        if (m_dialog && m_dialog->mode() == PassphraseDialog::Mode::Change)
            m_dialog->reject();
    });
}

PassphraseDialog *NotesAccess::dialog() const
{
    return m_dialog;
}

void NotesAccess::requestAccess()
{
    switch (m_workspace.state()) {
    case NotesWorkspace::State::NoAccount:
    case NotesWorkspace::State::Unlocked:
        return;
    case NotesWorkspace::State::NotSetUp:
        open(int(PassphraseDialog::Mode::SetUp));
        return;
    case NotesWorkspace::State::Locked:
        open(int(PassphraseDialog::Mode::Unlock));
        return;
    }
}

void NotesAccess::changePassphrase()
{
    if (m_workspace.isUnlocked())
        open(int(PassphraseDialog::Mode::Change));
}

void NotesAccess::open(int mode)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new PassphraseDialog(m_workspace, PassphraseDialog::Mode(mode), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (!m_dialog->outcomeMessage().isEmpty())
            emit message(m_dialog->outcomeMessage());
    });
    m_dialog->open();
}

} // namespace ecoute::ui
