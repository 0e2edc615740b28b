// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/SupervisionRequestDialog.h"

#include "models/supervision/SupervisionText.h"
#include "models/workstation/Workstation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::SupervisionText;

namespace {
constexpr int kMaxMessage = 500;

/// A field's accessible name is its label's visible text (without '&' and the colon).
QString labelName(const QString &label)
{
    QString name = QString(label).remove(QLatin1Char('&')).trimmed();
    while (name.endsWith(QLatin1Char(':')))
        name = name.chopped(1).trimmed();
    return name;
}
} // namespace

SupervisionRequestDialog::SupervisionRequestDialog(models::Workstation &workstation, const QString &contactId,
                                                   QWidget *parent)
    : QDialog(parent), m_workstation(workstation), m_kind(new QComboBox(this)),
      m_contact(new QComboBox(this)), m_message(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_wantedContact(contactId)
{
    setObjectName(QStringLiteral("supervisionRequestDialog"));
    setWindowTitle(tr("Ask for supervision"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("The supervisors of your centre see your request at once. In an emergency, "
                                "choose “%1”.")
                                 .arg(SupervisionText::kindLabel(protocol::SupervisionKind::Urgent)),
                             this);
    intro->setWordWrap(true);

    m_kind->setObjectName(QStringLiteral("supervisionKind"));
    for (const char *kind : {"urgent", "when_possible", "debrief"})
        m_kind->addItem(SupervisionText::kindLabel(QLatin1String(kind)), QString::fromLatin1(kind));
    setKind(QStringLiteral("when_possible"));
    m_contact->setObjectName(QStringLiteral("supervisionContact"));
    m_contact->setAccessibleDescription(tr("The conversation the request is about"));
    m_message->setObjectName(QStringLiteral("supervisionMessage"));
    m_message->setAccessibleDescription(tr("A short message for the supervisor, optional"));
    m_message->setPlaceholderText(tr("Optional, at most %n characters", "", kMaxMessage));
    m_message->setMaxLength(kMaxMessage);
    m_message->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(labelName(text));
        form->addRow(label, field);
    };
    addRow(tr("W&hen:"), m_kind);
    addRow(tr("Abo&ut:"), m_contact);
    addRow(tr("&Message:"), m_message);

    // Shown only when the request could not go out; read as text, never behind a fixed name.
    m_problem->setObjectName(QStringLiteral("supervisionRequestProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send->setObjectName(QStringLiteral("sendSupervisionRequestButton"));
    m_send->setAccessibleName(labelName(m_send->text()));
    m_send->setAccessibleDescription(tr("Send the request for supervision"));
    m_send->setDefault(true);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(labelName(cancel->text()));
    cancel->setAccessibleDescription(tr("Close without asking"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setTabOrder(m_kind, m_contact);
    setTabOrder(m_contact, m_message);
    setTabOrder(m_message, m_send);
    setTabOrder(m_send, cancel);

    connect(m_send, &QPushButton::clicked, this, &SupervisionRequestDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshContacts();
    connect(&workstation, &models::Workstation::conversationOpened, this,
            &SupervisionRequestDialog::refreshContacts);
    connect(&workstation.conversations(), &models::ConversationList::removed, this,
            &SupervisionRequestDialog::refreshContacts);
    m_send->setFocus();
}

void SupervisionRequestDialog::refreshContacts()
{
    const QString selected = m_contact->count() > 0 ? contactId() : m_wantedContact;
    m_contact->clear();
    m_contact->addItem(tr("No particular conversation"), QString());
    for (models::Conversation *c : m_workstation.conversations().all())
        m_contact->addItem(c->contact().pseudonym, c->contactId());
    setContactId(selected);
}

QString SupervisionRequestDialog::kind() const
{
    return m_kind->currentData().toString();
}

void SupervisionRequestDialog::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

QString SupervisionRequestDialog::contactId() const
{
    return m_contact->currentData().toString();
}

void SupervisionRequestDialog::setContactId(const QString &contactId)
{
    const int index = m_contact->findData(contactId);
    m_contact->setCurrentIndex(index < 0 ? 0 : index);
}

QString SupervisionRequestDialog::message() const
{
    return m_message->text();
}

void SupervisionRequestDialog::send()
{
    const QString what = kind();
    if (!m_workstation.supervision().ask(what, contactId(), message())) {
        m_problem->setText(tr("Not sent: the workstation is not connected to the server right now. It "
                              "reconnects by itself; try again in a moment."));
        m_problem->show();
        m_send->setFocus();
        return;
    }
    emit sent(what);
    accept();
}

} // namespace ecoute::ui
