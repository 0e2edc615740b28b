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
    /// The payload type of telephone-event/8000 (RFC 4733 keys) when both sides have it.
    std::optional<std::uint8_t> eventPayloadType;
    std::optional<Sdes::Crypto> peerCrypto; ///< secure legs: the key the peer sends with
};

/// The SDP offer/answer of one leg, on libre's SDP code: one audio stream, PCMA and PCMU at
/// 8 kHz plus telephone-event/8000, 20 ms packets. A plain leg (the trunk) speaks RTP/AVP; a
/// secure leg (staff) only RTP/SAVP with an SDES key (a=crypto), and answers with our own key.
/// The bridge answers offers (takeOffer, answer); the workstation's softphone places the call,
/// so it makes the offer and reads the answer (offer, takeAnswer).
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

    /// Our offer (an INVITE's body). A secure leg needs `ourKey`, offered as a=crypto with tag 1;
    /// null on failure.
    LibreRef<mbuf> offer(const Sdes::KeySalt *ourKey);
    /// Reads the answer to our offer. Nullopt when it holds no audio we can take: another profile
    /// (libre then sees no port), no shared codec or, on a secure leg, no usable key answering
    /// our tag (the caller of this ends the call: no plain RTP fallback).
    std::optional<NegotiatedMedia> takeAnswer(mbuf *answer);

private:
    SdpNegotiation() = default;
    /// What the description just decoded says about the audio stream (not its key).
    std::optional<NegotiatedMedia> remoteMedia() const;
    /// The first usable a=crypto of the description just decoded, into m_offeredCrypto.
    void readCrypto();
    static bool onCryptoAttribute(const char *name, const char *value, void *arg);

    LibreRef<sdp_session> m_session;
    sdp_media *m_audio = nullptr; ///< owned by m_session
    Profile m_profile = Profile::Plain;
    std::optional<Sdes::Crypto> m_offeredCrypto; ///< while takeOffer or takeAnswer runs
};

} // namespace ecoute::telephony
