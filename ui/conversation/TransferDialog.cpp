// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TransferDialog.h"

#include "models/workstation/Workstation.h"
#include "ui/style/Theme.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::TeamModel;

TransferDialog::TransferDialog(models::Workstation &workstation, models::Conversation &conversation,
                               QWidget *parent)
    : QDialog(parent), m_workstation(workstation), m_contactId(conversation.contactId()),
      m_team(new QListView(this)), m_teamStatus(new QLabel(this)), m_note(new QPlainTextEdit(this)),
      m_counter(new QLabel(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer the conversation with %1").arg(conversation.contact().pseudonym));

    auto *teamLabel = new QLabel(tr("Co&lleague:"), this);
    teamLabel->setBuddy(m_team);
    m_team->setObjectName(QStringLiteral("teamList"));
    m_team->setAccessibleName(tr("Colleagues on shift"));
    m_team->setModel(&m_workstation.team());
    m_team->setSelectionMode(QAbstractItemView::SingleSelection);
    m_team->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    m_teamStatus->setWordWrap(true);

    auto *noteLabel = new QLabel(tr("&Handover note (internal, never shown to the person):"), this);
    noteLabel->setBuddy(m_note);
    noteLabel->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("handoverNoteEdit"));
    m_note->setAccessibleName(tr("Internal handover note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(140);
    m_counter->setObjectName(QStringLiteral("noteCounter"));
    m_counter->setAlignment(Qt::AlignRight);

    auto *buttons = new QDialogButtonBox(this);
    m_transfer = buttons->addButton(tr("&Transfer"), QDialogButtonBox::AcceptRole);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_transfer->setAccessibleName(tr("Transfer to the selected colleague"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(teamLabel);
    layout->addWidget(m_team, 1);
    layout->addWidget(m_teamStatus);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_counter);
    layout->addWidget(buttons);
    resize(460, 480);

    connect(m_team->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferDialog::updateState);
    connect(&m_workstation.team(), &QAbstractItemModel::modelReset, this, &TransferDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &TransferDialog::updateState);
    m_teamStatus->setText(tr("Asking who is on shift…"));
    m_workstation.requestTeam();
    updateState();
}

QString TransferDialog::selectedUser() const
{
    const QModelIndexList rows = m_team->selectionModel()->selectedRows();
    if (rows.isEmpty() || !rows.first().data(TeamModel::CanTakeRole).toBool())
        return {};
    return rows.first().data(TeamModel::UserRole).toString();
}

QString TransferDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void TransferDialog::accept()
{
    const QString user = selectedUser();
    if (user.isEmpty() || note().size() > maxNoteChars)
        return;
    m_workstation.transfer(m_contactId, user, note());
    QDialog::accept();
}

void TransferDialog::updateState()
{
    const TeamModel &team = m_workstation.team();
    if (team.isLoaded()) {
        bool anyone = false;
        for (int row = 0; row < team.rowCount() && !anyone; ++row)
            anyone = team.memberAt(row).canTakeTransfers();
        m_teamStatus->setText(anyone ? QString()
                                     : tr("Nobody else on shift can take a conversation right now."));
        m_teamStatus->setVisible(!anyone);
    }
    const int length = int(note().size());
    m_counter->setText(tr("%1 / %2 characters").arg(length).arg(maxNoteChars));
    QPalette p = m_counter->palette();
    p.setColor(QPalette::WindowText,
               length > maxNoteChars ? Theme::background(Theme::Role::Error)
                                     : palette().color(QPalette::WindowText));
    m_counter->setPalette(p);
    m_transfer->setEnabled(!selectedUser().isEmpty() && length <= maxNoteChars);
}

} // namespace ecoute::ui
