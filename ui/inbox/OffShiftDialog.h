// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace ecoute::ui {

/// Asked when the volunteer goes off shift with conversations still going on:
/// finish them here (no new offers meanwhile) or hand them back to the queue.
class OffShiftDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, Finish, HandBack };

    OffShiftDialog(int activeConversations, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    /// Shows the dialog modally and returns the choice.
    static Choice ask(QWidget *parent, int activeConversations);

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace ecoute::ui
