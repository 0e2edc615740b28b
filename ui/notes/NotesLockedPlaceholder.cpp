// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotesLockedPlaceholder.h"

#include "models/notes/NotesWorkspace.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::NotesWorkspace;

NotesLockedPlaceholder::NotesLockedPlaceholder(NotesWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_label(new QLabel(this)), m_button(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("notesLockedText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_button->setObjectName(QStringLiteral("notesAccessButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_button, &QPushButton::clicked, this, &NotesLockedPlaceholder::accessRequested);
    connect(&m_workspace, &NotesWorkspace::stateChanged, this, &NotesLockedPlaceholder::refresh);
    refresh();
}

QString NotesLockedPlaceholder::text() const
{
    return m_label->text();
}

void NotesLockedPlaceholder::refresh()
{
    switch (m_workspace.state()) {
    case NotesWorkspace::State::NoAccount:
        m_label->setText(tr("Your notes are available once you are logged in."));
        m_button->hide();
        break;
    case NotesWorkspace::State::NotSetUp:
        m_label->setText(tr("Keep private notes about your conversations, encrypted on this computer. "
                            "Choose a notes passphrase to start."));
        m_button->setText(tr("Set up notes…"));
        AccessibleNames::nameAfterText(m_button, tr("Set up the notes passphrase"));
        m_button->show();
        break;
    case NotesWorkspace::State::Locked:
    case NotesWorkspace::State::Unlocked:
        m_label->setText(tr("Notes locked."));
        m_button->setText(tr("Unlock notes… (%1)")
                              .arg(QKeySequence(Qt::CTRL | Qt::Key_U).toString(QKeySequence::NativeText)));
        AccessibleNames::nameAfterText(m_button, tr("Unlock the notes"));
        m_button->show();
        break;
    }
}

} // namespace ecoute::ui
