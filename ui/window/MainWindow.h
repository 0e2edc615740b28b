// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ecoute::models {
class Conversation;
class NotesWorkspace;
class Preferences;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

class ConnectionBanner;
class ConversationTabs;
class DebriefView;
class InboxView;
class MailDeskView;
class MessageAnnouncer;
class NotesAccess;
class NotesView;
class NoConversationView;
class OfferAlert;
class OfferBar;
class PracticeDesk;
class ReportWiring;
class ShiftBar;
class SupervisionPanel;
class SupervisionQueueView;
class StatusIndicators;
class TeamBoard;
class WindowMemory;
class WrapupBar;

/// Composes the panes; the behaviour lives in models::Workstation and in the panes.
/// The conversation is the centre; the shift state and the supervision request are one toolbar
/// across the top; the inbox (volunteers), the supervision queue and team board (supervisors) or
/// the practice console (trainers) are docks on the left, laid out by models::RolePanes; notes
/// fold beside the conversation. docs/design.md explains the choices.
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
    QDockWidget *inboxDock() const { return m_inboxDock; }
    QToolBar *shiftToolBar() const { return m_shiftToolBar; }
    NoConversationView *noConversationView() const { return m_noConversation; }
    StatusIndicators *statusIndicators() const { return m_indicators; }
    /// Saves and restores this window's geometry and docks per user; none by default (tests).
    void setWindowMemory(WindowMemory *memory);
    /// Enables Workstation > Preferences…; none by default (tests).
    void setPreferences(models::Preferences *preferences);
    /// A size that fits the screen: nearly all of a laptop's, a comfortable part of a large one.
    void resizeToScreen();
    SupervisionPanel *supervisionPanel() const { return m_supervisionPanel; }
    /// Shown to supervisors only.
    SupervisionQueueView *supervisionQueue() const { return m_queueView; }
    TeamBoard *teamBoard() const { return m_teamBoard; }
    /// The volunteer's own requests; shown while they have some.
    QDockWidget *supervisionDock() const { return m_supervisionDock; }
    QDockWidget *supervisionQueueDock() const { return m_queueDock; }
    QDockWidget *teamBoardDock() const { return m_teamDock; }
    /// A supervisor's e-mail desk (answers to review, late threads).
    MailDeskView *mailDesk() const { return m_mailDesk; }
    QDockWidget *mailDeskDock() const { return m_mailDeskDock; }
    /// The Practice menu, the scenario library and the practice dialogs.
    PracticeDesk *practiceDesk() const { return m_practice; }
    /// Reports, the imminent-risk cases, the referral directory, the shift summary, statistics.
    ReportWiring *reporting() const { return m_reporting; }
    /// Supervisors: the imminent-risk cases, open ones first.
    QDockWidget *riskCasesDock() const { return m_riskDock; }
    /// Everyone on shift: the referral directory.
    QDockWidget *directoryDock() const { return m_directoryDock; }
    /// The open debrief window of a request, if any.
    DebriefView *debriefView(const QString &requestId) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createViewMenu();
    void createDocks();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget,
                         Qt::DockWidgetArea area);
    void updateCentre();
    void focusComposer();
    void rememberLayout();
    void restoreLayout();
    void setNotesBesideVisible(bool visible);
    /// Where this window's layout is remembered for the user (the server address).
    QString serverKey() const;
    /// The contact of the conversation shown, if it is being answered here; empty otherwise.
    QString activeContactShown() const;
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
    NoConversationView *m_noConversation;
    QStackedWidget *m_centre;
    QToolBar *m_shiftToolBar;
    StatusIndicators *m_indicators;
    QDockWidget *m_inboxDock = nullptr;
    QAction *m_askSupervision = nullptr;
    QAction *m_urgentSupervision = nullptr;
    QAction *m_notesBeside = nullptr;
    WindowMemory *m_memory = nullptr;
    MessageAnnouncer *m_announcer;
    models::Preferences *m_preferences = nullptr;
    QAction *m_preferencesAction = nullptr;
    bool m_layoutRestored = false;
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
    MailDeskView *m_mailDesk = nullptr;
    QDockWidget *m_mailDeskDock = nullptr;
    QMenu *m_supervisionMenu = nullptr;
    PracticeDesk *m_practice = nullptr;
    ReportWiring *m_reporting = nullptr;
    QDockWidget *m_riskDock = nullptr;
    QDockWidget *m_directoryDock = nullptr;
};

} // namespace ecoute::ui
