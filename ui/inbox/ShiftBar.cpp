// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/ShiftBar.h"

#include "models/workstation/Workstation.h"
#include "ui/accessibility/Announcer.h"
#include "ui/accessibility/ChoiceButton.h"
#include "ui/accessibility/Panel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ecoute::ui {

using models::Presence;

QKeySequence ShiftBar::shortcut(Presence presence)
{
    switch (presence) {
    case Presence::Off:
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    case Presence::Available:
        return QKeySequence(Qt::CTRL | Qt::Key_1);
    case Presence::Pause:
        return QKeySequence(Qt::CTRL | Qt::Key_2);
    case Presence::Busy:
    case Presence::Wrapup:
        break;
    }
    return {};
}

ShiftBar::ShiftBar(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_group(new QButtonGroup(this)), m_user(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_state(new QLabel(this)), m_askOffShift(&OffShiftDialog::ask)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_user->setObjectName(QStringLiteral("userLabel"));
    layout->addWidget(m_user);
    layout->addSpacing(12);

    // The three choices in a named group: Orca says "My status panel" on entering it.
    auto *choices = new Panel(this);
    choices->setObjectName(QStringLiteral("presenceChoices"));
    choices->setAccessibleName(tr("My status"));
    auto *choicesLayout = new QHBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        Presence presence;
        const char *objectName;
    } choiceList[] = {
        {Presence::Off, "presenceOff"},
        {Presence::Available, "presenceAvailable"},
        {Presence::Pause, "presencePause"},
    };
    for (const auto &choice : choiceList) {
        const QString label = models::presenceLabel(choice.presence);
        const QKeySequence keys = shortcut(choice.presence);
        auto *button = new ChoiceButton(label, choices);
        button->setObjectName(QLatin1String(choice.objectName));
        button->setShortcut(keys);
        button->setAccessibleName(label); // the visible text (WCAG 2.5.3)
        button->setAccessibleDescription(tr("Sets your status"));
        button->setToolTip(tr("%1 (%2)").arg(label, keys.toString(QKeySequence::NativeText)));
        m_group->addButton(button, int(choice.presence));
        choicesLayout->addWidget(button);
    }
    m_group->setExclusive(true);
    layout->addWidget(choices);

    m_reason->setObjectName(QStringLiteral("pauseReason"));
    m_reason->setPlaceholderText(tr("Reason (optional)"));
    m_reason->setAccessibleName(tr("Reason for the pause (optional)"));
    m_reason->setToolTip(tr("Reason for the pause (optional); %1 starts the pause")
                             .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_reason->setMaxLength(200);
    m_reason->setMaximumWidth(220);
    layout->addWidget(m_reason);
    // Tab follows the bar from left to right (the field was created before the choices).
    setTabOrder(m_group->button(int(Presence::Pause)), m_reason);

    layout->addSpacing(12);
    m_state->setObjectName(QStringLiteral("presenceLabel"));
    // Live text: read as it is; the description gives the context.
    m_state->setAccessibleDescription(tr("Current status"));
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
    const QString text = status.describe(QDateTime::currentDateTimeUtc());
    m_state->setText(text);
    // Announce a new state, not the first one shown nor each second of a wrap-up.
    if (m_shownState && *m_shownState != status.state)
        Announcer::announce(this, tr("Your status: %1").arg(text));
    m_shownState = status.state;
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
