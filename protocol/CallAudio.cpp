// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/CallAudio.h"

namespace ecoute::protocol::CallAudio {

namespace {

bool isSupervisor(const Leg &leg)
{
    return leg.role == LegRole::Supervisor;
}

/// A supervisor not yet announced to the volunteer is connected to nothing, either way.
bool isConnected(const Leg &leg)
{
    return !isSupervisor(leg) || leg.announced;
}

bool someoneTookOver(const Call &call)
{
    for (const Leg &leg : call.legs) {
        if (isSupervisor(leg) && leg.announced && leg.mode == SupervisorMode::TakeOver)
            return true;
    }
    return false;
}

/// Whether the caller hears `speaker` (a staff leg).
bool callerHears(const Call &call, const Leg &speaker)
{
    if (call.onHold)
        return false; // the bridge plays the hold message instead
    switch (speaker.role) {
    case LegRole::Volunteer:
        return !someoneTookOver(call);
    case LegRole::Supervisor:
        // Never a listener, never a whisper.
        return speaker.mode == SupervisorMode::Barge || speaker.mode == SupervisorMode::TakeOver;
    case LegRole::Caller:
        break;
    }
    return false;
}

/// Whether a staff leg hears the staff leg `speaker`.
bool staffHears(const Leg &speaker)
{
    if (speaker.role == LegRole::Volunteer)
        return true; // supervisors always hear the volunteer
    // A supervisor's voice: a listener is silent; the others are heard by all staff (whispers
    // are internal to staff, never secret from a colleague supervising the same call).
    return speaker.mode != SupervisorMode::Listen;
}

} // namespace

bool hears(const Call &call, const Leg &listener, const Leg &speaker)
{
    if (listener.id == speaker.id || !isConnected(listener) || !isConnected(speaker) || speaker.muted)
        return false;
    if (listener.role == LegRole::Caller)
        return callerHears(call, speaker);
    if (speaker.role == LegRole::Caller)
        return !call.onHold;
    return staffHears(speaker);
}

QList<Route> routes(const Call &call)
{
    QList<Route> result;
    for (const Leg &listener : call.legs) {
        for (const Leg &speaker : call.legs) {
            if (hears(call, listener, speaker))
                result.append({listener.id, speaker.id});
        }
    }
    return result;
}

} // namespace ecoute::protocol::CallAudio
