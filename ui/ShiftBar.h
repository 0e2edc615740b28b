// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/Presence.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace ecoute::models {
class Session;
}

namespace ecoute::ui {

/// The volunteer's shift state: Off shift (Ctrl+0), Available (Ctrl+1),
/// Pause (Ctrl+2). The buttons follow what the server confirms.
class ShiftBar : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftBar(models::Session &session, QWidget *parent = nullptr);

private:
    void showPresence(models::Presence presence);

    models::Session &m_session;
    QButtonGroup *m_group;
    QLabel *m_user;
    QLabel *m_state;
};

} // namespace ecoute::ui
