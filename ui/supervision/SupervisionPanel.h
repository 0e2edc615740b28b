// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// A volunteer asks for a supervisor: now (urgent), when possible, or a debrief
/// after a contact, with an optional short message and the conversation it
/// concerns. Below, their requests, live: waiting (and for how long), accepted
/// by whom; cancel, close, open the debrief.
class SupervisionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisionPanel(models::Workstation &workstation, QWidget *parent = nullptr);

    /// Raises an urgent request at once about contactId (may be empty); the shortcut's action.
    void askUrgentNow(const QString &contactId);
    /// Asks for a debrief about contactId (after a hard contact).
    void askDebrief(const QString &contactId);
    /// Preselects the conversation a request would concern.
    void setCurrentContact(const QString &contactId);
    QString statusText() const;

signals:
    void debriefOpenRequested(const QString &requestId);

private:
    void ask();
    void refreshContacts();
    void updateButtons();
    QString selectedRequestId() const;
    void showStatus(const QString &text);

    models::Workstation &m_workstation;
    QComboBox *m_kind;
    QComboBox *m_contact;
    QLineEdit *m_message;
    QPushButton *m_ask;
    QLabel *m_status;
    QListView *m_requests;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_debrief;
    QString m_currentContact;
};

} // namespace ecoute::ui
