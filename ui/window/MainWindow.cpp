// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/MainWindow.h"

#include "models/notes/NoteBinding.h"
#include "models/notes/NotesWorkspace.h"
#include "models/phone/Softphone.h"
#include "models/practice/PracticeText.h"
#include "models/workstation/Preferences.h"
#include "models/workstation/RolePanes.h"
#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/LoginDialog.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/conversation/HardContactDialog.h"
#include "ui/conversation/NoConversationView.h"
#include "ui/conversation/WrapupBar.h"
#include "ui/directory/DirectoryView.h"
#include "ui/inbox/InboxView.h"
#include "ui/inbox/OfferAlert.h"
#include "ui/inbox/OfferBar.h"
#include "ui/inbox/ShiftBar.h"
#include "ui/inbox/TeamBoard.h"
#include "ui/mail/MailDeskView.h"
#include "ui/notes/LockTriggers.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NotesAccess.h"
#include "ui/notes/NotesPane.h"
#include "ui/notes/NotesView.h"
#include "ui/practice/PracticeDesk.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/supervision/DebriefView.h"
#include "ui/supervision/SupervisionPanel.h"
#include "ui/supervision/SupervisionQueueView.h"
#include "ui/window/MessageAnnouncer.h"
#include "ui/window/ReportWiring.h"
#include "ui/window/StatusIndicators.h"
#include "ui/window/WindowMemory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ecoute::ui {

MainWindow::MainWindow(models::Workstation &workstation, models::NotesWorkspace *notes, QWidget *parent)
    : QMainWindow(parent), m_workstation(workstation), m_notes(notes)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ecoute/icons/ecoute.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);

    // Across the top: the shift state, then the supervision request, always in the same place.
    m_shiftToolBar = new QToolBar(tr("Shift"), this);
    m_shiftToolBar->setObjectName(QStringLiteral("shiftToolBar"));
    m_shiftToolBar->setMovable(false);
    m_shiftToolBar->setFloatable(false);
    m_shiftToolBar->toggleViewAction()->setVisible(false);
    m_shiftBar = new ShiftBar(workstation, m_shiftToolBar);
    m_shiftToolBar->addWidget(m_shiftBar);
    addToolBar(Qt::TopToolBarArea, m_shiftToolBar);

    // The centre: the notices that need an answer now, then the conversation (or what to do next).
    auto *central = new QWidget(this);
    m_banner = new ConnectionBanner(workstation, central);
    m_offerBar = new OfferBar(workstation, central);
    m_wrapupBar = new WrapupBar(workstation.session(), central);
    m_offerAlert = new OfferAlert(workstation, this);
    m_tabs = new ConversationTabs(workstation, central);
    m_tabs->setTabBarAutoHide(true); // one conversation needs no tab
    m_noConversation = new NoConversationView(workstation, central);
    m_centre = new QStackedWidget(central);
    m_centre->setObjectName(QStringLiteral("centre"));
    m_centre->addWidget(m_noConversation);
    m_centre->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_offerBar);
    layout->addWidget(m_wrapupBar);
    layout->addWidget(m_centre, 1);
    setCentralWidget(central);

    m_inbox = new InboxView(workstation.inbox(), this);
    m_inbox->followPresence(workstation.session()); // the empty list says what to do
    m_inbox->setTitleVisible(false); // the dock's title says it
    m_reporting = new ReportWiring(workstation, this);
    m_reporting->setCurrentPane([this] { return m_tabs->currentPane(); });
    createDocks();
    createNotes();
    m_practice = new PracticeDesk(workstation, this);
    connect(m_practice, &PracticeDesk::message, this, &MainWindow::showStatus);
    // Beside each conversation: the notes about that contact, or the scenario a trainer plays.
    m_tabs->setSidePaneFactory([this](models::Conversation &conversation, QWidget *parent) {
        return createSidePane(conversation, parent);
    });
    createMenus();
    createViewMenu();
    m_reporting->setUrgentSupervision(m_urgentSupervision);
    m_reporting->setDebriefHandler([this] {
        m_supervisionPanel->askDebrief(QString()); // about the shift, not one contact
        m_supervisionDock->show();
    });
    m_announcer = new MessageAnnouncer(workstation, this);
    m_indicators = new StatusIndicators(workstation, this);
    statusBar()->addPermanentWidget(m_indicators);
    statusBar()->setSizeGripEnabled(false);
    updateRoleDocks();
    resize(1280, 760);

    connect(m_inbox, &InboxView::acceptRequested, &m_workstation, &models::Workstation::accept);
    // Someone new is waiting: ask the desktop to draw attention to the window.
    connect(&m_workstation.inbox(), &QAbstractItemModel::rowsInserted, this,
            [this] { QApplication::alert(this); });
    connect(&m_workstation, &models::Workstation::errorMessage, this, &MainWindow::showStatus);
    connect(&m_workstation, &models::Workstation::offerWithdrawn, this,
            [this](const QString &, const QString &text) { showStatus(text); });
    connect(&m_workstation, &models::Workstation::conversationReleased, this,
            [this](models::Conversation *, const QString &text) { showStatus(text); });
    connect(&m_workstation, &models::Workstation::hardContactEnded, this, &MainWindow::suggestPause,
            Qt::QueuedConnection);
    connect(&m_workstation.session(), &models::Session::sessionExpired, this, &MainWindow::logInAgain,
            Qt::QueuedConnection);
    connect(&m_workstation.session(), &models::Session::presenceChanged, this, &MainWindow::updateRoleDocks);
    // A conversation just opened (accepted, taken over): the reply box is where the hands go.
    connect(&m_workstation, &models::Workstation::conversationOpened, this, &MainWindow::focusComposer,
            Qt::QueuedConnection);
    // The title says PRACTICE while a practice conversation is the one shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateCentre);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ConversationPane *pane = m_tabs->currentPane();
        m_announcer->setCurrent(pane ? &pane->conversation() : nullptr);
    });
    connect(&m_workstation.session(), &models::Session::loggedIn, this, &MainWindow::restoreLayout);
    updateTitle();
    updateCentre();
}

