// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/Capacity.h"
#include "server/routing/OfferBook.h"
#include "server/routing/Roster.h"

#include <QDateTime>
#include <QList>

namespace ecoute::server {

/// A staff member the router knows, as the planner weighs them.
struct DispatchCandidate
{
    Account account; ///< fresh from the store: an admin may have changed it
    StaffPresence presence; ///< presence.idleSince: the longest idle is asked first
    capacity::Load load;
};

/// An offer to make: this contact rings for this volunteer until expiresAt.
struct PlannedOffer
{
    ContactRecord contact;
    qint64 userId = 0;
    QDateTime expiresAt;
};

/// The routing decision, without any I/O: who gets which offer now. The
/// router gathers the facts (queues, presence, accounts, loads, offers
/// ringing, the clock's now) and carries the decision out.
class DispatchPlanner
{
public:
    explicit DispatchPlanner(int offerTimeoutMs) : m_offerTimeoutMs(offerTimeoutMs) { }

    int offerTimeoutMs() const { return m_offerTimeoutMs; }

    /// Ready for an offer as far as presence goes: connected, chose
    /// available, not in wrap-up, no offer ringing already.
    static bool readyForOffer(const StaffPresence &presence, bool hasOfferRinging, const QDateTime &now);
    /// The account may be offered a real contact: enabled, in a role that
    /// answers contacts, and not in training (people in training get practice
    /// contacts only, never a real one).
    static bool mayTakeRealContacts(const Account &account);

    /// The offers to make now. waiting is in queue order (urgent first, then
    /// those handed back, then by age): each contact without an offer ringing
    /// goes to the longest-idle candidate who is ready for an offer, may take
    /// real contacts, is qualified for it, has room on its channel and did not
    /// let it pass recently. Each candidate gets at most one offer.
    QList<PlannedOffer> plan(const QList<ContactRecord> &waiting, QList<DispatchCandidate> candidates,
                             const OfferBook &offers, const QDateTime &now) const;

private:
    int m_offerTimeoutMs;
};

} // namespace ecoute::server
