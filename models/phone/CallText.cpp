// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/CallText.h"

#include "models/connection/ErrorText.h"
#include "protocol/Errors.h"

#include <algorithm>

namespace ecoute::models {

QString CallText::ended(CallEnd end)
{
    switch (end) {
    case CallEnd::None:
        return {};
    case CallEnd::HungUp:
    case CallEnd::RemoteHangUp:
    case CallEnd::ContactClosed:
        return tr("The call has ended.");
    case CallEnd::Dropped:
        return tr("The call ended: your line was disconnected.");
    case CallEnd::Failed:
        return tr("The call ended: the phone line reported a failure.");
    case CallEnd::Timeout:
        return tr("The call ended: the phone line stopped responding.");
    case CallEnd::BridgeLost:
        return tr("The call ended: the phone bridge restarted.");
    case CallEnd::NoMicrophone:
        return tr("No microphone was found. Plug in your headset and choose it under Preferences, "
                  "Headset.");
    case CallEnd::NoAudioDevice:
        return tr("No speaker or headphones were found. Plug in your headset and choose it under "
                  "Preferences, Headset.");
    case CallEnd::BridgeUnreachable:
        return tr("The phone line could not be reached. Check your network; if it keeps happening, "
                  "tell your administrator.");
    case CallEnd::Refused:
        return tr("The phone line refused the call: its invitation had expired or was already used.");
    case CallEnd::EngineFailed:
        return tr("The call failed for a technical reason.");
    case CallEnd::NoEngine:
        return tr("Calls cannot be made from this workstation: its phone engine is not available.");
    case CallEnd::UnknownCertificate:
        return tr("The call was not placed: the server's certificate is not known on this workstation.");
    case CallEnd::OtherCall:
        return tr("The call ended: you joined another call.");
    }
    return {};
}

QString CallText::refused(protocol::MessageType request, const QString &codeName)
{
    const auto code = protocol::errorCodeFromName(codeName);
    using protocol::ErrorCode;
    using protocol::MessageType;
    if (request == MessageType::CallHold && code == ErrorCode::NotFound)
        return tr("This call cannot be put on hold from here: it is no longer yours.");
    if (request == MessageType::CallMute && code == ErrorCode::NotFound)
        return tr("You are no longer on this call.");
    if (request == MessageType::SupervisionMode && code == ErrorCode::Forbidden)
        return tr("You can no longer take part in this call. Join it again to listen.");
    if (request == MessageType::SupervisionMode && code == ErrorCode::InvalidState)
        return tr("Your line is not connected yet. Try again in a moment.");
    return ErrorText::forCodeName(codeName);
}

QString CallText::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const auto two = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    if (seconds < 3600)
        return two(seconds / 60) + QLatin1Char(':') + two(seconds % 60);
    return two(seconds / 3600) + QLatin1Char(':') + two(seconds / 60 % 60) + QLatin1Char(':')
        + two(seconds % 60);
}

} // namespace ecoute::models
