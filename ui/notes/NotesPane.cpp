// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotesPane.h"

#include "models/notes/NotesWorkspace.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NotesLockedPlaceholder.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::NotesWorkspace;

NotesPane::NotesPane(NotesWorkspace &workspace, const notes::ContactRef &contact, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_stack(new QStackedWidget(this)),
      m_placeholder(new NotesLockedPlaceholder(workspace, this)), m_editorPage(new QWidget(this)),
      m_editor(new NoteEditor(workspace, m_editorPage))
{
    setObjectName(QStringLiteral("notesPane"));
    setAccessibleName(tr("Notes about %1").arg(contact.pseudonym));

    auto *title = new QLabel(tr("Notes a&bout %1").arg(contact.pseudonym), m_editorPage);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setBuddy(m_editor->textEdit());
    m_editor->setObjectName(QStringLiteral("contactNoteEditor"));
    m_editor->setTextAccessibleName(tr("Notes about %1").arg(contact.pseudonym));

    auto *pageLayout = new QVBoxLayout(m_editorPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(title);
    pageLayout->addWidget(m_editor, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_placeholder, &NotesLockedPlaceholder::accessRequested, this, &NotesPane::accessRequested);
    connect(&m_workspace, &NotesWorkspace::stateChanged, this, &NotesPane::updateState);
    m_editor->binding().bindContact(contact);
    updateState();
}

bool NotesPane::isShowingNotes() const
{
    return m_stack->currentWidget() == m_editorPage;
}

void NotesPane::updateState()
{
    const bool unlocked = m_workspace.isUnlocked();
    m_stack->setCurrentWidget(unlocked ? m_editorPage : static_cast<QWidget *>(m_placeholder));
}

} // namespace ecoute::ui
