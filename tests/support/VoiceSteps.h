// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SipPeer.h"
#include "VoiceBridgeProcess.h"

#include "protocol/MessageTypes.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <optional>

/// Steps the phone tests share: a caller through the trunk side, a staff leg dialled with a
/// one-time token, tools checked up front.
namespace ecoute::testing::voice {

using protocol::MessageType;

/// The tools the phone tests drive (packages baresip-core, sox, openssl).
inline QString missingTool()
{
    for (const QString &tool :
         {QStringLiteral("baresip"), QStringLiteral("sox"), QStringLiteral("openssl")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return tool;
    }
    return {};
}

/// A token as the server makes them: 32 random hex digits.
inline QString randomToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return token;
}

inline SipPeer::Options callerOptions(const QString &name, const QString &user, double toneHz = 700)
{
    SipPeer::Options options;
    options.name = name;
    options.address = QStringLiteral("sip:%1@127.0.0.1").arg(user);
    options.toneHz = toneHz;
    return options;
}

/// A workstation's phone: dials the bridge over TLS with mandatory SRTP, trusting its certificate.
inline SipPeer::Options staffOptions(const QString &name, double toneHz, const VoiceBridgeProcess &bridge)
{
    SipPeer::Options options;
    options.name = name;
    options.address = QStringLiteral("sip:%1@127.0.0.1").arg(name);
    options.toneHz = toneHz;
    options.srtpMandatory = true;
    options.caFile = bridge.certificatePath();
    return options;
}

/// Dials the line from `caller` and returns the bridge's voice.call.incoming.
inline std::optional<protocol::Envelope> callTheLine(VoiceBridgeProcess &bridge, SipPeer &caller)
{
    if (!caller.dial(bridge.sipUri(QStringLiteral("line"))))
        return std::nullopt;
    return bridge.waitFor(MessageType::VoiceCallIncoming);
}

/// voice.call.admit, then waits until the caller's phone has the call.
inline bool admit(VoiceBridgeProcess &bridge, SipPeer &caller, const QString &callId)
{
    return bridge.send(MessageType::VoiceCallAdmit,
                       QJsonObject {{QStringLiteral("callId"), callId}, {QStringLiteral("position"), 1}})
        && caller.waitEstablished();
}

/// voice.leg.expect with a fresh token, then `staff` dials it over TLS: true once the bridge
/// reports voice.leg.up and the staff phone has the call.
inline bool connectStaff(VoiceBridgeProcess &bridge, SipPeer &staff, const QString &callId,
                         const QString &legId)
{
    const QString token = randomToken();
    if (!bridge.send(MessageType::VoiceLegExpect,
                     QJsonObject {{QStringLiteral("callId"), callId},
                                  {QStringLiteral("legId"), legId},
                                  {QStringLiteral("token"), token}})
        || !staff.dial(bridge.sipTlsUri(token)))
        return false;
    const auto up = bridge.waitFor(MessageType::VoiceLegUp, callId);
    return up && up->text("legId") == legId && staff.waitEstablished();
}

} // namespace ecoute::testing::voice
