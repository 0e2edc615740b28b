// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ecoute::server {

/// Per-connection time and memory bounds. The defaults are the production
/// values; tests shorten them with hidden command-line options.
struct ConnectionLimits
{
    /// hello plus auth.login/auth.resume (staff) or seeker.start (seeker) must
    /// be done within this time, or the connection is closed with 1008.
    int handshakeTimeoutMs = 15 * 1000;
    /// A connection that sends no frame at all (ping included) for this long
    /// is closed with 1001 (going away).
    int idleTimeoutMs = 5 * 60 * 1000;
    /// Bytes the server may have queued for a peer that does not read; above
    /// this the connection is closed with 1008 ("send queue full").
    qint64 maxSendQueueBytes = qint64 {4} * 1024 * 1024;
    /// A peer that does not finish the closing handshake is dropped after this.
    int closeGraceMs = 10 * 1000;
};

} // namespace ecoute::server
