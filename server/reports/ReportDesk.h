// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Clock.h"
#include "server/reports/ReportStore.h"
#include "server/reports/RiskCases.h"
#include "server/reports/TopicTaxonomy.h"
#include "server/routing/StaffRequests.h"
#include "server/storage/AuditLog.h"

#include "protocol/HandlerTable.h"

#include <optional>

namespace ecoute::server {

class Router;

/// The staff requests of issue 16's reports part: report.pending.get and report.submit here,
/// risk.step and risk.location through RiskCases. At login: report.form, report.pending, risk.cases.
class ReportDesk : public StaffRequests
{
public:
    /// Contacts older than this are no longer asked for a report.
    static constexpr int kPendingDays = 30;

    struct Services
    {
        ContactStore &contacts;
        ReportStore &store;
        RiskCases &risks;
        AuditLog &audit;
        Router &router;
        const TopicTaxonomy &topics;
        const Clock &clock;
    };

    explicit ReportDesk(Services services) : m_s(services) { }

    bool handle(StaffRecipient &session, const protocol::Envelope &e) override;
    void sessionReady(StaffRecipient &session) override;
    /// The message types handle() answers (tst_server_dispatch checks none is orphaned).
    static QList<protocol::MessageType> handledTypes();

    /// report.pending for this user.
    QJsonObject pendingBody(qint64 userId) const;

    /// A report.submit body checked against the vocabularies, the taxonomy and the directory; on a
    /// bad field, the field's path (body.topics, …) and why. Duplicates within a list are dropped.
    struct Checked
    {
        std::optional<ReportRecord> report;
        QString field;
        QString why;
    };
    Checked check(const QJsonObject &body) const;

private:
    using Handlers = protocol::HandlerTable<ReportDesk, StaffRecipient &, const protocol::Envelope &>;
    static const Handlers &handlers();
    void pendingGet(StaffRecipient &s, const protocol::Envelope &e);
    void submit(StaffRecipient &s, const protocol::Envelope &e);
    void riskStep(StaffRecipient &s, const protocol::Envelope &e) { m_s.risks.step(s, e); }
    void riskLocation(StaffRecipient &s, const protocol::Envelope &e) { m_s.risks.location(s, e); }

    Services m_s;
};

} // namespace ecoute::server