void MainWindow::setWindowMemory(WindowMemory *memory)
{
    m_memory = memory;
    if (m_workstation.session().state() == models::Session::State::LoggedIn)
        restoreLayout(); // logged in before the window was made
}

void MainWindow::setPreferences(models::Preferences *preferences)
{
    m_preferences = preferences;
    m_workstation.mailOutbox().setPreferences(preferences); // the e-mail signature is remembered there
    m_preferencesAction->setVisible(preferences != nullptr);
    if (!preferences)
        return;
    m_announcer->setSoundEnabled(preferences->messageSound());
    m_offerAlert->setSoundEnabled(preferences->offerSound());
    m_offerAlert->setNotificationsEnabled(preferences->desktopNotifications());
    connect(preferences, &models::Preferences::offerSoundChanged, m_offerAlert, &OfferAlert::setSoundEnabled);
    connect(preferences, &models::Preferences::desktopNotificationsChanged, m_offerAlert,
            &OfferAlert::setNotificationsEnabled);
    connect(preferences, &models::Preferences::messageSoundChanged, m_announcer,
            &MessageAnnouncer::setSoundEnabled);
}

void MainWindow::resizeToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // A laptop: nearly all of it. A large screen: room to breathe, not a wall of text.
    const QSize size(std::min(available.width() - 16, 1600), std::min(available.height() - 16, 1000));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    // Closed by hand: stays closed when the role's panes are applied again (the View menu reopens it).
    connect(dock->toggleViewAction(), &QAction::triggered, dock,
            [dock](bool checked) { dock->setProperty("closedByUser", !checked); });
    return dock;
}

