// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// The compact form a volunteer asks a supervisor with: when (now, when possible, a debrief),
/// about which conversation (pre-set to the one shown), an optional short message. Send has
/// the focus, so Enter sends at once; Esc cancels. Offline, the dialog stays open and says so.
class SupervisionRequestDialog : public QDialog
{
    Q_OBJECT

public:
    /// contactId: the conversation shown (may be empty: no particular conversation).
    SupervisionRequestDialog(models::Workstation &workstation, const QString &contactId,
                             QWidget *parent = nullptr);

    /// urgent / when_possible / debrief.
    QString kind() const;
    void setKind(const QString &kind);
    /// Empty: no particular conversation.
    QString contactId() const;
    void setContactId(const QString &contactId);
    QString message() const;

    /// Sends the request; closes the dialog (accepted) when it went out.
    void send();

signals:
    /// The request went out (kind as in kind()).
    void sent(const QString &kind);

private:
    void refreshContacts();

    models::Workstation &m_workstation;
    QComboBox *m_kind;
    QComboBox *m_contact;
    QLineEdit *m_message;
    QLabel *m_problem;
    QPushButton *m_send;
    QString m_wantedContact;
};

} // namespace ecoute::ui
