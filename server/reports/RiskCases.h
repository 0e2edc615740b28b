// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Clock.h"
#include "server/reports/RiskStore.h"
#include "server/storage/AuditLog.h"

#include "protocol/Envelope.h"

#include <QJsonObject>

#include <optional>

namespace ecoute::server {

class Router;
class StaffRecipient;

/// The imminent-risk workflow (risk.step, risk.location, risk.cases, risk.update): who may act on a
/// case (the contact's volunteer, or a supervisor or admin of its centre), the audit of every step
/// (time, no text), and who hears of it. The location the person gave reaches supervisors only.
class RiskCases
{
public:
    struct Services
    {
        AccountStore &accounts;
        ContactStore &contacts;
        RiskStore &store;
        AuditLog &audit;
        Router &router;
        const Clock &clock;
    };

    explicit RiskCases(Services services) : m_s(services) { }

    void step(StaffRecipient &s, const protocol::Envelope &e);
    void location(StaffRecipient &s, const protocol::Envelope &e);
    /// risk.cases: a supervisor gets their centre's open cases, anyone else their own.
    void sessionReady(StaffRecipient &s);

    /// The case as the protocol sends it; location only when withLocation.
    QJsonObject toJson(const RiskCaseRecord &c, const ContactRecord &contact, bool withLocation) const;

private:
    /// The contact, if this session may act on its case; else answers the error, audits the refusal.
    std::optional<ContactRecord> actionable(StaffRecipient &s, const protocol::Envelope &e,
                                            const QString &action);
    /// risk.update to the contact's volunteer (no location) and the centre's supervisors (with it).
    void publish(const ContactRecord &contact, StaffRecipient &requester, const QString &re);
    QString centreOf(const ContactRecord &contact) const;
    QString nameOf(qint64 userId) const;

    Services m_s;
};

} // namespace ecoute::server