void MainWindow::createDocks()
{
    m_inboxDock = addDock(tr("Inbox"), QStringLiteral("inboxDock"), m_inbox, Qt::LeftDockWidgetArea);

    m_queueView = new SupervisionQueueView(m_workstation, this);
    m_queueDock = addDock(tr("Supervision queue"), QStringLiteral("supervisionQueueDock"), m_queueView,
                          Qt::LeftDockWidgetArea);
    m_teamBoard = new TeamBoard(m_workstation, this);
    m_teamDock =
        addDock(tr("Team on shift"), QStringLiteral("teamBoardDock"), m_teamBoard, Qt::LeftDockWidgetArea);
    // Stacked, not tabbed: a supervisor sees the queue and the team at once.
    splitDockWidget(m_queueDock, m_teamDock, Qt::Vertical);
    // E-mail answers to review and late threads: a tab beside the queue, once a role shows it
    // (updateRoleDocks; tabbed earlier, its tab bar would be a focus stop in a volunteer's window).
    m_mailDesk = new MailDeskView(m_workstation, this);
    m_mailDeskDock =
        addDock(tr("E-mail desk"), QStringLiteral("mailDeskDock"), m_mailDesk, Qt::LeftDockWidgetArea);
    splitDockWidget(m_teamDock, m_inboxDock, Qt::Vertical);
    m_riskDock = addDock(tr("Imminent risk"), QStringLiteral("riskCasesDock"), m_reporting->riskCasesWidget(),
                         Qt::LeftDockWidgetArea);
    splitDockWidget(m_queueDock, m_riskDock, Qt::Vertical); // under the queue, above the team
    m_riskDock->hide();
    connect(&m_workstation.riskCases(), &QAbstractItemModel::modelReset, this, &MainWindow::updateRoleDocks);
    connect(&m_workstation.riskCases(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateRoleDocks);
    m_directoryDock = addDock(tr("Referral directory"), QStringLiteral("directoryDock"),
                              m_reporting->directoryView(), Qt::RightDockWidgetArea);
    m_directoryDock->setProperty("closedByUser", true); // opened from the View menu (F7) when needed
    m_reporting->setDirectoryDock(m_directoryDock);
    m_directoryDock->hide();

    m_supervisionPanel = new SupervisionPanel(m_workstation, this);
    m_supervisionDock = addDock(tr("My requests for supervision"), QStringLiteral("supervisionDock"),
                                m_supervisionPanel, Qt::RightDockWidgetArea);
    m_supervisionDock->hide();

    models::SupervisionModel &supervision = m_workstation.supervision();
    connect(m_supervisionPanel, &SupervisionPanel::debriefOpenRequested, this, &MainWindow::openDebrief);
    connect(m_queueView, &SupervisionQueueView::debriefOpenRequested, this, &MainWindow::openDebrief);
    connect(&supervision, &models::SupervisionModel::debriefReceived, this, &MainWindow::openDebrief);
    connect(&supervision, &models::SupervisionModel::notice, this, &MainWindow::showStatus);
    connect(m_supervisionPanel, &SupervisionPanel::statusChanged, this, &MainWindow::showStatus);
    // The requests dock comes when there is a request to follow and goes with the last one.
    connect(m_supervisionPanel, &SupervisionPanel::requestsChanged, this, [this](bool has) {
        if (!m_supervisionDock->toggleViewAction()->isVisible())
            return;
        m_supervisionDock->setVisible(has);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ConversationPane *pane = m_tabs->currentPane())
            m_supervisionPanel->setCurrentContact(pane->conversation().contactId());
    });
}

void MainWindow::updateCentre()
{
    m_centre->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_noConversation);
}

