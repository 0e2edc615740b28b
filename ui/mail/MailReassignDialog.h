// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ecoute::models {
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

/// Gives an e-mail thread to another volunteer on shift, with a handover note (mail.reassign).
/// Asks the server for the team when it opens, like TransferDialog.
class MailReassignDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxNoteChars = 1000;

    MailReassignDialog(models::Workstation &workstation, const QString &contactId, const QString &thread,
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
    QPushButton *m_reassign;
};

} // namespace ecoute::ui
