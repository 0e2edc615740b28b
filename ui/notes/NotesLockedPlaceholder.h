// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ecoute::models {
class NotesWorkspace;
}

namespace ecoute::ui {

/// What stands in for the notes while they are locked or not set up yet: a sentence
/// and a button that asks for the passphrase (or to choose one).
class NotesLockedPlaceholder : public QWidget
{
    Q_OBJECT

public:
    explicit NotesLockedPlaceholder(models::NotesWorkspace &workspace, QWidget *parent = nullptr);

    QString text() const;

signals:
    void accessRequested();

private:
    void refresh();

    models::NotesWorkspace &m_workspace;
    QLabel *m_label;
    QPushButton *m_button;
};

} // namespace ecoute::ui
