// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/OfferBar.h"

#include "models/practice/PracticeText.h"
#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/style/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ecoute::ui {

using models::InboxModel;

OfferBar::OfferBar(models::Workstation &workstation, QWidget *parent)
    : Panel(parent), m_workstation(workstation), m_label(new QLabel(this)),
      m_accept(new QPushButton(tr("Accept"), this)), m_decline(new QPushButton(tr("Decline"), this))
{
    setObjectName(QStringLiteral("offerBar"));
    setAccessibleName(tr("Contact offered to you"));
    setFrameShape(QFrame::StyledPanel);
    Theme::applyPanel(this, Theme::Role::Offer);

    m_label->setObjectName(QStringLiteral("offerLabel"));
    // Live text (who, seconds left): read as it is.
    m_label->setAccessibleDescription(tr("Offer"));
    m_label->setWordWrap(true);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);

    const QKeySequence acceptKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    const QKeySequence declineKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_accept->setObjectName(QStringLiteral("acceptOfferButton"));
    m_accept->setShortcut(acceptKeys);
    m_accept->setToolTip(
        tr("Accept the offered contact (%1)").arg(acceptKeys.toString(QKeySequence::NativeText)));
    AccessibleNames::nameAfterText(m_accept, tr("Accept the offered contact"));
    m_decline->setObjectName(QStringLiteral("declineOfferButton"));
    m_decline->setShortcut(declineKeys);
    m_decline->setToolTip(tr("Decline: the contact is offered to another volunteer (%1)")
                              .arg(declineKeys.toString(QKeySequence::NativeText)));
    AccessibleNames::nameAfterText(m_decline, tr("Decline: the contact is offered to another volunteer"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_accept);
    layout->addWidget(m_decline);

    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_contactId.isEmpty())
            m_workstation.accept(m_contactId);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        if (!m_contactId.isEmpty())
            m_workstation.decline(m_contactId);
    });
    connect(&m_workstation.inbox(), &InboxModel::offersChanged, this, &OfferBar::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OfferBar::refresh);
    refresh();
}

QString OfferBar::text() const
{
    return m_label->text();
}

void OfferBar::refresh()
{
    const InboxModel &inbox = m_workstation.inbox();
    const QStringList offered = inbox.offeredContactIds();
    m_contactId = offered.value(0);
    const int row = inbox.rowOf(m_contactId);
    if (row < 0) {
        m_contactId.clear();
        m_tick.stop();
        hide();
        return;
    }
    const models::Contact contact = inbox.contactAt(row);
    const QString channel = inbox.index(row, InboxModel::ChannelColumn).data().toString();
    const int secondsLeft = int(inbox.offerSecondsLeft(m_contactId));
    QString text = tr("%1 (%2, %3) is offered to you: %n second(s) left to answer.", "", secondsLeft)
                       .arg(contact.pseudonym, channel, contact.language.toUpper());
    if (contact.urgent)
        text = tr("Urgent: %1").arg(text);
    if (contact.practice)
        text = models::PracticeText::mark(text) + QLatin1Char(' ') + models::PracticeText::banner();
    m_label->setText(text);
    m_accept->setEnabled(true);
    m_decline->setEnabled(true);
    if (!m_tick.isActive())
        m_tick.start();
    show();
}

} // namespace ecoute::ui
