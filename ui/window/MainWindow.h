// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace ecoute::models {
class Conversation;
class NotesWorkspace;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

class ConnectionBanner;
class ConversationTabs;
class DebriefView;
class InboxView;
class NotesAccess;
class NotesView;
class OfferAlert;
class OfferBar;
class PracticeDesk;
class ShiftBar;
class SupervisionPanel;
class SupervisionQueueView;
class TeamBoard;
class WrapupBar;

/// Composes the panes; the behaviour lives in models::Workstation and in the panes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Without `notes`, the window has no notes panes, view or menu.
    explicit MainWindow(models::Workstation &workstation, models::NotesWorkspace *notes = nullptr,
                        QWidget *parent = nullptr);

    ConnectionBanner *banner() const { return m_banner; }
    ConversationTabs *conversations() const { return m_tabs; }
    InboxView *inbox() const { return m_inbox; }
    ShiftBar *shiftBar() const { return m_shiftBar; }
    OfferBar *offerBar() const { return m_offerBar; }
    OfferAlert *offerAlert() const { return m_offerAlert; }
    WrapupBar *wrapupBar() const { return m_wrapupBar; }
    /// Null without notes.
    NotesView *notesView() const { return m_notesView; }
    NotesAccess *notesAccess() const { return m_notesAccess; }
    QDockWidget *notesDock() const { return m_notesDock; }
    SupervisionPanel *supervisionPanel() const { return m_supervisionPanel; }
    /// Shown to supervisors only.
    SupervisionQueueView *supervisionQueue() const { return m_queueView; }
    TeamBoard *teamBoard() const { return m_teamBoard; }
    QDockWidget *supervisionDock() const { return m_supervisionDock; }
    QDockWidget *supervisionQueueDock() const { return m_queueDock; }
    QDockWidget *teamBoardDock() const { return m_teamDock; }
    /// The Practice menu, the scenario library and the practice dialogs.
    PracticeDesk *practiceDesk() const { return m_practice; }
    /// The open debrief window of a request, if any.
    DebriefView *debriefView(const QString &requestId) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createNotes();
    QWidget *createSidePane(models::Conversation &conversation, QWidget *parent);
    void showNotesView(bool focusSearch);
    void logInAgain();
    void createSupervision();
    void updateRoleDocks();
    void openDebrief(const QString &requestId);
    void suggestPause(const QString &contactId);
    void showStatus(const QString &text);
    void updateTitle();

    models::Workstation &m_workstation;
    ShiftBar *m_shiftBar;
    ConnectionBanner *m_banner;
    OfferBar *m_offerBar;
    WrapupBar *m_wrapupBar;
    OfferAlert *m_offerAlert;
    InboxView *m_inbox;
    ConversationTabs *m_tabs;
    models::NotesWorkspace *m_notes;
    NotesAccess *m_notesAccess = nullptr;
    NotesView *m_notesView = nullptr;
    QDockWidget *m_notesDock = nullptr;
    SupervisionPanel *m_supervisionPanel = nullptr;
    SupervisionQueueView *m_queueView = nullptr;
    TeamBoard *m_teamBoard = nullptr;
    QDockWidget *m_supervisionDock = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_teamDock = nullptr;
    QMenu *m_supervisionMenu = nullptr;
    PracticeDesk *m_practice = nullptr;
};

} // namespace ecoute::ui
