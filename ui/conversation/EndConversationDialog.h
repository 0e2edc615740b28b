// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;

namespace ecoute::ui {

/// Asks before ending a conversation, and lets the volunteer mark it a hard contact.
class EndConversationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Keep, End, EndHard };

    explicit EndConversationDialog(QWidget *parent = nullptr);

    Choice choice() const;

    /// Shows the dialog modally and returns the choice.
    static Choice ask(QWidget *parent);

private:
    QCheckBox *m_hard;
};

} // namespace ecoute::ui
