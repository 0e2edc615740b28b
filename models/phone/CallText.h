// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/MessageTypes.h"

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

/// Why a call ended, wherever that was decided: the server (call.state reason), the phone
/// engine (Softphone::EndReason) or this workstation.
enum class CallEnd {
    None,
    // call.state "ended" reasons
    HungUp,
    Dropped,
    Failed,
    Timeout,
    BridgeLost,
    // the engine
    NoMicrophone,
    NoAudioDevice,
    BridgeUnreachable,
    Refused,
    RemoteHangUp,
    EngineFailed,
    // this workstation
    NoEngine, ///< no phone engine in this build or start
    UnknownCertificate, ///< no pinned certificate for a server that is not on this machine
    OtherCall, ///< the engine was needed for another call (one call at a time)
    ContactClosed, ///< the contact ended or left this workstation
};

/// Translated sentences about calls (ErrorText's style): why a call ended, what was refused,
/// and the call's duration as a clock.
class CallText
{
    Q_DECLARE_TR_FUNCTIONS(CallText)

public:
    /// A full sentence; empty for CallEnd::None.
    static QString ended(CallEnd end);
    /// A refusal of call.hold, call.mute or supervision.mode (error code name from the server).
    static QString refused(protocol::MessageType request, const QString &codeName);
    /// "04:05" (mm:ss) below an hour, "01:02:03" (hh:mm:ss) from an hour on.
    static QString duration(qint64 ms);
};

} // namespace ecoute::models
