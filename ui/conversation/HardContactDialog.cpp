// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/HardContactDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

HardContactDialog::HardContactDialog(QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(tr("After a hard contact"), this)),
      m_debrief(new QPushButton(tr("Ask for a &debrief"), this))
{
    setObjectName(QStringLiteral("hardContactDialog"));
    setWindowTitle(tr("After a hard contact"));

    auto *text = new QLabel(tr("That conversation was hard. Take a moment for yourself before the next "
                               "contact: a pause stops new offers until you are available again.\n\n"
                               "You can also ask a supervisor for a debrief."),
                            this);
    text->setObjectName(QStringLiteral("hardContactText"));
    text->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("hardContactPauseReason"));
    m_reason->setAccessibleName(tr("Reason for the pause"));
    m_reason->setMaxLength(200);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *pause = buttons->addButton(tr("Take a &pause"), QDialogButtonBox::AcceptRole);
    pause->setObjectName(QStringLiteral("takePauseButton"));
    pause->setAccessibleName(tr("Take a pause"));
    pause->setDefault(true);
    QPushButton *later = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("notNowButton"));
    later->setAccessibleName(tr("No pause now"));
    m_debrief->setObjectName(QStringLiteral("debriefButton"));
    m_debrief->setAccessibleName(tr("Ask a supervisor for a debrief"));
    m_debrief->hide(); // shown once the supervision feature provides a handler

    connect(pause, &QPushButton::clicked, this, [this] {
        emit pauseRequested(reason());
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_debrief, &QPushButton::clicked, this, [this] {
        if (m_debriefHandler)
            m_debriefHandler();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_debrief);
    row->addWidget(buttons, 1);
    layout->addLayout(row);
}

QString HardContactDialog::reason() const
{
    return m_reason->text().trimmed();
}

void HardContactDialog::setDebriefHandler(std::function<void()> handler)
{
    m_debriefHandler = std::move(handler);
    m_debrief->setVisible(bool(m_debriefHandler));
}

} // namespace ecoute::ui
