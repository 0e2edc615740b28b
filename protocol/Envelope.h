// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/MessageTypes.h"

#include <QJsonObject>
#include <QString>

namespace ecoute::protocol {

/// The protocol version this build speaks. Bumped only for incompatible changes;
/// new message types and optional fields do not need a bump.
inline constexpr int kProtocolVersion = 1;

/// One frame on the wire: {"v":1,"type":"chat.send","id":"c-1","re":"s-9","body":{...}}.
struct Envelope
{
    int version = kProtocolVersion;
    QString type; ///< message type's wire name, e.g. "chat.send" (see MessageCatalog)
    /// The same type as an enum, for dispatch: set by the codec once the frame is valid,
    /// and by make(). Unknown only for a name outside protocol/MessageTypes.h.
    MessageType messageType = MessageType::Unknown;
    QString id; ///< sender-chosen id, unique per connection and sender
    QString re; ///< id of the frame this one answers, empty for pushes
    QJsonObject body;

    /// A string field of the body, empty when absent (the codec has checked its type already).
    QString text(const char *key) const { return body.value(QLatin1String(key)).toString(); }

    static Envelope make(MessageType type, QJsonObject body = {}, QString re = {})
    {
        Envelope e;
        e.type = toString(type);
        e.messageType = type;
        e.body = std::move(body);
        e.re = std::move(re);
        return e;
    }

    /// By wire name (tests send unknown names on purpose; those stay Unknown).
    static Envelope make(QString type, QJsonObject body = {}, QString re = {})
    {
        Envelope e;
        e.messageType = messageTypeOf(type);
        e.type = std::move(type);
        e.body = std::move(body);
        e.re = std::move(re);
        return e;
    }
};

} // namespace ecoute::protocol
