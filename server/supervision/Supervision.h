// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/storage/AuditLog.h"
#include "server/supervision/CallSupervision.h"
#include "server/supervision/JoinPolicy.h"
#include "server/supervision/SupervisionStore.h"

#include "protocol/Envelope.h"
#include "protocol/Errors.h"
#include "protocol/HandlerTable.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ecoute::server {

class Router;
class StaffRecipient;

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
    bool handle(StaffRecipient &session, const protocol::Envelope &e);
    /// The message types handle() answers (tst_server_dispatch checks none is orphaned).
    static QList<protocol::MessageType> handledTypes();
    /// A staff window became ready: a supervisor gets the queue; a volunteer
    /// hears again who is in their conversations, and their whispers.
    void sessionReady(StaffRecipient &session);
    /// The phone channel hears of joins, leaves and takeovers after the volunteer was told.
    void useCalls(CallSupervision &calls) { m_calls = &calls; }
    /// Tells the volunteer of contact who follows it (supervision.presence each), e.g. the
    /// trainer and observers of a practice contact they just accepted.
    void tellWhoListens(StaffRecipient &volunteer, const ContactRecord &contact);

private:
    using Handlers = protocol::HandlerTable<Supervision, StaffRecipient &, const protocol::Envelope &>;
    static const Handlers &handlers();
    /// A listener who lost the right when the contact changed hands is audited too.
    void auditDroppedListeners();
    void request(StaffRecipient &s, const protocol::Envelope &e);
    void cancelOrClose(StaffRecipient &s, const protocol::Envelope &e);
    void accept(StaffRecipient &s, const protocol::Envelope &e);
    void join(StaffRecipient &s, const protocol::Envelope &e);
    void whisper(StaffRecipient &s, const protocol::Envelope &e);
    void takeover(StaffRecipient &s, const protocol::Envelope &e);
    void leave(StaffRecipient &s, const protocol::Envelope &e);
    void debrief(StaffRecipient &s, const protocol::Envelope &e);
    void auditGet(StaffRecipient &s, const protocol::Envelope &e);

    /// A supervisor of the centre of this contact's volunteer; else answers
    /// the typed error, audits the refusal and returns nullopt.
    std::optional<ContactRecord> supervisedContact(StaffRecipient &s, const protocol::Envelope &e,
                                                   const QString &action);
    bool refuse(StaffRecipient &s, const protocol::Envelope &e, protocol::ErrorCode code, const QString &why,
                const QString &action, const QString &contactId = {}, const QString &requestId = {});
    void audit(const StaffRecipient &s, const QString &action, const QString &contactId = {},
               const QString &requestId = {}, const QString &target = {});

    QJsonObject toJson(const SupervisionRequestRecord &r) const;
    /// supervision.update to the requester and the centre's supervisors on shift.
    void publish(const SupervisionRequestRecord &r, const StaffRecipient *requester, const QString &re);
    QString nameOf(qint64 userId) const;
    void tellVolunteer(const ContactRecord &contact, const Account &supervisor, protocol::SupervisorMode mode,
                       StaffRecipient *requester = nullptr, const QString &re = {});

    AccountStore &m_accounts;
    ContactStore &m_contacts;
    SupervisionStore &m_store;
    AuditLog &m_audit;
    Router &m_router;
    JoinPolicy m_policy;
    CallSupervision *m_calls = nullptr;
};

} // namespace ecoute::server
