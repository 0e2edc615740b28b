// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/inbox/Presence.h"
#include "ui/inbox/OffShiftDialog.h"

#include <QKeySequence>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// The volunteer's shift state: Off shift (Ctrl+0), Available (Ctrl+1),
/// Pause (Ctrl+2) with an optional reason. The three choices are a radio group for
/// assistive technology (ChoiceButton): the arrow keys only move between them, Space,
/// Enter or the shortcut choose. The buttons follow what the volunteer chose as the
/// server confirms it; the label shows the effective state (busy at capacity, wrap-up
/// with the time left), and a change of state is announced to screen readers. Going
/// off shift with conversations still going on asks what to do with them.
class ShiftBar : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftBar(models::Workstation &workstation, QWidget *parent = nullptr);

    /// Asks what to do with active conversations when going off shift; replaceable for tests.
    using OffShiftQuestion = std::function<OffShiftDialog::Choice(QWidget *parent, int activeConversations)>;
    void setOffShiftQuestion(OffShiftQuestion question) { m_askOffShift = std::move(question); }

    QString stateText() const;

    /// The key that chooses presence (Off, Available or Pause); empty for the others.
    static QKeySequence shortcut(models::Presence presence);

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
    /// The state last shown, to announce changes only (not each second of a wrap-up).
    std::optional<models::Presence> m_shownState;
};

} // namespace ecoute::ui
