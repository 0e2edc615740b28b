// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QString type; ///< message type, e.g. "chat.send" (see MessageCatalog)
    QString id; ///< sender-chosen id, unique per connection and sender
    QString re; ///< id of the frame this one answers, empty for pushes
    QJsonObject body;

    /// A string field of the body, empty when absent (the codec has checked its type already).
    QString text(const char *key) const { return body.value(QLatin1String(key)).toString(); }

    static Envelope make(QString type, QJsonObject body = {}, QString re = {})
    {
        Envelope e;
        e.type = std::move(type);
        e.body = std::move(body);
        e.re = std::move(re);
        return e;
    }
};

} // namespace ecoute::protocol
