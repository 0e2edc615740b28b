// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/notes/NotesSearchModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace ecoute::models {
class NotesWorkspace;
}

namespace ecoute::ui {

class NoteEditor;
class NotesLockedPlaceholder;

/// All the volunteer's notes: search (matches in bold), a tag filter, the list with the
/// contact (pseudonym, channel) and date of each note, and an editor for the open note.
/// Personal notes are created here. While locked it shows only a placeholder and holds
/// no note text, search text or tag.
class NotesView : public QWidget
{
    Q_OBJECT

public:
    explicit NotesView(models::NotesWorkspace &workspace, QWidget *parent = nullptr);

    models::NotesSearchModel &model() { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    NoteEditor *editor() const { return m_editor; }
    bool isShowingNotes() const;

public slots:
    /// Puts the keyboard focus in the search field.
    void focusSearch();
    void newPersonalNote();
    void openNote(qint64 noteId);

signals:
    void accessRequested();

private:
    void updateState();
    void reloadTags();
    void reselectOpenNote();
    void clearAll();
    void updateEditorTitle();

    models::NotesWorkspace &m_workspace;
    models::NotesSearchModel m_model;
    QStackedWidget *m_stack;
    NotesLockedPlaceholder *m_placeholder;
    QWidget *m_content;
    QLineEdit *m_search;
    QComboBox *m_tagFilter;
    QListView *m_list;
    QPushButton *m_newNote;
    QLabel *m_editorTitle;
    NoteEditor *m_editor;
};

} // namespace ecoute::ui
