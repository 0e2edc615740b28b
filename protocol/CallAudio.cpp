// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/CallAudio.h"

#include <QJsonObject>
#include <QSet>

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

QJsonArray legsToJson(const QList<Leg> &legs)
{
    QJsonArray array;
    for (const Leg &leg : legs) {
        array.append(QJsonObject {{QStringLiteral("legId"), leg.id},
                                  {QStringLiteral("role"), toString(leg.role)},
                                  {QStringLiteral("mode"), toString(leg.mode)},
                                  {QStringLiteral("announced"), leg.announced},
                                  {QStringLiteral("muted"), leg.muted}});
    }
    return array;
}

std::optional<QList<Leg>> legsFromJson(const QJsonArray &array)
{
    QList<Leg> legs;
    QSet<QString> ids;
    int callers = 0;
    int volunteers = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(QStringLiteral("legId"));
        const auto role = fromString<LegRole>(object.value(QStringLiteral("role")).toString());
        const auto mode = fromString<SupervisorMode>(object.value(QStringLiteral("mode")).toString());
        const QJsonValue announced = object.value(QStringLiteral("announced"));
        const QJsonValue muted = object.value(QStringLiteral("muted"));
        if (!value.isObject() || object.size() != 5 || !id.isString() || id.toString().isEmpty()
            || id.toString().size() > 64 || !role || !mode || !announced.isBool() || !muted.isBool()
            || ids.contains(id.toString()))
            return std::nullopt;
        ids.insert(id.toString());
        callers += *role == LegRole::Caller ? 1 : 0;
        volunteers += *role == LegRole::Volunteer ? 1 : 0;
        legs.append({id.toString(), *role, *mode, announced.toBool(), muted.toBool()});
    }
    if (callers > 1 || volunteers > 1)
        return std::nullopt;
    return legs;
}

} // namespace ecoute::protocol::CallAudio
