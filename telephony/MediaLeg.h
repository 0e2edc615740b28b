// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/AudioFrame.h"
#include "telephony/LibreRef.h"
#include "telephony/PlayoutDepth.h"
#include "telephony/SdpNegotiation.h"
#include "telephony/SrtpTransform.h"
#include "telephony/TelephoneEvent.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace ecoute::telephony {

struct PortRange
{
    std::uint16_t low = 20000;
    std::uint16_t high = 20999;
};

/// The audio of one leg: its RTP socket (RTCP is read and ignored), a jitter buffer for what the
/// peer sends, G.711 both ways and, on staff legs, SRTP. The mixer pulls one 20 ms frame of what
/// the leg said and pushes one frame of what it should hear, 50 times a second.
class MediaLeg
{
public:
    enum class Trust {
        /// A trunk leg: RTP is accepted only from the address the SDP named.
        SdpAddress,
        /// A staff leg: every packet is authenticated by SRTP, so the leg may follow the peer to
        /// wherever its packets come from (a workstation behind NAT).
        Authenticated
    };

    /// A socket on `ip` within `ports`; null (and `*error` set) when none is free.
    static std::unique_ptr<MediaLeg> open(const sa &ip, PortRange ports, Trust trust, int *error);
    ~MediaLeg();
    MediaLeg(const MediaLeg &) = delete;
    MediaLeg &operator=(const MediaLeg &) = delete;

    /// The RTP address and port, as the SDP answer names it.
    const sa &localAddress() const;

    /// Applies what offer and answer agreed (again after a re-INVITE). A secure leg also needs
    /// `ourKey` (the key of our answer). False if SRTP cannot be set up.
    bool configure(const NegotiatedMedia &media, const Sdes::KeySalt *ourKey);

    /// The mixer hears and feeds only active legs (answered, not yet hung up).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// The next 20 ms of what the peer said; silence where nothing arrived in time.
    void pullFrame(AudioFrame &out);
    /// Sends 20 ms to the peer (nothing while it has no address).
    void sendFrame(const AudioFrame &frame);

    /// RFC 4733 key presses the peer sends as telephone-event (the payload type the negotiation
    /// agreed): `key` is '0'-'9', '*', '#', 'A'-'D', reported once per press, at the first packet
    /// of it that arrives. Called from the packet's receive handler; it must not destroy the leg.
    void setKeyHandler(std::function<void(char key)> handler) { m_onKey = std::move(handler); }

    /// When the last accepted packet arrived (or the leg became active), in libre's milliseconds.
    std::uint64_t lastHeardMs() const { return m_lastHeardMs; }
    /// Whether the peer said it sends audio (not while it holds the call with recvonly/inactive):
    /// only then does its silence mean it is gone.
    bool peerSends() const { return m_peerSends; }

private:
    MediaLeg() = default;
    static void onRtp(const sa *source, const rtp_header *header, mbuf *payload, void *arg);
    static bool dropPacket(sa *source, mbuf *packet, void *arg);
    void receive(const sa &source, const rtp_header &header, mbuf *payload);
    void receiveKey(std::uint32_t timestamp, const mbuf *payload);
    /// Decodes the next packet of the jitter buffer into `out`; its sample count, -1 if none.
    int takePacket(std::int16_t *out);
    void append(const std::int16_t *samples, int count);
    void dropOneFrame();
    void flushJitter();

    static constexpr int kFifoSamples = 6 * kFrameSamples;
    /// 60 ms of G.711 is the longest packet a peer may send.
    static constexpr int kMaxPayload = 480;

    LibreRef<struct rtp_sock> m_rtp;
    LibreRef<struct jbuf> m_jitter;
    LibreRef<udp_helper> m_rtcpSink;
    std::unique_ptr<SrtpTransform> m_srtp;
    Sdes::KeySalt m_peerKey {}; ///< the key the peer's SRTP uses now
    Trust m_trust = Trust::SdpAddress;
    sa m_remote {};
    std::uint8_t m_payloadType = 8;
    std::uint32_t m_timestamp = 0;
    bool m_marker = true;
    bool m_active = false;
    bool m_peerSends = true;
    std::uint64_t m_lastHeardMs = 0;
    bool m_haveSource = false;
    std::uint32_t m_source = 0; ///< SSRC of what is in the jitter buffer
    int m_lateInARow = 0;
    int m_queued = 0; ///< packets in the jitter buffer (libre 1.1 does not tell)
    PlayoutDepth m_depth;
    std::optional<std::uint8_t> m_eventPayloadType;
    TelephoneEvent m_keys;
    std::function<void(char)> m_onKey;
    std::array<std::int16_t, kFifoSamples> m_fifo {};
    int m_fifoLength = 0;
};

} // namespace ecoute::telephony
