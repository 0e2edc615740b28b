// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/SupervisionPanel.h"

#include "models/supervision/SupervisionText.h"
#include "models/workstation/Workstation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::SupervisionRequestModel;
using models::SupervisionText;

namespace {
constexpr int kMaxMessage = 500;
}

SupervisionPanel::SupervisionPanel(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_kind(new QComboBox(this)),
      m_contact(new QComboBox(this)), m_message(new QLineEdit(this)),
      m_ask(new QPushButton(tr("Ask for supervision"), this)), m_status(new QLabel(this)),
      m_requests(new QListView(this)), m_cancel(new QPushButton(tr("Cancel request"), this)),
      m_close(new QPushButton(tr("Close request"), this)),
      m_debrief(new QPushButton(tr("Open debrief"), this))
{
    setObjectName(QStringLiteral("supervisionPanel"));
    setAccessibleName(tr("Ask for supervision"));

    m_kind->setObjectName(QStringLiteral("supervisionKind"));
    m_kind->setAccessibleName(tr("Kind of supervision"));
    for (const char *kind : {"urgent", "when_possible", "debrief"})
        m_kind->addItem(SupervisionText::kindLabel(QLatin1String(kind)), QString::fromLatin1(kind));
    m_contact->setObjectName(QStringLiteral("supervisionContact"));
    m_contact->setAccessibleName(tr("Conversation the request is about"));
    m_message->setObjectName(QStringLiteral("supervisionMessage"));
    m_message->setAccessibleName(tr("Short message for the supervisor (optional)"));
    m_message->setPlaceholderText(tr("Optional, at most %n characters", "", kMaxMessage));
    m_message->setMaxLength(kMaxMessage);
    m_ask->setObjectName(QStringLiteral("askSupervisionButton"));
    m_ask->setAccessibleName(tr("Send the request for supervision"));
    m_status->setObjectName(QStringLiteral("supervisionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_requests->setObjectName(QStringLiteral("supervisionRequests"));
    m_requests->setAccessibleName(tr("Your requests for supervision"));
    m_requests->setModel(&workstation.supervision().myRequests());
    m_requests->setWordWrap(true);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cancel->setObjectName(QStringLiteral("cancelRequestButton"));
    m_cancel->setAccessibleName(tr("Cancel the selected request"));
    m_close->setObjectName(QStringLiteral("closeRequestButton"));
    m_close->setAccessibleName(tr("Close the selected request: the supervision is done"));
    m_debrief->setObjectName(QStringLiteral("openDebriefButton"));
    m_debrief->setAccessibleName(tr("Open the debrief of the selected request"));

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("W&hen:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *contactLabel = new QLabel(tr("Abo&ut:"), this);
    contactLabel->setBuddy(m_contact);
    form->addRow(contactLabel, m_contact);
    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_message);
    form->addRow(messageLabel, m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    buttons->addWidget(m_debrief);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_ask);
    layout->addWidget(m_status);
    layout->addWidget(m_requests, 1);
    layout->addLayout(buttons);

    models::SupervisionModel &supervision = workstation.supervision();
    connect(m_ask, &QPushButton::clicked, this, &SupervisionPanel::ask);
    connect(m_message, &QLineEdit::returnPressed, this, &SupervisionPanel::ask);
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
    connect(&supervision.myRequests(), &QAbstractItemModel::dataChanged, this,
            &SupervisionPanel::updateButtons);
    connect(&supervision.myRequests(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                m_requests->setCurrentIndex(m_workstation.supervision().myRequests().index(first));
                updateButtons();
            });
    connect(&supervision.myRequests(), &QAbstractItemModel::rowsRemoved, this,
            &SupervisionPanel::updateButtons);
    connect(&supervision, &models::SupervisionModel::notice, this, &SupervisionPanel::showStatus);
    connect(&workstation, &models::Workstation::conversationOpened, this, &SupervisionPanel::refreshContacts);
    connect(&workstation.conversations(), &models::ConversationList::removed, this,
            &SupervisionPanel::refreshContacts);
    refreshContacts();
    updateButtons();
}

void SupervisionPanel::refreshContacts()
{
    const QString selected = m_contact->currentData().toString();
    m_contact->clear();
    m_contact->addItem(tr("No particular conversation"), QString());
    for (models::Conversation *c : m_workstation.conversations().all())
        m_contact->addItem(c->contact().pseudonym, c->contactId());
    setCurrentContact(selected.isEmpty() ? m_currentContact : selected);
}

void SupervisionPanel::setCurrentContact(const QString &contactId)
{
    m_currentContact = contactId;
    const int index = m_contact->findData(contactId);
    m_contact->setCurrentIndex(index < 0 ? 0 : index);
}

QString SupervisionPanel::statusText() const
{
    return m_status->text();
}

void SupervisionPanel::showStatus(const QString &text)
{
    m_status->setText(text);
}

void SupervisionPanel::ask()
{
    const QString kind = m_kind->currentData().toString();
    if (m_workstation.supervision().ask(kind, m_contact->currentData().toString(), m_message->text())) {
        m_message->clear();
        showStatus(tr("Request sent: %1. A supervisor of your centre will answer.")
                       .arg(SupervisionText::kindLabel(kind)));
    }
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
