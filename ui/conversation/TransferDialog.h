// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ecoute::models {
class Conversation;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

/// Passes a conversation on to a colleague on shift, with a short internal
/// handover note. Asks the server for the team when it opens.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxNoteChars = 1000;

    TransferDialog(models::Workstation &workstation, models::Conversation &conversation,
                   QWidget *parent = nullptr);

    QString selectedUser() const;
    QString note() const;

    void accept() override;

private:
    void updateState();

    models::Workstation &m_workstation;
    QString m_contactId;
    QListView *m_team;
    QLabel *m_teamStatus;
    QPlainTextEdit *m_note;
    QLabel *m_counter;
    QPushButton *m_transfer;
};

} // namespace ecoute::ui
