// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/DebriefView.h"

#include "models/supervision/SupervisionModel.h"
#include "models/supervision/SupervisionText.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ecoute::ui {

DebriefView::DebriefView(models::SupervisionModel &supervision, const QString &requestId, const QString &self,
                         QWidget *parent)
    : QDialog(parent), m_supervision(supervision), m_requestId(requestId),
      m_presentation(StaffMessagePresentation::Kind::Debrief), m_status(new QLabel(this)),
      m_messages(new QListView(this)), m_composer(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(QStringLiteral("debriefView"));
    const models::SupervisionRequest request = supervision.request(requestId);
    const QString other =
        request.volunteer == self ? request.supervisorDisplay() : request.volunteerDisplay();
    setWindowTitle(other.isEmpty() ? tr("Debrief") : tr("Debrief with %1").arg(other));
    setAccessibleName(windowTitle());
    setModal(false);

    auto *intro = new QLabel(tr("A private conversation between the volunteer and the supervisor. It is "
                                "never part of a conversation with a person."),
                             this);
    intro->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("debriefStatus"));
    m_status->setWordWrap(true);
    m_presentation.setSelf(self);
    m_presentation.setSourceModel(supervision.debrief(requestId));
    m_messages->setObjectName(QStringLiteral("debriefMessages"));
    m_messages->setAccessibleName(tr("Debrief messages"));
    m_messages->setModel(&m_presentation);
    m_messages->setWordWrap(true);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_composer->setObjectName(QStringLiteral("debriefComposer"));
    m_composer->setAccessibleName(tr("Your debrief message"));
    const QString sendKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    m_composer->setPlaceholderText(tr("Write… (%1 sends)").arg(sendKeys));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(100);
    m_send->setObjectName(QStringLiteral("debriefSendButton"));
    m_send->setAccessibleName(QString(m_send->text()).remove(QLatin1Char('&')));
    m_send->setAccessibleDescription(tr("Send the debrief message"));
    m_send->setToolTip(tr("Send (%1)").arg(sendKeys));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &DebriefView::send);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_composer);
    layout->addWidget(buttons);
    resize(480, 420);

    connect(m_send, &QPushButton::clicked, this, &DebriefView::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_presentation, &QAbstractItemModel::rowsInserted, m_messages, &QListView::scrollToBottom);
    connect(&supervision, &models::SupervisionModel::requestChanged, this,
            [this](const models::SupervisionRequest &r) {
                if (r.id == m_requestId)
                    updateState();
            });
    updateState();
}

void DebriefView::send()
{
    if (m_supervision.sendDebrief(m_requestId, m_composer->toPlainText()))
        m_composer->clear();
    m_composer->setFocus();
}

void DebriefView::updateState()
{
    const models::SupervisionRequest r = m_supervision.request(m_requestId);
    const bool open = r.isValid() && r.isAccepted();
    m_status->setText(open ? QString()
                           : tr("This debrief is over or not accepted yet: nothing can be sent."));
    m_status->setVisible(!open);
    m_send->setEnabled(open);
    m_composer->setReadOnly(!open);
}

} // namespace ecoute::ui
