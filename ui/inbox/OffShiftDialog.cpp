// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/OffShiftDialog.h"

#include "ui/accessibility/AccessibleNames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

OffShiftDialog::OffShiftDialog(int activeConversations, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("offShiftDialog"));
    setWindowTitle(tr("Go off shift"));

    auto *text = new QLabel(tr("You still have %n conversation(s) going on. What should happen to them?", "",
                               activeConversations),
                            this);
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    auto *finish = buttons->addButton(tr("&Finish them myself"), QDialogButtonBox::AcceptRole);
    finish->setObjectName(QStringLiteral("finishButton"));
    AccessibleNames::nameAfterText(finish,
                                   tr("Finish my conversations, then stop: no new contacts meanwhile"));
    auto *handBack = buttons->addButton(tr("&Hand them back to the queue"), QDialogButtonBox::AcceptRole);
    handBack->setObjectName(QStringLiteral("handBackButton"));
    AccessibleNames::nameAfterText(handBack,
                                   tr("Hand my conversations back to the queue and go off shift now"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    AccessibleNames::nameAfterText(cancel);
    finish->setDefault(true);

    connect(finish, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Finish;
        accept();
    });
    connect(handBack, &QPushButton::clicked, this, [this] {
        m_choice = Choice::HandBack;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

OffShiftDialog::Choice OffShiftDialog::ask(QWidget *parent, int activeConversations)
{
    OffShiftDialog dialog(activeConversations, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace ecoute::ui
