// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/FirstSteps.h"

namespace ecoute::models {

using protocol::Role;

FirstSteps::Hint FirstSteps::hint(const Situation &s)
{
    if (!s.connected)
        return {tr("Not connected"),
                tr("Ecoute is reconnecting to the server. Your conversations and what you typed stay here."),
                {}};
    if (s.role == Role::Trainer)
        return {tr("No practice session running"),
                tr("Start a practice session with %1, or choose a scenario in the practice scenarios on the "
                   "left."),
                {Key::StartPractice}};
    if (s.role == Role::Admin)
        return {tr("No conversation open"), tr("Accounts are managed with the ecoute-server command."), {}};
    if (s.role == Role::Supervisor && s.presence == Presence::Off) {
        if (s.supervisionRequests > 0)
            return {tr("%n request(s) for supervision waiting", "", s.supervisionRequests),
                    tr("Open the first one in the supervision queue on the left (%1) to listen or debrief."),
                    {Key::Enter}};
        return {tr("No request for supervision"),
                tr("Requests appear in the supervision queue on the left, urgent ones first; you will hear "
                   "them. To answer contacts yourself, press %1."),
                {Key::GoAvailable}};
    }
    switch (s.presence) {
    case Presence::Off:
        return {tr("You are off shift"),
                tr("Press %1 to become available and take contacts."),
                {Key::GoAvailable}};
    case Presence::Pause:
        return {tr("You are on a break"),
                tr("No contact is offered to you now. Press %1 when you are ready to take contacts again."),
                {Key::GoAvailable}};
    case Presence::Wrapup:
        return {
            tr("Time to wrap up"),
            tr("Take a moment before the next contact: write your notes, breathe. %1 ends the wrap-up now."),
            {Key::EndWrapup}};
    case Presence::Available:
    case Presence::Busy:
        break;
    }
    if (s.waiting > 0)
        return {tr("%n person(s) waiting", "", s.waiting),
                tr("Choose someone in the inbox on the left and press %1 to answer, or wait for an offer (%2 "
                   "accepts it)."),
                {Key::Enter, Key::AcceptOffer}};
    return {
        tr("You are available"),
        tr("Nobody is waiting right now. When someone writes you hear a sound and an offer appears at the "
           "top (%1 accepts it)."),
        {Key::AcceptOffer}};
}

} // namespace ecoute::models
