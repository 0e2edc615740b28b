// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/LibreRef.h"
#include "telephony/SdesCrypto.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace ecoute::telephony {

/// What an offer and our answer agreed on for one leg's audio.
struct NegotiatedMedia
{
    sa remote {}; ///< where to send RTP; no port (or address 0.0.0.0: held) means nowhere
    std::uint8_t payloadType = 8; ///< 8 (PCMA) or 0 (PCMU), the offer's first that we share
    bool peerSends = true; ///< false while the peer holds the call with a=recvonly or a=inactive
    std::optional<Sdes::Crypto> peerCrypto; ///< secure legs: the key the peer sends with
};

/// The SDP offer/answer of one leg, on libre's SDP code: one audio stream, PCMA and PCMU at
/// 8 kHz plus telephone-event/8000, 20 ms packets. A plain leg (the trunk) speaks RTP/AVP; a
/// secure leg (staff) only RTP/SAVP with an SDES key (a=crypto), and answers with our own key.
class SdpNegotiation
{
public:
    enum class Profile { Plain, Secure };

    /// `localRtp` is the leg's RTP address and port, as the answer advertises it.
    static std::unique_ptr<SdpNegotiation> create(const sa &localRtp, Profile profile, int *error);
    ~SdpNegotiation();

    /// Reads an offer (the INVITE's or a re-INVITE's body). Nullopt when it holds no audio we can
    /// take: another profile, no shared codec, no usable key on a secure leg (the caller of this
    /// refuses with 488). `ourKey` is what the answer advertises on a secure leg.
    std::optional<NegotiatedMedia> takeOffer(mbuf *offer, const Sdes::KeySalt *ourKey);
    /// The answer to the offer last taken; null on failure.
    LibreRef<mbuf> answer();

private:
    SdpNegotiation() = default;
    static bool onCryptoAttribute(const char *name, const char *value, void *arg);

    LibreRef<sdp_session> m_session;
    sdp_media *m_audio = nullptr; ///< owned by m_session
    Profile m_profile = Profile::Plain;
    std::optional<Sdes::Crypto> m_offeredCrypto; ///< while takeOffer runs
};

} // namespace ecoute::telephony
