// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/MailReassignDialog.h"

#include "models/workstation/Workstation.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::TeamModel;

MailReassignDialog::MailReassignDialog(models::Workstation &workstation, const QString &contactId,
                                       const QString &thread, QWidget *parent)
    : QDialog(parent), m_workstation(workstation), m_contactId(contactId), m_team(new QListView(this)),
      m_teamStatus(new QLabel(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mailReassignDialog"));
    setWindowTitle(tr("Give the thread %1 to another volunteer").arg(thread));

    auto *teamLabel = new QLabel(tr("&Volunteer:"), this);
    teamLabel->setBuddy(m_team);
    m_team->setObjectName(QStringLiteral("teamList"));
    m_team->setAccessibleName(tr("Volunteers on shift"));
    m_team->setModel(&m_workstation.team());
    m_team->setSelectionMode(QAbstractItemView::SingleSelection);
    m_team->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamStatus->setWordWrap(true);

    auto *noteLabel = new QLabel(tr("&Handover note (internal, never shown to the person):"), this);
    noteLabel->setBuddy(m_note);
    noteLabel->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("reassignNote"));
    m_note->setAccessibleName(tr("Internal handover note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(140);

    auto *buttons = new QDialogButtonBox(this);
    m_reassign = buttons->addButton(tr("&Give the thread"), QDialogButtonBox::AcceptRole);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setAccessibleName(tr("Give the thread to the selected volunteer"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailReassignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(teamLabel);
    layout->addWidget(m_team, 1);
    layout->addWidget(m_teamStatus);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(460, 440);

    connect(m_team->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailReassignDialog::updateState);
    connect(&m_workstation.team(), &QAbstractItemModel::modelReset, this, &MailReassignDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &MailReassignDialog::updateState);
    m_teamStatus->setText(tr("Asking who is on shift…"));
    m_workstation.requestTeam();
    updateState();
}

QString MailReassignDialog::selectedUser() const
{
    const QModelIndexList rows = m_team->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TeamModel::UserRole).toString();
}

QString MailReassignDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void MailReassignDialog::accept()
{
    const QString user = selectedUser();
    if (user.isEmpty() || note().size() > maxNoteChars)
        return;
    if (m_workstation.mailDesk().reassign(m_contactId, user, note()))
        QDialog::accept();
}

void MailReassignDialog::updateState()
{
    if (m_workstation.team().isLoaded()) {
        const bool anyone = m_workstation.team().rowCount() > 0;
        m_teamStatus->setText(anyone ? QString() : tr("Nobody else is on shift right now."));
        m_teamStatus->setVisible(!anyone);
    }
    m_reassign->setEnabled(!selectedUser().isEmpty() && note().size() <= maxNoteChars);
}

} // namespace ecoute::ui
