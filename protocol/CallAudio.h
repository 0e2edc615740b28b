// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::protocol {

/// Who hears whom on one call: the single table the phone channel's media bridge applies
/// (issue 14). Decisions stay on the server (router, supervision); the bridge only turns this
/// table into one-directional connections between the call's legs. Plain code, exhaustively
/// tested (tests/unit/protocol/tst_callaudio), because a mistake here is a breach of trust: the
/// caller hearing a whisper, or a supervisor listening before the volunteer was told.
namespace CallAudio {

using LegRole = CallLegRole;

/// What a supervisor on the call does. Listening is silent; a whisper reaches the volunteer
/// only; barging in speaks to both; taking over answers the caller instead of the volunteer,
/// who keeps listening (as in a chat takeover).
using SupervisorMode = CallSupervisorMode;

struct Leg
{
    QString id; ///< the bridge's handle for this leg
    LegRole role = LegRole::Caller;
    SupervisorMode mode = SupervisorMode::Listen; ///< supervisors only
    /// Supervisors only: the volunteer's workstation has shown that this supervisor is here.
    /// Until then the leg is connected to nothing (fail closed).
    bool announced = false;
    bool muted = false; ///< heard by nobody (the volunteer's mute button)
};

struct Call
{
    QList<Leg> legs;
    bool onHold = false; ///< the caller hears the hold message, staff do not hear the caller
};

/// One-directional: `listener` hears `speaker`.
struct Route
{
    QString listener;
    QString speaker;
    bool operator==(const Route &other) const = default;
};

/// Whether the leg `listener` hears the leg `speaker` on `call`.
bool hears(const Call &call, const Leg &listener, const Leg &speaker);
/// Every route of the call, in the order of its legs (listener, then speaker).
QList<Route> routes(const Call &call);

/// The legs as voice.call.route carries them: [{legId, role, mode, announced, muted}, ...].
QJsonArray legsToJson(const QList<Leg> &legs);
/// Strict: std::nullopt for anything but what legsToJson writes (unknown role or mode, a
/// missing or mistyped field, an empty or repeated legId, more than one caller or volunteer).
std::optional<QList<Leg>> legsFromJson(const QJsonArray &array);

} // namespace CallAudio

} // namespace ecoute::protocol
