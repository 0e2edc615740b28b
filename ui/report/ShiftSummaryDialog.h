// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/Wellbeing.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace ecoute::ui {

/// At the end of a shift (shift.summary): what it held (contacts, hard ones, imminent-risk ones),
/// the contacts still to report as a reminder, and, when any contact was hard, the offer of a
/// debrief with a supervisor (the existing supervision request of kind debrief).
class ShiftSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ShiftSummaryDialog(const models::ShiftSummary &summary, int unreported, QWidget *parent = nullptr);

    QString summaryText() const;
    QString reminderText() const;
    /// Shows "Ask for a debrief" (when a contact was hard) that calls handler.
    void setDebriefHandler(std::function<void()> handler);
    QPushButton *debriefButton() const { return m_debrief; }
    QPushButton *reportButton() const { return m_report; }

signals:
    /// "Report them now": open the contacts left to report.
    void reportRequested();

private:
    models::ShiftSummary m_summary;
    QLabel *m_text;
    QLabel *m_reminder;
    QPushButton *m_debrief;
    QPushButton *m_report;
    std::function<void()> m_debriefHandler;
};

} // namespace ecoute::ui
