// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/ShiftBar.h"

#include "models/workstation/Workstation.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ecoute::ui {

using models::Presence;

ShiftBar::ShiftBar(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_group(new QButtonGroup(this)), m_user(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_state(new QLabel(this)), m_askOffShift(&OffShiftDialog::ask)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_user->setObjectName(QStringLiteral("userLabel"));
    layout->addWidget(m_user);
    layout->addSpacing(12);

    struct Choice
    {
        Presence presence;
        QString objectName;
        QKeySequence keys;
    };
    const Choice choices[] = {
        {Presence::Off, QStringLiteral("presenceOff"), QKeySequence(Qt::CTRL | Qt::Key_0)},
        {Presence::Available, QStringLiteral("presenceAvailable"), QKeySequence(Qt::CTRL | Qt::Key_1)},
        {Presence::Pause, QStringLiteral("presencePause"), QKeySequence(Qt::CTRL | Qt::Key_2)},
    };
    for (const Choice &choice : choices) {
        auto *button = new QPushButton(models::presenceLabel(choice.presence), this);
        button->setObjectName(choice.objectName);
        button->setCheckable(true);
        button->setShortcut(choice.keys);
        button->setAccessibleName(tr("Set my status to %1").arg(models::presenceLabel(choice.presence)));
        button->setToolTip(tr("%1 (%2)").arg(models::presenceLabel(choice.presence),
                                             choice.keys.toString(QKeySequence::NativeText)));
        m_group->addButton(button, int(choice.presence));
        layout->addWidget(button);
    }
    m_group->setExclusive(true);

    m_reason->setObjectName(QStringLiteral("pauseReason"));
    m_reason->setPlaceholderText(tr("Reason (optional)"));
    m_reason->setAccessibleName(tr("Reason for the pause (optional)"));
    m_reason->setToolTip(tr("Reason for the pause (optional); %1 starts the pause")
                             .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_reason->setMaxLength(200);
    m_reason->setMaximumWidth(220);
    layout->addWidget(m_reason);

    layout->addSpacing(12);
    m_state->setObjectName(QStringLiteral("presenceLabel"));
    m_state->setAccessibleName(tr("Current status"));
    layout->addWidget(m_state);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(Presence(id)); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { choose(Presence::Pause); });
    models::Session &session = m_workstation.session();
    connect(&session, &models::Session::presenceStatusChanged, this, &ShiftBar::showStatus);
    connect(&session, &models::Session::loggedIn, this,
            [this] { m_user->setText(m_workstation.session().displayName()); });
    // The wrap-up countdown.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ShiftBar::showStatus);
    m_user->setText(session.displayName());
    showStatus();
}

QString ShiftBar::stateText() const
{
    return m_state->text();
}

void ShiftBar::choose(Presence presence)
{
    models::Session &session = m_workstation.session();
    if (presence == Presence::Off) {
        const int active = int(m_workstation.activeConversations().size());
        OffShiftDialog::Choice choice = OffShiftDialog::Choice::Finish;
        if (active > 0 && session.presenceStatus().chosen != Presence::Off)
            choice = m_askOffShift(window(), active);
        if (choice == OffShiftDialog::Choice::Cancel) {
            showStatus(); // back to what the server says
            return;
        }
        m_workstation.goOffShift(choice == OffShiftDialog::Choice::HandBack);
    } else {
        session.setPresence(presence, presence == Presence::Pause ? m_reason->text() : QString());
    }
    showStatus(); // until the server confirms
}

void ShiftBar::showStatus()
{
    const models::PresenceStatus status = m_workstation.session().presenceStatus();
    m_state->setText(status.describe(QDateTime::currentDateTimeUtc()));
    if (status.state == Presence::Wrapup) {
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
    if (status.state == Presence::Pause && !m_reason->hasFocus())
        m_reason->setText(status.reason);
    if (QAbstractButton *button = m_group->button(int(status.chosen))) {
        button->setChecked(true);
    } else if (QAbstractButton *checked = m_group->checkedButton()) {
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
}

} // namespace ecoute::ui
