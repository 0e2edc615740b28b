// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ContactReporting.h"

#include "models/conversation/Conversation.h"
#include "models/report/PendingReports.h"
#include "models/report/RiskCaseList.h"
#include "ui/report/ReportPane.h"
#include "ui/report/RiskPanel.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QSplitter>

#include <optional>

namespace ecoute::ui {

using Access = models::Conversation::Access;

ContactReporting::ContactReporting(models::Conversation &conversation, models::PendingReports &reports,
                                   models::ReportForm &form, models::RiskCaseList &risks, QWidget *pane,
                                   QSplitter *splitter)
    : QObject(pane), m_conversation(conversation), m_reports(reports), m_risks(risks), m_pane(pane),
      m_splitter(splitter), m_report(new ReportPane(reports, form, pane))
{
    m_report->hide();
    connect(m_report, &ReportPane::imminentMarked, this, [this] { showRiskPanel(true); });
    connect(&risks, &models::RiskCaseList::caseChanged, this, [this](const QString &contactId) {
        if (contactId != m_conversation.contactId() || m_riskPanel)
            return;
        const auto riskCase = m_risks.find(contactId);
        if (riskCase && riskCase->open && m_conversation.access() != Access::Observing)
            showRiskPanel(false); // a case is open: its steps beside the conversation
    });
    connect(&m_conversation, &models::Conversation::ended, this, [this] {
        if (m_report->isVisibleTo(m_pane))
            m_report->topicFilter()->setFocus(Qt::OtherFocusReason); // the wrap-up starts with the report
    });
}

bool ContactReporting::answering() const
{
    return m_conversation.access() == Access::Answering && !m_conversation.isPlayed();
}

void ContactReporting::update()
{
    const bool reporting = answering() && m_conversation.isEnded();
    if (reporting && m_report->contactId().isEmpty())
        m_report->setContact(m_conversation.contactId());
    m_report->setVisible(reporting);
    if (m_riskPanel || !m_conversation.isOpen())
        return;
    const bool involved = answering() || m_conversation.access() == Access::Supervising;
    const auto riskCase = m_risks.find(m_conversation.contactId());
    // The help-seeker said they are in danger now (or the volunteer flagged it), or a case is open.
    if (involved && (m_conversation.contact().urgent || (riskCase && riskCase->open)))
        showRiskPanel(false);
}

void ContactReporting::showRiskPanel(bool openCase)
{
    const bool supervisor = m_conversation.access() == Access::Supervising;
    if (!m_riskPanel) {
        m_riskPanel = new RiskPanel(m_risks, m_conversation.contactId(), supervisor, m_pane);
        m_splitter->insertWidget(1, m_riskPanel); // beside the conversation, before the notes
        connect(m_riskPanel, &RiskPanel::urgentSupervisionRequested, this,
                &ContactReporting::urgentSupervisionRequested);
        connect(m_riskPanel, &RiskPanel::stepTaken, this, &ContactReporting::recordStep);
    }
    m_riskPanel->show();
    if (!openCase)
        return;
    if (!supervisor && m_conversation.isOpen())
        m_riskPanel->openCase();
    m_riskPanel->stepBox(protocol::RiskStep::Engage)->setFocus(Qt::OtherFocusReason);
}

void ContactReporting::recordStep(const QString &contactId, protocol::RiskStep step)
{
    // What the steps did is also what the contact led to: one less thing to tick in the report.
    std::optional<protocol::ReportOutcome> outcome;
    if (step == protocol::RiskStep::Consult)
        outcome = protocol::ReportOutcome::Supervisor;
    else if (step == protocol::RiskStep::Emergency)
        outcome = protocol::ReportOutcome::Emergency;
    if (!outcome || contactId != m_conversation.contactId())
        return;
    if (m_report->contactId() == contactId) {
        m_report->addOutcome(*outcome);
        return;
    }
    models::ReportDraft draft = m_reports.draft(contactId);
    draft.setOutcome(*outcome, true);
    m_reports.setDraft(contactId, draft);
}

void ContactReporting::addReferral(const QString &serviceId, const QString &serviceName)
{
    const QString contactId = m_conversation.contactId();
    if (m_report->contactId() == contactId) {
        m_report->addReferral(serviceId, serviceName);
        return;
    }
    // Remembered in the report's draft, which the report starts from when the contact ends.
    models::ReportDraft draft = m_reports.draft(contactId);
    draft.addReferral(serviceId);
    m_reports.setDraft(contactId, draft);
}

} // namespace ecoute::ui
