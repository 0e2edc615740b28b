// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/SourceKey.h"

#include <QtEndian>

#include <sodium.h>

#include <array>
#include <cstring>
#include <mutex>

namespace ecoute::server {

namespace {
const unsigned char *processKey()
{
    static std::array<unsigned char, crypto_generichash_KEYBYTES> key {};
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        randombytes_buf(key.data(), key.size());
    });
    return key.data();
}
} // namespace

SourceKey SourceKey::of(const QHostAddress &address)
{
    // IPv4 in IPv6 (::ffff:a.b.c.d) is the IPv4 host; IPv6 counts by /64.
    std::array<unsigned char, 16> raw {};
    size_t length = 4;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (ok) {
        const quint32 be = qToBigEndian(v4);
        std::memcpy(raw.data(), &be, 4);
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memcpy(raw.data(), v6.c, 8);
        length = 8;
    }
    SourceKey key;
    key.m_hash.resize(16);
    crypto_generichash(reinterpret_cast<unsigned char *>(key.m_hash.data()), 16, raw.data(), length,
                       processKey(), crypto_generichash_KEYBYTES);
    sodium_memzero(raw.data(), raw.size());
    key.m_loopback = address.isLoopback();
    return key;
}

} // namespace ecoute::server
