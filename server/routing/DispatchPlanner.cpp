// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/DispatchPlanner.h"

namespace ecoute::server {

bool DispatchPlanner::readyForOffer(const StaffPresence &presence, bool hasOfferRinging, const QDateTime &now)
{
    return presence.connections > 0 && presence.isAvailable() && !presence.inWrapup(now) && !hasOfferRinging;
}

bool DispatchPlanner::mayTakeRealContacts(const Account &account)
{
    return !account.disabled && account.takesContacts() && !account.inTraining;
}

QList<PlannedOffer> DispatchPlanner::plan(const QList<ContactRecord> &waiting,
                                          QList<DispatchCandidate> candidates, const OfferBook &offers,
                                          const QDateTime &now) const
{
    candidates.removeIf([&](const DispatchCandidate &c) {
        return !readyForOffer(c.presence, offers.forUser(c.account.id).has_value(), now)
            || !mayTakeRealContacts(c.account);
    });
    QList<PlannedOffer> planned;
    for (const ContactRecord &contact : waiting) {
        if (candidates.isEmpty())
            break;
        if (contact.practice || offers.forContact(contact.id))
            continue;
        auto best = candidates.end();
        for (auto it = candidates.begin(); it != candidates.end(); ++it) {
            const VolunteerProfile &profile = it->account.profile;
            if (!profile.qualifiedFor(contact.channel, contact.language)
                || !capacity::hasRoom(profile, it->load, contact.channel)
                || offers.passedRecently(contact.id, it->account.id, now)) {
                continue;
            }
            if (best == candidates.end() || it->presence.idleSince < best->presence.idleSince)
                best = it;
        }
        if (best == candidates.end())
            continue;
        planned.append({contact, best->account.id, now.addMSecs(m_offerTimeoutMs)});
        candidates.erase(best);
    }
    return planned;
}

} // namespace ecoute::server
