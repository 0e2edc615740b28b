// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"

#include <QtGlobal>

#include <functional>
#include <optional>

namespace ecoute::server {

class AccountStore;
class Router;
class StaffAuthorizations;

/// Authorization that follows the contact: whoever listens to a conversation
/// (a supervisor who joined, a volunteer after a takeover) keeps doing so only
/// while the contact is active with a volunteer of their centre. Checked again
/// whenever the contact changes hands and before each push to a listener; a
/// listener who lost the right is dropped at once and told (supervision.presence
/// "left" about themselves, which closes the conversation on their workstation).
/// Accounts are read from StaffAuthorizations, so a centre or role changed by
/// the admin applies at the next push without SQL on each one.
class ListenerGuard
{
public:
    ListenerGuard(AccountStore &accounts, Router &router) : m_accounts(accounts), m_router(router) { }

    /// Called for each listener who lost the right (after they were told), e.g. to audit it.
    using Dropped = std::function<void(qint64 userId, const ContactRecord &contact)>;
    void onDropped(Dropped dropped) { m_dropped = std::move(dropped); }
    /// Accounts come from this cache (no SQL per push) rather than the store.
    void useAuthorizations(StaffAuthorizations &cache) { m_cache = &cache; }

    /// The rule, on the contact as it is now. Practice contacts are followed by
    /// their exercise's trainer and observers, which Practice decides.
    bool mayListen(qint64 userId, const ContactRecord &contact) const;
    /// The contact changed volunteer or centre (transfer, takeover, requeue,
    /// accept): listeners without the right are dropped and told; its new
    /// volunteer hears who still listens.
    void review(const ContactRecord &contactNow);
    /// Before anything about the contact goes to this listener: false, and the
    /// listener dropped and told, once the right is gone.
    bool admit(qint64 userId, const ContactRecord &contact);
    /// The account from the authorization cache once the server gave one (AccountStore before).
    std::optional<Account> account(qint64 userId) const;

private:
    void drop(qint64 userId, const ContactRecord &contact);

    AccountStore &m_accounts;
    Router &m_router;
    Dropped m_dropped;
    StaffAuthorizations *m_cache = nullptr;
};

} // namespace ecoute::server
