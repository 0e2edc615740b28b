// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

class SupervisionRequestDialog;

/// "My requests": the volunteer's requests for supervision, live (waiting and for how long,
/// accepted by whom), to cancel, close or open the debrief of. Small enough for a dock that
/// only shows while there is a request (hasRequests). Asking goes through the compact
/// SupervisionRequestDialog (openRequestDialog), or at once for the urgent shortcut.
class SupervisionPanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool hasRequests READ hasRequests NOTIFY requestsChanged)

public:
    explicit SupervisionPanel(models::Workstation &workstation, QWidget *parent = nullptr);

    /// Raises an urgent request at once about contactId (may be empty); the shortcut's action.
    void askUrgentNow(const QString &contactId);
    /// Asks for a debrief about contactId (after a hard contact).
    void askDebrief(const QString &contactId);
    /// The conversation a request would concern (the one shown).
    void setCurrentContact(const QString &contactId);
    /// Opens the request form pre-set to the current conversation (or raises the open one).
    /// Parented to this panel's window; deleted when closed.
    SupervisionRequestDialog *openRequestDialog();
    /// The open request form, if any.
    SupervisionRequestDialog *requestDialog() const;

    /// True while the volunteer has an open request.
    bool hasRequests() const;
    /// The last thing said about asking (sent, urgent sent…).
    QString statusText() const;

signals:
    void debriefOpenRequested(const QString &requestId);
    /// A request appeared or the last one went: show or hide the dock.
    void requestsChanged(bool hasRequests);
    /// A request went out: a sentence for the status bar and assistive technology.
    void statusChanged(const QString &text);

private:
    void updateButtons();
    void updateRequests();
    QString selectedRequestId() const;
    void showStatus(const QString &text);

    models::Workstation &m_workstation;
    QLabel *m_empty;
    QListView *m_requests;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_debrief;
    QString m_currentContact;
    QPointer<SupervisionRequestDialog> m_dialog;
    bool m_hadRequests = false;
};

} // namespace ecoute::ui
