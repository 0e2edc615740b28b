// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routing/StaffRequests.h"

#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

namespace ecoute::server {

class AuditLog;
class DirectoryStore;

/// directory.* on the staff endpoint: every staff member reads the referral directory,
/// only admins change it. A refusal is answered `forbidden` and audited; a change is
/// audited too and answered with the whole directory.
class DirectoryHandler final : public StaffRequests
{
public:
    DirectoryHandler(DirectoryStore &store, AuditLog &audit) : m_store(store), m_audit(audit) { }

    bool handle(StaffRecipient &session, const protocol::Envelope &e) override;
    /// The message types handle() answers (tst_server_dispatch checks none is orphaned).
    static QList<protocol::MessageType> handledTypes();

private:
    using Handlers = protocol::HandlerTable<DirectoryHandler, StaffRecipient &, const protocol::Envelope &>;
    static const Handlers &handlers();
    void get(StaffRecipient &s, const protocol::Envelope &e);
    void save(StaffRecipient &s, const protocol::Envelope &e);
    void remove(StaffRecipient &s, const protocol::Envelope &e);
    /// True for an admin; otherwise the refusal is audited and answered.
    bool admin(StaffRecipient &s, const protocol::Envelope &e);
    void audit(StaffRecipient &s, const QString &action, const QString &serviceId = {});
    void answer(StaffRecipient &s, const protocol::Envelope &e);

    DirectoryStore &m_store;
    AuditLog &m_audit;
};

} // namespace ecoute::server
