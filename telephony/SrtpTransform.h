// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/LibreRef.h"
#include "telephony/SdesCrypto.h"

#include <memory>

namespace ecoute::telephony {

/// SRTP on one RTP socket, as a libre UDP helper: what the socket sends is encrypted with our key,
/// what it receives is authenticated and decrypted with the peer's, and anything that fails is
/// dropped before the RTP code sees it. AES_CM_128_HMAC_SHA1_80 both ways (Sdes::kSuite).
class SrtpTransform
{
public:
    /// Null (and `*error` set) if libre refuses the keys or the socket.
    static std::unique_ptr<SrtpTransform> attach(udp_sock *socket, const Sdes::KeySalt &ours,
                                                 const Sdes::KeySalt &theirs, int *error);
    ~SrtpTransform();
    SrtpTransform(const SrtpTransform &) = delete;
    SrtpTransform &operator=(const SrtpTransform &) = delete;

    /// The peer sent a new key (a re-INVITE): decrypt with it from now on.
    bool replacePeerKey(const Sdes::KeySalt &theirs);

private:
    SrtpTransform() = default;
    static bool onSend(int *error, sa *destination, mbuf *packet, void *arg);
    static bool onReceive(sa *source, mbuf *packet, void *arg);

    LibreRef<srtp> m_encrypt;
    LibreRef<srtp> m_decrypt;
    LibreRef<udp_helper> m_helper;
};

} // namespace ecoute::telephony
