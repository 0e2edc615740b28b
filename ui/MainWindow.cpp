// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ConnectionBanner.h"
#include "ConversationTabs.h"
#include "InboxView.h"
#include "LoginDialog.h"
#include "ShiftBar.h"
#include "models/Workstation.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ecoute::ui {

MainWindow::MainWindow(models::Workstation &workstation, QWidget *parent)
    : QMainWindow(parent), m_workstation(workstation)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ecoute"));
    setWindowIcon(QIcon(QStringLiteral(":/ecoute/icons/ecoute.svg")));

    auto *central = new QWidget(this);
    m_shiftBar = new ShiftBar(workstation.session(), central);
    m_banner = new ConnectionBanner(workstation, central);
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
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    createMenus();
    statusBar()->setAccessibleName(tr("Messages"));
    resize(1000, 650);

    connect(m_inbox, &InboxView::acceptRequested, &m_workstation, &models::Workstation::accept);
    // Someone new is waiting: ask the desktop to draw attention to the window.
    connect(&m_workstation.inbox(), &QAbstractItemModel::rowsInserted, this,
            [this] { QApplication::alert(this); });
    connect(&m_workstation, &models::Workstation::errorMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(&m_workstation.session(), &models::Session::sessionExpired, this, &MainWindow::logInAgain,
            Qt::QueuedConnection);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Workstation"));
    QAction *quit = file->addAction(tr("Log out and &quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::logInAgain()
{
    LoginDialog dialog(m_workstation, this);
    dialog.setServerAddress(m_workstation.connection().address().url().toString());
    dialog.setUserName(m_workstation.session().user());
    if (dialog.exec() != QDialog::Accepted)
        close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_workstation.session().logout();
    m_workstation.connection().close();
    event->accept();
}

} // namespace ecoute::ui
