// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/SupervisionQueueView.h"

#include "models/workstation/Workstation.h"
#include "protocol/Vocabulary.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/style/Theme.h"

#include <QBrush>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::SupervisionRequestModel;

QVariant SupervisionQueuePresentation::data(const QModelIndex &index, int role) const
{
    if (role != Qt::FontRole && role != Qt::ForegroundRole && role != Qt::BackgroundRole)
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const bool urgentWaiting = source.data(SupervisionRequestModel::UrgentRole).toBool()
        && protocol::fromString<protocol::SupervisionState>(
               source.data(SupervisionRequestModel::StateRole).toString())
            == protocol::SupervisionState::Waiting;
    if (role == Qt::FontRole && urgentWaiting) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && urgentWaiting)
        return QBrush(Theme::text(Theme::Role::Urgent));
    if (role == Qt::BackgroundRole && urgentWaiting)
        return QBrush(Theme::background(Theme::Role::Urgent));
    return QIdentityProxyModel::data(index, role);
}

SupervisionQueueView::SupervisionQueueView(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_list(new QListView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisionQueueView"));
    setAccessibleName(tr("Supervision queue"));
    m_presentation.setSourceModel(&workstation.supervision().queue());
    m_list->setObjectName(QStringLiteral("supervisionQueue"));
    m_list->setAccessibleName(tr("Requests for supervision, urgent first"));
    m_list->setModel(&m_presentation);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setObjectName(QStringLiteral("supervisionQueueEmpty"));
    m_empty->setText(tr("No request for supervision right now."));
    m_empty->setWordWrap(true);

    m_accept = AccessibleNames::makeButton(tr("Accept"), QStringLiteral("acceptRequestButton"),
                                           tr("Accept the selected request"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    m_join = AccessibleNames::makeButton(tr("Join"), QStringLiteral("joinConversationButton"),
                                         tr("Join the conversation of the selected request to listen"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this);
    m_debrief = AccessibleNames::makeButton(tr("Open debrief"), QStringLiteral("openDebriefButton"),
                                            tr("Open the debrief of the selected request"), {}, this);
    m_close =
        AccessibleNames::makeButton(tr("Close request"), QStringLiteral("closeRequestButton"),
                                    tr("Close the selected request: the supervision is done"), {}, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_join);
    buttons->addWidget(m_debrief);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &SupervisionQueueView::acceptSelected);
    connect(m_join, &QPushButton::clicked, this, &SupervisionQueueView::joinSelected);
    connect(m_debrief, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRequestId(); !id.isEmpty())
            emit debriefOpenRequested(id);
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRequestId(); !id.isEmpty())
            m_workstation.supervision().close(id);
    });
    connect(m_list, &QListView::activated, this, &SupervisionQueueView::activateSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisionQueueView::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_presentation, signal, this, &SupervisionQueueView::updateState);
    connect(&m_presentation, &QAbstractItemModel::modelReset, this, &SupervisionQueueView::updateState);
    connect(&m_presentation, &QAbstractItemModel::dataChanged, this, &SupervisionQueueView::updateState);
    updateState();
}

QString SupervisionQueueView::selectedRequestId() const
{
    return m_list->currentIndex().data(SupervisionRequestModel::IdRole).toString();
}

void SupervisionQueueView::selectRequest(const QString &requestId)
{
    const int row = m_workstation.supervision().queue().rowOf(requestId);
    if (row >= 0)
        m_list->setCurrentIndex(m_presentation.index(row, 0));
}

void SupervisionQueueView::acceptSelected()
{
    const models::SupervisionRequest r = m_workstation.supervision().request(selectedRequestId());
    if (r.isValid() && r.isWaiting())
        m_workstation.supervision().accept(r.id);
}

void SupervisionQueueView::joinSelected()
{
    const models::SupervisionRequest r = m_workstation.supervision().request(selectedRequestId());
    if (r.isValid() && !r.contactId.isEmpty())
        m_workstation.supervision().join(r.contactId, r.isAccepted() ? r.id : QString());
}

void SupervisionQueueView::activateSelected()
{
    const models::SupervisionRequest r = m_workstation.supervision().request(selectedRequestId());
    if (!r.isValid())
        return;
    if (r.isWaiting())
        acceptSelected();
    else if (r.isDebrief())
        emit debriefOpenRequested(r.id);
    else if (!r.contactId.isEmpty())
        joinSelected();
}

void SupervisionQueueView::updateState()
{
    const bool empty = m_presentation.rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_presentation.index(0, 0));
    const models::SupervisionRequest r = m_workstation.supervision().request(selectedRequestId());
    const QString me = m_workstation.session().user();
    const bool mine = r.isValid() && r.isAccepted() && r.supervisor == me;
    m_accept->setEnabled(r.isValid() && r.isWaiting());
    m_join->setEnabled(r.isValid() && !r.contactId.isEmpty() && !r.isDebrief() && mine);
    m_debrief->setEnabled(mine && r.isDebrief());
    m_close->setEnabled(mine);
}

} // namespace ecoute::ui
