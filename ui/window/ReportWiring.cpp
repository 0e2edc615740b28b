// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/ReportWiring.h"

#include "models/report/ReportText.h"
#include "models/workstation/RolePanes.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/directory/DirectoryEditorDialog.h"
#include "ui/directory/DirectoryView.h"
#include "ui/report/ReportPane.h"
#include "ui/report/ShiftSummaryDialog.h"
#include "ui/statistics/StatisticsView.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ecoute::ui {

ReportWiring::ReportWiring(models::Workstation &workstation, QMainWindow *window)
    : QObject(window), m_workstation(workstation), m_window(window),
      m_reportAction(new QAction(tr("&Report the contacts left…"), window)),
      m_statisticsAction(new QAction(tr("S&tatistics…"), window)),
      m_editorAction(new QAction(tr("Edit the referral &directory…"), window)),
      m_riskWidget(new QWidget(window)), m_riskCases(new QListView(m_riskWidget)),
      m_directory(new DirectoryView(workstation.directory(), window))
{
    m_reportAction->setObjectName(QStringLiteral("reportContactsAction"));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_statisticsAction->setObjectName(QStringLiteral("statisticsAction"));
    m_editorAction->setObjectName(QStringLiteral("editDirectoryAction"));
    connect(m_reportAction, &QAction::triggered, this, &ReportWiring::openReports);
    connect(m_statisticsAction, &QAction::triggered, this, &ReportWiring::openStatistics);
    connect(m_editorAction, &QAction::triggered, this, [this] {
        DirectoryEditorDialog dialog(m_workstation.directory(), m_window);
        dialog.exec();
    });

    // A supervisor's board: the imminent-risk cases, open ones first.
    m_riskWidget->setObjectName(QStringLiteral("riskCasesBoard"));
    m_riskCases->setObjectName(QStringLiteral("riskCasesView"));
    m_riskCases->setAccessibleName(tr("Imminent-risk cases, open ones first"));
    m_riskCases->setModel(&workstation.riskCases());
    m_riskCases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_riskCases->setMinimumHeight(m_riskCases->fontMetrics().height() * 3); // a few rows: a small list
    auto *layout = new QVBoxLayout(m_riskWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_riskCases);

    m_directory->setObjectName(QStringLiteral("directoryView"));
    connect(m_directory, &DirectoryView::insertRequested, this, &ReportWiring::insertReferral);

    connect(&workstation.wellbeing(), &models::Wellbeing::shiftSummary, this, &ReportWiring::showShiftSummary,
            Qt::QueuedConnection); // a dialog: after the frame's handling
    connect(&workstation.pendingReports(), &models::PendingReports::unreportedLeft, this, [this](int count) {
        m_window->statusBar()->showMessage(models::ReportText::unreported(count), 15000);
    });
    connect(&workstation.session(), &models::Session::loggedIn, this, &ReportWiring::updateRole);
    // Going off shift: say what is left to report (the shift summary says it too).
    connect(&workstation.session(), &models::Session::presenceChanged, this,
            [this](models::Presence presence) {
                if (presence == models::Presence::Off)
                    m_workstation.pendingReports().remind();
            });
    updateRole();
}

ShiftSummaryDialog *ReportWiring::shiftSummary() const
{
    return m_summary;
}

QDialog *ReportWiring::reportsWindow() const
{
    return m_reportsWindow;
}

ReportPane *ReportWiring::reportsPane() const
{
    return m_reportsPane;
}

void ReportWiring::updateRole()
{
    const auto panes = models::RolePanes::forRole(m_workstation.session().role());
    m_statisticsAction->setVisible(panes.statistics);
    m_statisticsAction->setEnabled(panes.statistics);
    m_editorAction->setVisible(panes.directoryEditor);
    m_editorAction->setEnabled(panes.directoryEditor);
}

void ReportWiring::attach(ConversationPane *pane)
{
    if (!pane || pane->reportPane())
        return;
    models::Workstation &w = m_workstation;
    pane->setReporting(&w.pendingReports(), &w.reportForm(), &w.riskCases());
    connect(pane, &ConversationPane::urgentSupervisionRequested, this, [this] {
        if (m_urgent)
            m_urgent->trigger(); // the existing urgent request, about the conversation shown
    });
    connect(pane, &ConversationPane::referralRequested, this, [this] {
        if (m_directoryDock) {
            m_directoryDock->show();
            m_directoryDock->raise();
        }
        m_directory->focusSearch();
    });
}

void ReportWiring::insertReferral(const QString &text, const QString &serviceId)
{
    ConversationPane *pane = m_current ? m_current() : nullptr;
    if (!pane) {
        m_window->statusBar()->showMessage(tr("Open a conversation to insert a referral."), 15000);
        return;
    }
    const auto service = m_workstation.directory().find(serviceId);
    pane->insertReferral(text, serviceId, service ? service->name : QString());
}

void ReportWiring::openReports()
{
    models::PendingReports &reports = m_workstation.pendingReports();
    if (reports.count() == 0) {
        m_window->statusBar()->showMessage(tr("No contacts left to report."), 15000);
        return;
    }
    if (!m_reportsWindow) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("reportsWindow"));
        dialog->setWindowTitle(tr("Contacts left to report"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_reportsPane = new ReportPane(reports, m_workstation.reportForm(), dialog);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(m_reportsPane);
        m_reportsWindow = dialog;
    }
    m_reportsPane->setContact(reports.contacts().constFirst().contactId);
    m_reportsWindow->show();
    m_reportsWindow->raise();
    m_reportsPane->topicFilter()->setFocus(Qt::OtherFocusReason);
}

void ReportWiring::showShiftSummary(const models::ShiftSummary &summary)
{
    delete m_summary; // a newer summary replaces one still open
    auto *dialog = new ShiftSummaryDialog(summary, m_workstation.pendingReports().count(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_debrief)
        dialog->setDebriefHandler(m_debrief);
    connect(dialog, &ShiftSummaryDialog::reportRequested, this, &ReportWiring::openReports,
            Qt::QueuedConnection);
    m_summary = dialog;
    dialog->open();
}

void ReportWiring::openStatistics()
{
    if (!m_statisticsWindow) {
        auto *view = new StatisticsView(m_workstation.statistics(), m_window);
        view->setWindowFlag(Qt::Window); // its own window, beside the conversations
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->setWindowTitle(tr("Statistics"));
        m_statisticsWindow = view;
    }
    m_statisticsWindow->show();
    m_statisticsWindow->raise();
}

} // namespace ecoute::ui