void MainWindow::focusComposer()
{
    updateCentre();
    ConversationPane *pane = m_tabs->currentPane();
    if (!pane)
        return;
    for (const QString &name : {QStringLiteral("composer"), QStringLiteral("mailEditor")}) {
        if (auto *composer = pane->findChild<QWidget *>(name); composer && composer->isVisibleTo(this)) {
            activateWindow();
            composer->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::restoreLayout()
{
    updateRoleDocks();
    if (m_memory && !m_layoutRestored) {
        m_layoutRestored = true;
        const bool restored = m_memory->restore(*this, m_workstation.session().user(), serverKey());
        // A dock the person had closed stays closed; a restored layout must not show what the
        // role does not see.
        for (QDockWidget *dock : {m_inboxDock, m_queueDock, m_teamDock})
            dock->setProperty("closedByUser",
                              restored && dock->toggleViewAction()->isVisible() && dock->isHidden());
        updateRoleDocks();
    }
}

void MainWindow::rememberLayout()
{
    if (m_memory)
        m_memory->save(*this, m_workstation.session().user(), serverKey());
}

QString MainWindow::serverKey() const
{
    return m_workstation.connection().address().url().toString();
}

QString MainWindow::activeContactShown() const
{
    ConversationPane *pane = m_tabs->currentPane();
    return pane && pane->conversation().isActive() ? pane->conversation().contactId() : QString();
}

void MainWindow::setNotesBesideVisible(bool visible)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<ConversationPane *>(m_tabs->widget(i)); pane && pane->sidePane())
            pane->sidePane()->setVisible(visible);
    }
}

