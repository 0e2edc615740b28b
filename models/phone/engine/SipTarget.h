// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ecoute::models::engine {

/// Where the softphone dials, read from `sip:<token>@<host>:<port>;transport=tls` (what
/// CallSession::sipUri makes; an IPv6 host in brackets). The user part is a one-time secret:
/// wipe() it once the INVITE is sent, and never log any of this.
struct SipTarget
{
    QByteArray user;
    QByteArray host; ///< without brackets
    quint16 port = 0;

    /// std::nullopt for anything else: another scheme or transport, no user, no port, a
    /// password or header part, characters a SIP user or host cannot hold.
    static std::optional<SipTarget> parse(QByteArrayView uri);
    /// The same URI with another host (an address the name resolved to), as libre dials it.
    QByteArray uriWithHost(const QByteArray &address) const;
    /// Overwrites the user part, then empties everything.
    void wipe();
};

} // namespace ecoute::models::engine
