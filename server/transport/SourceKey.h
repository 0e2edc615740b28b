// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QHostAddress>

namespace ecoute::server {

/// Where a connection comes from, as the abuse limits see it: a keyed hash of
/// its address (IPv6 by /64, as one host usually owns a whole /64). The key is
/// random, made at start and kept only in memory, so a key never names an
/// address and cannot be reversed from a memory dump of the limits alone.
/// Keys are never logged or stored.
class SourceKey
{
public:
    SourceKey() = default;
    static SourceKey of(const QHostAddress &address);

    bool isNull() const { return m_hash.isEmpty(); }
    /// Loopback and the server's own host (tests, a reverse proxy on the same machine).
    bool isLoopback() const { return m_loopback; }
    friend bool operator==(const SourceKey &a, const SourceKey &b) { return a.m_hash == b.m_hash; }
    friend size_t qHash(const SourceKey &key, size_t seed = 0) { return qHash(key.m_hash, seed); }

private:
    QByteArray m_hash;
    bool m_loopback = false;
};

} // namespace ecoute::server