void MainWindow::updateTitle()
{
    ConversationPane *pane = m_tabs->currentPane();
    setWindowTitle(models::PracticeText::windowTitle(tr("Ecoute"), pane ? &pane->conversation() : nullptr));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Workstation"));
    m_preferencesAction = file->addAction(tr("&Preferences…"));
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setVisible(false); // until there are preferences to edit
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        if (!m_preferences)
            return;
        PreferencesDialog dialog(*m_preferences, this);
        if (models::Softphone *phone = m_workstation.calls().softphone())
            dialog.setAudioDevices(phone->audioDevices());
        dialog.exec();
    });
    file->addAction(m_reporting->reportAction());
    file->addAction(m_reporting->statisticsAction());
    file->addAction(m_reporting->directoryEditorAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("Log out and &quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    // Supervision: ask (a short form), ask now (urgent, about the conversation shown), and the panes.
    m_supervisionMenu = menuBar()->addMenu(tr("Superv&ision"));
    m_askSupervision = m_supervisionMenu->addAction(QIcon(QStringLiteral(":/ecoute/icons/supervision.svg")),
                                                    tr("Ask for supervision…"));
    m_askSupervision->setObjectName(QStringLiteral("askSupervisionAction"));
    m_askSupervision->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_askSupervision->setShortcutContext(Qt::WindowShortcut);
    m_askSupervision->setToolTip(tr("Ask a supervisor for help about this conversation (%1)")
                                     .arg(m_askSupervision->shortcut().toString(QKeySequence::NativeText)));
    connect(m_askSupervision, &QAction::triggered, this, [this] {
        m_supervisionPanel->setCurrentContact(activeContactShown());
        m_supervisionPanel->openRequestDialog();
    });
    m_urgentSupervision = m_supervisionMenu->addAction(QIcon(QStringLiteral(":/ecoute/icons/urgent.svg")),
                                                       tr("Ask for supervision now (urgent)"));
    m_urgentSupervision->setObjectName(QStringLiteral("urgentSupervisionAction"));
    m_urgentSupervision->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_urgentSupervision->setShortcutContext(Qt::WindowShortcut);
    connect(m_urgentSupervision, &QAction::triggered, this, [this] {
        m_supervisionPanel->askUrgentNow(activeContactShown());
        m_supervisionDock->show();
    });
    // Asking is also one click away, at the right of the shift toolbar.
    auto *spacer = new QWidget(m_shiftToolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_shiftToolBar->addWidget(spacer);
    m_shiftToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_shiftToolBar->addAction(m_askSupervision);
    auto *askButton = qobject_cast<QAbstractButton *>(m_shiftToolBar->widgetForAction(m_askSupervision));
    askButton->setObjectName(QStringLiteral("askSupervisionButton"));
    AccessibleNames::nameAfterText(askButton);
    m_supervisionMenu->addSeparator();
    QAction *panel = m_supervisionDock->toggleViewAction();
    panel->setText(tr("Show my requests for supervision"));
    panel->setObjectName(QStringLiteral("showSupervisionAction"));
    m_supervisionMenu->addAction(panel);
    QAction *queue = m_queueDock->toggleViewAction();
    queue->setText(tr("Show the supervision queue"));
    queue->setObjectName(QStringLiteral("showSupervisionQueueAction"));
    m_supervisionMenu->addAction(queue);
    QAction *mailDesk = m_mailDeskDock->toggleViewAction();
    mailDesk->setText(tr("Show the e-mail desk"));
    mailDesk->setObjectName(QStringLiteral("showMailDeskAction"));
    m_supervisionMenu->addAction(mailDesk);
    QAction *team = m_teamDock->toggleViewAction();
    team->setText(tr("Show the team board"));
    team->setObjectName(QStringLiteral("showTeamBoardAction"));
    m_supervisionMenu->addAction(team);

    menuBar()->addMenu(m_practice->menu());

    if (!m_notes)
        return;
    using models::NotesWorkspace;
    QMenu *notesMenu = menuBar()->addMenu(tr("&Notes"));
    QAction *lock = notesMenu->addAction(tr("&Lock notes"));
    lock->setObjectName(QStringLiteral("lockNotesAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, &m_notes->lockPolicy(), &notes::IdleLockPolicy::lockNow);
    QAction *unlock = notesMenu->addAction(tr("&Unlock notes…"));
    unlock->setObjectName(QStringLiteral("unlockNotesAction"));
    unlock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(unlock, &QAction::triggered, m_notesAccess, &NotesAccess::requestAccess);
    QAction *change = notesMenu->addAction(tr("Change notes &passphrase…"));
    change->setObjectName(QStringLiteral("changePassphraseAction"));
    connect(change, &QAction::triggered, m_notesAccess, &NotesAccess::changePassphrase);
    notesMenu->addSeparator();
    QAction *personal = notesMenu->addAction(tr("&New personal note"));
    personal->setObjectName(QStringLiteral("newPersonalNoteAction"));
    personal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(personal, &QAction::triggered, this, [this] {
        showNotesView(false);
        m_notesView->newPersonalNote();
    });
    QAction *search = notesMenu->addAction(tr("&Search notes…"));
    search->setObjectName(QStringLiteral("searchNotesAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, this, [this] { showNotesView(true); });
    QAction *all = m_notesDock->toggleViewAction();
    all->setText(tr("Show &all notes"));
    all->setObjectName(QStringLiteral("showNotesAction"));
    all->setShortcut(QKeySequence(Qt::Key_F9));
    notesMenu->addAction(all);

    auto updateActions = [lock, unlock, change, personal](NotesWorkspace::State state) {
        lock->setEnabled(state == NotesWorkspace::State::Unlocked);
        unlock->setEnabled(state == NotesWorkspace::State::Locked
                           || state == NotesWorkspace::State::NotSetUp);
        unlock->setText(state == NotesWorkspace::State::NotSetUp ? tr("Set &up notes…")
                                                                 : tr("&Unlock notes…"));
        change->setEnabled(state == NotesWorkspace::State::Unlocked);
        personal->setEnabled(state == NotesWorkspace::State::Unlocked);
    };
    connect(m_notes, &NotesWorkspace::stateChanged, this, updateActions);
    updateActions(m_notes->state());
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *inbox = m_inboxDock->toggleViewAction();
    inbox->setText(tr("Show the &inbox"));
    inbox->setObjectName(QStringLiteral("showInboxAction"));
    view->addAction(inbox);
    QAction *goInbox = view->addAction(tr("Go to the inbo&x"));
    goInbox->setObjectName(QStringLiteral("goToInboxAction"));
    goInbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(goInbox, &QAction::triggered, this, [this] {
        if (!m_inboxDock->toggleViewAction()->isVisible())
            return;
        m_inboxDock->show();
        m_inbox->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *goReply = view->addAction(tr("Go to the &reply box"));
    goReply->setObjectName(QStringLiteral("goToReplyAction"));
    goReply->setShortcut(QKeySequence(Qt::Key_F6));
    connect(goReply, &QAction::triggered, this, &MainWindow::focusComposer);
    QAction *directory = m_directoryDock->toggleViewAction();
    directory->setText(tr("Show the referral &directory"));
    directory->setObjectName(QStringLiteral("showDirectoryAction"));
    directory->setShortcut(QKeySequence(Qt::Key_F7));
    view->addAction(directory);
    if (m_notes) {
        m_notesBeside = view->addAction(tr("&Notes beside the conversation"));
        m_notesBeside->setObjectName(QStringLiteral("notesBesideAction"));
        m_notesBeside->setCheckable(true);
        m_notesBeside->setChecked(true);
        m_notesBeside->setShortcut(QKeySequence(Qt::Key_F8));
        connect(m_notesBeside, &QAction::toggled, this, &MainWindow::setNotesBesideVisible);
    }
}

void MainWindow::createNotes()
{
    if (!m_notes)
        return;
    m_notesAccess = new NotesAccess(*m_notes, this);
    connect(m_notesAccess, &NotesAccess::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_notes, &models::NotesWorkspace::storageFailed, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    m_workstation.mailDrafts().setWorkspace(m_notes); // e-mail drafts live in the notes vault
    m_workstation.pendingReports().setWorkspace(m_notes); // and so do report drafts
    m_notesView = new NotesView(*m_notes, this);
    connect(m_notesView, &NotesView::accessRequested, m_notesAccess, &NotesAccess::requestAccess);
    m_notesDock = new QDockWidget(tr("Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setAccessibleName(tr("All notes"));
    m_notesDock->setWidget(m_notesView);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_notesDock->hide();

    // Locking: after a while without input, when the screen locks or the system sleeps.
    auto *activity = new ActivityFilter(this);
    connect(activity, &ActivityFilter::activity, m_notes, &models::NotesWorkspace::recordActivity);
    auto *system = new SystemLockWatcher(this);
    connect(system, &SystemLockWatcher::screenLocked, &m_notes->lockPolicy(),
            &notes::IdleLockPolicy::screenLocked);
    connect(system, &SystemLockWatcher::suspending, &m_notes->lockPolicy(),
            &notes::IdleLockPolicy::systemSuspending);
}

QWidget *MainWindow::createSidePane(models::Conversation &conversation, QWidget *parent)
{
    // Called for each new conversation pane (its parent): the moment to give it its report.
    m_reporting->attach(qobject_cast<ConversationPane *>(parent));
    if (conversation.isPlayed())
        return m_practice->guidancePane(conversation, parent);
    if (!m_notes)
        return nullptr;
    auto *pane = new NotesPane(*m_notes, models::NoteBinding::contactRef(conversation.contact()), parent);
    connect(pane, &NotesPane::accessRequested, m_notesAccess, &NotesAccess::requestAccess);
    if (m_notesBeside && !m_notesBeside->isChecked())
        pane->hide(); // folded away with F8: new conversations open folded too
    return pane;
}

void MainWindow::updateRoleDocks()
{
    const models::Session &session = m_workstation.session();
    const bool onShift = session.presenceStatus().chosen != models::Presence::Off;
    const models::RolePanes panes = models::RolePanes::forRole(session.role(), onShift);
    auto show = [](QDockWidget *dock, bool visible) {
        dock->toggleViewAction()->setVisible(visible);
        if (!visible)
            dock->hide();
        else if (dock->isHidden() && !dock->property("closedByUser").toBool())
            dock->show();
    };
    show(m_inboxDock, panes.inbox);
    show(m_queueDock, panes.supervisionQueue);
    show(m_teamDock, panes.team);
    if (panes.mailDesk && !m_mailDeskDock->property("placed").toBool()) {
        m_mailDeskDock->setProperty("placed", true);
        tabifyDockWidget(m_queueDock, m_mailDeskDock);
        m_queueDock->raise();
    }
    show(m_mailDeskDock, panes.mailDesk);
    // A supervisor's board: the imminent-risk cases, open ones first, while there are any.
    show(m_riskDock, panes.team && m_workstation.riskCases().rowCount() > 0);
    show(m_directoryDock, onShift || panes.team);
    m_reporting->updateRole();
    m_shiftBar->setVisible(panes.shift);
    m_shiftToolBar->setVisible(panes.shift || panes.askSupervisor);
    for (QAction *ask : {m_askSupervision, m_urgentSupervision}) {
        ask->setVisible(panes.askSupervisor);
        ask->setEnabled(panes.askSupervisor);
    }
    m_supervisionDock->toggleViewAction()->setVisible(panes.askSupervisor);
    if (!panes.askSupervisor)
        m_supervisionDock->hide();
    // The left column: wide enough for its rows, never more than a third of a laptop's screen.
    if (!m_layoutRestored) {
        QList<QDockWidget *> left;
        for (QDockWidget *dock : {m_queueDock, m_teamDock, m_inboxDock})
            if (!dock->isHidden())
                left << dock;
        if (!left.isEmpty())
            resizeDocks(left, QList<int>(left.size(), panes.supervisionQueue ? 360 : 280), Qt::Horizontal);
    }
    // A trainer's practice console: the scenarios, on the left where others have their inbox.
    QDockWidget *console = m_practice->scenarioDock();
    if (panes.practiceConsole && !console->property("placed").toBool()) {
        console->setProperty("placed", true);
        addDockWidget(Qt::LeftDockWidgetArea, console);
        console->show();
    }
}

DebriefView *MainWindow::debriefView(const QString &requestId) const
{
    for (DebriefView *view : findChildren<DebriefView *>()) {
        if (view->requestId() == requestId)
            return view;
    }
    return nullptr;
}

void MainWindow::openDebrief(const QString &requestId)
{
    DebriefView *view = debriefView(requestId);
    if (!view) {
        view = new DebriefView(m_workstation.supervision(), requestId, m_workstation.session().user(), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
    }
    view->show();
    view->raise();
}

void MainWindow::showNotesView(bool focusSearch)
{
    m_notesDock->show();
    m_notesDock->raise();
    if (focusSearch)
        m_notesView->focusSearch();
}

void MainWindow::logInAgain()
{
    LoginDialog dialog(m_workstation, this);
    dialog.setServerAddress(m_workstation.connection().address().url().toString());
    dialog.setUserName(m_workstation.session().user());
    if (dialog.exec() != QDialog::Accepted)
        close();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::suggestPause(const QString &contactId)
{
    if (findChild<HardContactDialog *>())
        return; // one is open already
    auto *dialog = new HardContactDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDebriefHandler([this, dialog, contactId] {
        m_supervisionPanel->askDebrief(contactId);
        m_supervisionDock->show();
        // Asked once: the button goes (after this handler has returned).
        QMetaObject::invokeMethod(
            dialog, [dialog] { dialog->setDebriefHandler({}); }, Qt::QueuedConnection);
    });
    connect(dialog, &HardContactDialog::pauseRequested, this, [this](const QString &reason) {
        m_workstation.session().setPresence(models::Presence::Pause, reason);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberLayout();
    m_workstation.mailDrafts().flush(); // unfinished e-mail answers go into the vault before it locks
    m_workstation.pendingReports().flush();
    if (m_notes)
        m_notes->lock();
    m_workstation.session().logout();
    m_workstation.connection().close();
    event->accept();
}

} // namespace ecoute::ui
