// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/MainWindow.h"

#include "models/notes/NoteBinding.h"
#include "models/notes/NotesWorkspace.h"
#include "models/practice/PracticeText.h"
#include "models/workstation/RolePanes.h"
#include "models/workstation/Workstation.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/LoginDialog.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/conversation/HardContactDialog.h"
#include "ui/conversation/WrapupBar.h"
#include "ui/inbox/InboxView.h"
#include "ui/inbox/OfferAlert.h"
#include "ui/inbox/OfferBar.h"
#include "ui/inbox/ShiftBar.h"
#include "ui/inbox/TeamBoard.h"
#include "ui/notes/LockTriggers.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NotesAccess.h"
#include "ui/notes/NotesPane.h"
#include "ui/notes/NotesView.h"
#include "ui/practice/PracticeDesk.h"
#include "ui/supervision/DebriefView.h"
#include "ui/supervision/SupervisionPanel.h"
#include "ui/supervision/SupervisionQueueView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ecoute::ui {

MainWindow::MainWindow(models::Workstation &workstation, models::NotesWorkspace *notes, QWidget *parent)
    : QMainWindow(parent), m_workstation(workstation), m_notes(notes)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ecoute/icons/ecoute.svg")));

    auto *central = new QWidget(this);
    m_shiftBar = new ShiftBar(workstation, central);
    m_banner = new ConnectionBanner(workstation, central);
    m_offerBar = new OfferBar(workstation, central);
    m_wrapupBar = new WrapupBar(workstation.session(), central);
    m_offerAlert = new OfferAlert(workstation, this);
    m_inbox = new InboxView(workstation.inbox(), central);
    m_tabs = new ConversationTabs(workstation, central);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->addWidget(m_inbox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 660});

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_shiftBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_offerBar);
    layout->addWidget(m_wrapupBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    createNotes();
    createSupervision();
    m_practice = new PracticeDesk(workstation, this);
    connect(m_practice, &PracticeDesk::message, this, &MainWindow::showStatus);
    // Beside each conversation: the notes about that contact, or the scenario a trainer plays.
    m_tabs->setSidePaneFactory([this](models::Conversation &conversation, QWidget *parent) {
        return createSidePane(conversation, parent);
    });
    createMenus();
    updateRoleDocks();
    statusBar()->setAccessibleName(tr("Messages"));
    resize(1000, 650);

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
    // The title says PRACTICE while a practice conversation is the one shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

void MainWindow::updateTitle()
{
    ConversationPane *pane = m_tabs->currentPane();
    setWindowTitle(models::PracticeText::windowTitle(tr("Ecoute"), pane ? &pane->conversation() : nullptr));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Workstation"));
    QAction *quit = file->addAction(tr("Log out and &quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    // Supervision: ask now (urgent, about the conversation shown), and the panes.
    m_supervisionMenu = menuBar()->addMenu(tr("Superv&ision"));
    QAction *urgent = m_supervisionMenu->addAction(tr("Ask for supervision now (urgent)"));
    urgent->setObjectName(QStringLiteral("urgentSupervisionAction"));
    urgent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    urgent->setShortcutContext(Qt::WindowShortcut);
    connect(urgent, &QAction::triggered, this, [this] {
        ConversationPane *pane = m_tabs->currentPane();
        const bool current = pane && pane->conversation().isActive();
        m_supervisionPanel->askUrgentNow(current ? pane->conversation().contactId() : QString());
        m_supervisionDock->show();
    });
    m_supervisionMenu->addSeparator();
    QAction *panel = m_supervisionDock->toggleViewAction();
    panel->setText(tr("Show supervision requests"));
    panel->setObjectName(QStringLiteral("showSupervisionAction"));
    m_supervisionMenu->addAction(panel);
    QAction *queue = m_queueDock->toggleViewAction();
    queue->setText(tr("Show the supervision queue"));
    queue->setObjectName(QStringLiteral("showSupervisionQueueAction"));
    m_supervisionMenu->addAction(queue);
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

void MainWindow::createNotes()
{
    if (!m_notes)
        return;
    m_notesAccess = new NotesAccess(*m_notes, this);
    connect(m_notesAccess, &NotesAccess::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_notes, &models::NotesWorkspace::storageFailed, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

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
    if (conversation.isPlayed())
        return m_practice->guidancePane(conversation, parent);
    if (!m_notes)
        return nullptr;
    auto *pane = new NotesPane(*m_notes, models::NoteBinding::contactRef(conversation.contact()), parent);
    connect(pane, &NotesPane::accessRequested, m_notesAccess, &NotesAccess::requestAccess);
    return pane;
}

void MainWindow::createSupervision()
{
    m_supervisionPanel = new SupervisionPanel(m_workstation, this);
    m_supervisionDock = new QDockWidget(tr("Supervision"), this);
    m_supervisionDock->setObjectName(QStringLiteral("supervisionDock"));
    m_supervisionDock->setAccessibleName(tr("Your requests for supervision"));
    m_supervisionDock->setWidget(m_supervisionPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_supervisionDock);

    m_queueView = new SupervisionQueueView(m_workstation, this);
    m_queueDock = new QDockWidget(tr("Supervision queue"), this);
    m_queueDock->setObjectName(QStringLiteral("supervisionQueueDock"));
    m_queueDock->setAccessibleName(tr("Supervision queue"));
    m_queueDock->setWidget(m_queueView);
    addDockWidget(Qt::LeftDockWidgetArea, m_queueDock);

    m_teamBoard = new TeamBoard(m_workstation, this);
    m_teamDock = new QDockWidget(tr("Team"), this);
    m_teamDock->setObjectName(QStringLiteral("teamBoardDock"));
    m_teamDock->setAccessibleName(tr("Team on shift"));
    m_teamDock->setWidget(m_teamBoard);
    addDockWidget(Qt::LeftDockWidgetArea, m_teamDock);
    tabifyDockWidget(m_queueDock, m_teamDock);
    m_queueDock->raise();

    models::SupervisionModel &supervision = m_workstation.supervision();
    connect(m_supervisionPanel, &SupervisionPanel::debriefOpenRequested, this, &MainWindow::openDebrief);
    connect(m_queueView, &SupervisionQueueView::debriefOpenRequested, this, &MainWindow::openDebrief);
    connect(&supervision, &models::SupervisionModel::debriefReceived, this, &MainWindow::openDebrief);
    connect(&supervision, &models::SupervisionModel::notice, this, &MainWindow::showStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ConversationPane *pane = m_tabs->currentPane())
            m_supervisionPanel->setCurrentContact(pane->conversation().contactId());
    });
    connect(&m_workstation.session(), &models::Session::loggedIn, this, &MainWindow::updateRoleDocks);
}

void MainWindow::updateRoleDocks()
{
    const models::RolePanes panes = models::RolePanes::forRole(m_workstation.session().role());
    m_supervisionDock->setVisible(panes.askSupervisor);
    m_supervisionDock->toggleViewAction()->setVisible(panes.askSupervisor);
    m_queueDock->setVisible(panes.supervisionQueue);
    m_queueDock->toggleViewAction()->setVisible(panes.supervisionQueue);
    m_teamDock->setVisible(panes.team);
    m_teamDock->toggleViewAction()->setVisible(panes.team);
    if (panes.supervisionQueue)
        m_queueDock->raise();
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
    if (m_notes)
        m_notes->lock();
    m_workstation.session().logout();
    m_workstation.connection().close();
    event->accept();
}

} // namespace ecoute::ui
