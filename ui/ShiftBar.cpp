// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftBar.h"

#include "models/Session.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ecoute::ui {

using models::Presence;

ShiftBar::ShiftBar(models::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_group(new QButtonGroup(this)), m_user(new QLabel(this)),
      m_state(new QLabel(this))
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
    layout->addSpacing(12);
    m_state->setObjectName(QStringLiteral("presenceLabel"));
    m_state->setAccessibleName(tr("Current status"));
    layout->addWidget(m_state);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_session.setPresence(Presence(id));
        showPresence(m_session.presence()); // until the server confirms
    });
    connect(&m_session, &models::Session::presenceChanged, this, &ShiftBar::showPresence);
    connect(&m_session, &models::Session::loggedIn, this,
            [this] { m_user->setText(m_session.displayName()); });
    m_user->setText(m_session.displayName());
    showPresence(m_session.presence());
}

void ShiftBar::showPresence(Presence presence)
{
    m_state->setText(models::presenceLabel(presence));
    if (QAbstractButton *button = m_group->button(int(presence))) {
        button->setChecked(true);
    } else if (QAbstractButton *checked = m_group->checkedButton()) {
        // Busy has no button of its own.
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
}

} // namespace ecoute::ui
