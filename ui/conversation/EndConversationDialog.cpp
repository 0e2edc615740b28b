// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/EndConversationDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

EndConversationDialog::EndConversationDialog(QWidget *parent)
    : QDialog(parent), m_hard(new QCheckBox(tr("This was a &hard contact for me"), this))
{
    setObjectName(QStringLiteral("endConversationDialog"));
    setWindowTitle(tr("End conversation"));

    auto *text = new QLabel(
        tr("End this conversation? The person will be told that the conversation has ended."), this);
    text->setWordWrap(true);
    m_hard->setObjectName(QStringLiteral("hardContactCheck"));
    m_hard->setAccessibleName(tr("Mark as a hard contact"));
    m_hard->setToolTip(tr("Ecoute will then suggest a pause, and a debrief with a supervisor."));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *end = buttons->addButton(tr("&End conversation"), QDialogButtonBox::AcceptRole);
    end->setObjectName(QStringLiteral("confirmEndButton"));
    end->setAccessibleName(tr("End the conversation"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true); // ending is not undone: Enter keeps the conversation
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_hard);
    layout->addWidget(buttons);
}

EndConversationDialog::Choice EndConversationDialog::choice() const
{
    if (result() != QDialog::Accepted)
        return Choice::Keep;
    return m_hard->isChecked() ? Choice::EndHard : Choice::End;
}

EndConversationDialog::Choice EndConversationDialog::ask(QWidget *parent)
{
    EndConversationDialog dialog(parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace ecoute::ui
