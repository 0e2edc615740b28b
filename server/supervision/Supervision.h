// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/storage/AuditLog.h"
#include "server/contacts/ContactStore.h"
#include "server/supervision/JoinPolicy.h"
#include "server/supervision/SupervisionStore.h"

#include "protocol/Envelope.h"
#include "protocol/Errors.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ecoute::server {

class Router;
class StaffSession;

/// The supervision rules, enforced here and only here: requests and their
/// queue, joining (listen), whispering, taking over, leaving, debriefs, and
/// the audit log of every step. Only supervisors act on conversations, and
/// only on those of their own centre; a volunteer always hears about it.
class Supervision
{
public:
    Supervision(AccountStore &accounts, ContactStore &contacts, SupervisionStore &store, AuditLog &audit,
                Router &router, JoinPolicy policy)
        : m_accounts(accounts), m_contacts(contacts), m_store(store), m_audit(audit), m_router(router),
          m_policy(policy)
    {
        auditDroppedListeners();
    }

    /// True if the type is one of supervision's (then it was answered).
    bool handle(StaffSession &session, const protocol::Envelope &e);
    /// A staff window became ready: a supervisor gets the queue; a volunteer
    /// hears again who is in their conversations, and their whispers.
    void sessionReady(StaffSession &session);
    /// Tells the volunteer of contact who follows it (supervision.presence each), e.g. the
    /// trainer and observers of a practice contact they just accepted.
    void tellWhoListens(StaffSession &volunteer, const ContactRecord &contact);

private:
    /// A listener who lost the right when the contact changed hands is audited too.
    void auditDroppedListeners();
    void request(StaffSession &s, const protocol::Envelope &e);
    void cancelOrClose(StaffSession &s, const protocol::Envelope &e);
    void accept(StaffSession &s, const protocol::Envelope &e);
    void join(StaffSession &s, const protocol::Envelope &e);
    void whisper(StaffSession &s, const protocol::Envelope &e);
    void takeover(StaffSession &s, const protocol::Envelope &e);
    void leave(StaffSession &s, const protocol::Envelope &e);
    void debrief(StaffSession &s, const protocol::Envelope &e);
    void auditGet(StaffSession &s, const protocol::Envelope &e);

    /// A supervisor of the centre of this contact's volunteer; else answers
    /// the typed error, audits the refusal and returns nullopt.
    std::optional<ContactRecord> supervisedContact(StaffSession &s, const protocol::Envelope &e,
                                                   const QString &action);
    bool refuse(StaffSession &s, const protocol::Envelope &e, protocol::ErrorCode code, const QString &why,
                const QString &action, const QString &contactId = {}, const QString &requestId = {});
    void audit(const StaffSession &s, const QString &action, const QString &contactId = {},
               const QString &requestId = {}, const QString &target = {});

    QJsonObject toJson(const SupervisionRequestRecord &r) const;
    /// supervision.update to the requester and the centre's supervisors on shift.
    void publish(const SupervisionRequestRecord &r, const StaffSession *requester, const QString &re);
    QString nameOf(qint64 userId) const;
    void tellVolunteer(const ContactRecord &contact, const Account &supervisor, const QString &mode,
                       StaffSession *requester = nullptr, const QString &re = {});

    AccountStore &m_accounts;
    ContactStore &m_contacts;
    SupervisionStore &m_store;
    AuditLog &m_audit;
    Router &m_router;
    JoinPolicy m_policy;
};

} // namespace ecoute::server
