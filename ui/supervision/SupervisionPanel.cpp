// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/SupervisionPanel.h"

#include "models/supervision/SupervisionText.h"
#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/supervision/SupervisionRequestDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::SupervisionRequestModel;
using models::SupervisionText;

SupervisionPanel::SupervisionPanel(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_empty(new QLabel(this)), m_requests(new QListView(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisionPanel"));
    setAccessibleName(tr("My requests for supervision"));

    m_empty->setObjectName(QStringLiteral("supervisionRequestsEmpty"));
    m_empty->setText(tr("No open request for supervision."));
    m_empty->setWordWrap(true);
    m_requests->setObjectName(QStringLiteral("supervisionRequests"));
    m_requests->setAccessibleName(tr("My requests for supervision"));
    m_requests->setModel(&workstation.supervision().myRequests());
    m_requests->setWordWrap(true);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // What was last said about asking, as text a screen reader can read (no fixed name).
    m_status->setObjectName(QStringLiteral("supervisionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();

    m_cancel = AccessibleNames::makeButton(tr("Cancel request"), QStringLiteral("cancelRequestButton"),
                                           tr("Cancel the selected request"), this);
    m_close = AccessibleNames::makeButton(tr("Close request"), QStringLiteral("closeRequestButton"),
                                          tr("Close the selected request: the supervision is done"), this);
    m_debrief = AccessibleNames::makeButton(tr("Open debrief"), QStringLiteral("openDebriefButton"),
                                            tr("Open the debrief of the selected request"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    buttons->addWidget(m_debrief);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    models::SupervisionModel &supervision = workstation.supervision();
    SupervisionRequestModel &mine = supervision.myRequests();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRequestId(); !id.isEmpty())
            m_workstation.supervision().cancel(id);
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRequestId(); !id.isEmpty())
            m_workstation.supervision().close(id);
    });
    connect(m_debrief, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRequestId(); !id.isEmpty())
            emit debriefOpenRequested(id);
    });
    connect(m_requests, &QListView::activated, this, [this] {
        const QString id = selectedRequestId();
        const models::SupervisionRequest r = m_workstation.supervision().request(id);
        if (r.isDebrief() && r.isAccepted())
            emit debriefOpenRequested(id);
    });
    connect(m_requests->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisionPanel::updateButtons);
    connect(&mine, &QAbstractItemModel::dataChanged, this, &SupervisionPanel::updateButtons);
    connect(&mine, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        m_requests->setCurrentIndex(m_workstation.supervision().myRequests().index(first));
        updateRequests();
    });
    connect(&mine, &QAbstractItemModel::rowsRemoved, this, &SupervisionPanel::updateRequests);
    connect(&mine, &QAbstractItemModel::modelReset, this, &SupervisionPanel::updateRequests);
    connect(&supervision, &models::SupervisionModel::notice, this, [this](const QString &text) {
        m_status->setText(text);
        m_status->setVisible(!text.isEmpty());
    });
    updateRequests();
}

bool SupervisionPanel::hasRequests() const
{
    return m_workstation.supervision().myRequests().rowCount() > 0;
}

void SupervisionPanel::updateRequests()
{
    const bool has = hasRequests();
    m_empty->setVisible(!has);
    updateButtons();
    if (has != m_hadRequests) {
        m_hadRequests = has;
        emit requestsChanged(has);
    }
}

void SupervisionPanel::setCurrentContact(const QString &contactId)
{
    m_currentContact = contactId;
    if (m_dialog && !m_dialog->isVisible())
        m_dialog->setContactId(contactId);
}

SupervisionRequestDialog *SupervisionPanel::openRequestDialog()
{
    if (!m_dialog) {
        m_dialog = new SupervisionRequestDialog(m_workstation, m_currentContact, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SupervisionRequestDialog::sent, this, [this](const QString &kind) {
            showStatus(tr("Request sent: %1. A supervisor of your centre will answer.")
                           .arg(SupervisionText::kindLabel(kind)));
        });
    }
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

SupervisionRequestDialog *SupervisionPanel::requestDialog() const
{
    return m_dialog;
}

QString SupervisionPanel::statusText() const
{
    return m_status->text();
}

void SupervisionPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    emit statusChanged(text);
}

void SupervisionPanel::askUrgentNow(const QString &contactId)
{
    if (m_workstation.supervision().ask(QStringLiteral("urgent"), contactId))
        showStatus(tr("Urgent request sent: the supervisors of your centre see it now."));
}

void SupervisionPanel::askDebrief(const QString &contactId)
{
    if (m_workstation.supervision().ask(QStringLiteral("debrief"), contactId))
        showStatus(tr("Request for a debrief sent. You will find it here once a supervisor accepts it."));
}

QString SupervisionPanel::selectedRequestId() const
{
    return m_requests->currentIndex().data(SupervisionRequestModel::IdRole).toString();
}

void SupervisionPanel::updateButtons()
{
    const models::SupervisionRequest r = m_workstation.supervision().request(selectedRequestId());
    m_cancel->setEnabled(r.isValid() && r.isOpen());
    m_close->setEnabled(r.isValid() && r.isAccepted());
    m_debrief->setEnabled(r.isValid() && r.isDebrief() && r.isAccepted());
}

} // namespace ecoute::ui
