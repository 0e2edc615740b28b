// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/notes/NoteBinding.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ecoute::models {
class NotesWorkspace;
}

namespace ecoute::ui {

/// Edits one note: its text (saved while typing), its tags and whether it is saved.
/// On locking it empties its fields, so no note text stays in its widgets.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditor(models::NotesWorkspace &workspace, QWidget *parent = nullptr);

    models::NoteBinding &binding() { return m_binding; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QString text() const;
    QString saveStatus() const;
    /// What a screen reader announces for the text field.
    void setTextAccessibleName(const QString &name);

private:
    void load();
    void clearFields();
    void showSaveState(models::NoteBinding::SaveState state);

    models::NoteBinding m_binding;
    QPlainTextEdit *m_text;
    QLineEdit *m_tags;
    QCheckBox *m_pinned;
    QLabel *m_status;
    bool m_loading = false;
};

} // namespace ecoute::ui
