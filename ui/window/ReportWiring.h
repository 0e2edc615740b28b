// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/Wellbeing.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QListView;
class QMainWindow;
class QWidget;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

class ConversationPane;
class DirectoryView;
class ReportPane;
class ShiftSummaryDialog;

/// What issue 16 adds to the main window, kept out of MainWindow: the report and imminent-risk
/// panel of each conversation, the contacts left to report, the end-of-shift summary, the
/// supervisor's list of imminent-risk cases, the referral directory and the statistics window.
class ReportWiring : public QObject
{
    Q_OBJECT

public:
    ReportWiring(models::Workstation &workstation, QMainWindow *window);

    /// Gives a conversation its report and risk panel; its "ask a supervisor now" runs urgent.
    void attach(ConversationPane *pane);
    /// The window's urgent supervision request (Ctrl+Shift+S), reused by the risk panel.
    void setUrgentSupervision(QAction *urgent) { m_urgent = urgent; }
    /// Asks a supervisor for a debrief (the existing request); offered after a hard shift.
    void setDebriefHandler(std::function<void()> handler) { m_debrief = std::move(handler); }
    /// The dock of the directory view ("Referral…" in a conversation opens it).
    void setDirectoryDock(QWidget *dock) { m_directoryDock = dock; }
    /// The conversation shown, where a referral is inserted.
    void setCurrentPane(std::function<ConversationPane *()> current) { m_current = std::move(current); }

    /// "Report the contacts left…": a window with the report of the oldest one.
    QAction *reportAction() const { return m_reportAction; }
    /// Supervisors and admins: "Statistics…" in its own window.
    QAction *statisticsAction() const { return m_statisticsAction; }
    /// Admins: "Edit the referral directory…".
    QAction *directoryEditorAction() const { return m_editorAction; }
    /// The imminent-risk cases, open ones first (a supervisor's board).
    QWidget *riskCasesWidget() const { return m_riskWidget; }
    QListView *riskCasesView() const { return m_riskCases; }
    /// The referral directory (a dock for everyone on shift).
    DirectoryView *directoryView() const { return m_directory; }
    /// The open end-of-shift summary, if any.
    ShiftSummaryDialog *shiftSummary() const;
    /// The window of contacts left to report, if open.
    QDialog *reportsWindow() const;
    ReportPane *reportsPane() const;

    /// Shows the role's actions (statistics: supervisors and admins; editor: admins).
    void updateRole();

public slots:
    void openReports();

private:
    void showShiftSummary(const models::ShiftSummary &summary);
    void insertReferral(const QString &text, const QString &serviceId);
    void openStatistics();

    models::Workstation &m_workstation;
    QMainWindow *m_window;
    QPointer<QAction> m_urgent;
    std::function<void()> m_debrief;
    std::function<ConversationPane *()> m_current;
    QAction *m_reportAction;
    QAction *m_statisticsAction;
    QAction *m_editorAction;
    QWidget *m_riskWidget;
    QListView *m_riskCases;
    DirectoryView *m_directory;
    QPointer<ShiftSummaryDialog> m_summary;
    QPointer<QDialog> m_reportsWindow;
    QPointer<ReportPane> m_reportsPane;
    QPointer<QWidget> m_statisticsWindow;
    QPointer<QWidget> m_directoryDock;
};

} // namespace ecoute::ui
