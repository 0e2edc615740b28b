// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/inbox/Presence.h"
#include "ui/inbox/OffShiftDialog.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// The volunteer's shift state: Off shift (Ctrl+0), Available (Ctrl+1),
/// Pause (Ctrl+2) with an optional reason. The buttons follow what the volunteer
/// chose as the server confirms it; the label shows the effective state (busy at
/// capacity, wrap-up with the time left). Going off shift with conversations still
/// going on asks what to do with them.
class ShiftBar : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftBar(models::Workstation &workstation, QWidget *parent = nullptr);

    /// Asks what to do with active conversations when going off shift; replaceable for tests.
    using OffShiftQuestion = std::function<OffShiftDialog::Choice(QWidget *parent, int activeConversations)>;
    void setOffShiftQuestion(OffShiftQuestion question) { m_askOffShift = std::move(question); }

    QString stateText() const;

private:
    void choose(models::Presence presence);
    void showStatus();

    models::Workstation &m_workstation;
    QButtonGroup *m_group;
    QLabel *m_user;
    QLineEdit *m_reason;
    QLabel *m_state;
    QTimer m_tick;
    OffShiftQuestion m_askOffShift;
};

} // namespace ecoute::ui
