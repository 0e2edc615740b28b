// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Note.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace ecoute::models {
class NotesWorkspace;
}

namespace ecoute::ui {

class NoteEditor;
class NotesLockedPlaceholder;

/// The notes about one contact, beside the conversation: an editor saved as the
/// volunteer types, or, while the notes are locked, only a placeholder.
class NotesPane : public QWidget
{
    Q_OBJECT

public:
    NotesPane(models::NotesWorkspace &workspace, const notes::ContactRef &contact, QWidget *parent = nullptr);

    NoteEditor *editor() const { return m_editor; }
    bool isShowingNotes() const;

signals:
    /// The volunteer wants to unlock (or set up) the notes.
    void accessRequested();

private:
    void updateState();

    models::NotesWorkspace &m_workspace;
    QStackedWidget *m_stack;
    NotesLockedPlaceholder *m_placeholder;
    QWidget *m_editorPage;
    NoteEditor *m_editor;
};

} // namespace ecoute::ui
