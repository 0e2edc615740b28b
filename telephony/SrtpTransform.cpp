// SPDX-License-Identifier: GPL-3.0-or-later
#include "telephony/SrtpTransform.h"

namespace ecoute::telephony {

namespace {

constexpr int kHelperLayer = 10;

/// RTP and RTCP share the first byte's range 128-191 (version 2); anything else is not media.
bool looksLikeRtp(const mbuf *packet)
{
    if (mbuf_get_left(packet) < RTP_HEADER_SIZE)
        return false;
    const std::uint8_t first = mbuf_buf(packet)[0];
    const std::uint8_t type = mbuf_buf(packet)[1] & 0x7f;
    return first >= 128 && first < 192 && !(type >= 64 && type <= 95); // not RTCP (no mux)
}

LibreRef<srtp> context(const Sdes::KeySalt &keySalt, int *error)
{
    LibreRef<srtp> result;
    *error = srtp_alloc(result.out(), SRTP_AES_CM_128_HMAC_SHA1_80, keySalt.data(), keySalt.size(), 0);
    if (*error)
        result.reset();
    return result;
}

} // namespace

std::unique_ptr<SrtpTransform> SrtpTransform::attach(udp_sock *socket, const Sdes::KeySalt &ours,
                                                     const Sdes::KeySalt &theirs, int *error)
{
    std::unique_ptr<SrtpTransform> transform(new SrtpTransform);
    transform->m_encrypt = context(ours, error);
    if (*error)
        return nullptr;
    transform->m_decrypt = context(theirs, error);
    if (*error)
        return nullptr;
    *error = udp_register_helper(transform->m_helper.out(), socket, kHelperLayer, onSend, onReceive,
                                 transform.get());
    if (*error)
        return nullptr;
    return transform;
}

SrtpTransform::~SrtpTransform()
{
    m_helper.reset(); // unhook first: no packet may reach a half-destroyed transform
}

bool SrtpTransform::replacePeerKey(const Sdes::KeySalt &theirs)
{
    int error = 0;
    LibreRef<srtp> fresh = context(theirs, &error);
    if (error)
        return false;
    m_decrypt = std::move(fresh);
    return true;
}

bool SrtpTransform::onSend(int *error, sa *, mbuf *packet, void *arg)
{
    auto *self = static_cast<SrtpTransform *>(arg);
    if (!looksLikeRtp(packet)) {
        *error = EPROTO;
        return true; // never send media in the clear
    }
    *error = srtp_encrypt(self->m_encrypt.get(), packet);
    return *error != 0;
}

bool SrtpTransform::onReceive(sa *, mbuf *packet, void *arg)
{
    auto *self = static_cast<SrtpTransform *>(arg);
    if (!looksLikeRtp(packet))
        return true; // dropped
    return srtp_decrypt(self->m_decrypt.get(), packet) != 0; // true: failed, dropped
}

} // namespace ecoute::telephony
