// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QObject>
#include <QPointer>

class QSplitter;
class QWidget;

namespace ecoute::models {
class Conversation;
class PendingReports;
class ReportForm;
class RiskCaseList;
} // namespace ecoute::models

namespace ecoute::ui {

class ReportPane;
class RiskPanel;

/// The report and the imminent-risk panel of one conversation pane: the report shows once a contact
/// the volunteer answered has ended (and takes the focus: the wrap-up starts with it); the risk
/// panel goes beside the conversation when asked for, when the risk is marked imminent in the
/// report, when the contact is urgent (the person said they are in danger now) or a case is open.
class ContactReporting : public QObject
{
    Q_OBJECT

public:
    /// pane: the conversation's widget (the report's parent); splitter: where the risk panel goes.
    ContactReporting(models::Conversation &conversation, models::PendingReports &reports,
                     models::ReportForm &form, models::RiskCaseList &risks, QWidget *pane,
                     QSplitter *splitter);

    ReportPane *report() const { return m_report; }
    RiskPanel *riskPanel() const { return m_riskPanel; }
    /// After each change of the conversation: shows what its state calls for.
    void update();
    /// openCase: start the case now (risk.step opened) and put the focus on the first step.
    void showRiskPanel(bool openCase);
    /// A service from the referral directory given to the person: recorded in the report (or its draft).
    void addReferral(const QString &serviceId, const QString &serviceName);

signals:
    void urgentSupervisionRequested(const QString &contactId);

private:
    bool answering() const;
    void recordStep(const QString &contactId, protocol::RiskStep step);

    models::Conversation &m_conversation;
    models::PendingReports &m_reports;
    models::RiskCaseList &m_risks;
    QWidget *m_pane;
    QSplitter *m_splitter;
    ReportPane *m_report;
    QPointer<RiskPanel> m_riskPanel;
};

} // namespace ecoute::ui
