// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/FirstSteps.h"

namespace ecoute::models {

using protocol::Role;

FirstSteps::Hint FirstSteps::hint(const Situation &s)
{
    if (!s.connected)
        return {tr("Not connected"),
                tr("Ecoute is reconnecting to the server. Your conversations and what you typed stay here.")};
    if (s.role == Role::Trainer)
        return {tr("No practice session running"),
                tr("Start a practice session with Ctrl+Shift+P, or choose a scenario in the practice console "
                   "on the left.")};
    if (s.role == Role::Admin)
        return {tr("No conversation open"), tr("Accounts are managed with the ecoute-server command.")};
    if (s.role == Role::Supervisor && s.presence == Presence::Off) {
        if (s.supervisionRequests > 0)
            return {
                tr("%n request(s) for supervision waiting", "", s.supervisionRequests),
                tr("Open the first one in the supervision queue on the left (Enter) to listen or debrief.")};
        return {tr("No request for supervision"),
                tr("Requests appear in the supervision queue on the left, urgent ones first; you will hear "
                   "them. To answer contacts yourself, press Ctrl+1.")};
    }
    switch (s.presence) {
    case Presence::Off:
        return {tr("You are off shift"), tr("Press Ctrl+1 to become available and take contacts.")};
    case Presence::Pause:
        return {tr("You are on a pause"),
                tr("Nobody is offered to you now. Press Ctrl+1 when you are ready to take contacts again.")};
    case Presence::Wrapup:
        return {tr("Time to wrap up"),
                tr("Take a moment before the next contact: write your notes, breathe. Ctrl+Shift+W ends the "
                   "wrap-up now.")};
    case Presence::Available:
    case Presence::Busy:
        break;
    }
    if (s.waiting > 0)
        return {tr("%n person(s) waiting", "", s.waiting),
                tr("Choose someone in the inbox on the left and press Enter to answer, or wait for an offer "
                   "(Ctrl+Shift+A accepts it).")};
    return {
        tr("You are available"),
        tr("Nobody is waiting right now. When someone writes you hear a sound and an offer appears at the "
           "top (Ctrl+Shift+A accepts it).")};
}

} // namespace ecoute::models
