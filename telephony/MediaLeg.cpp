// SPDX-License-Identifier: GPL-3.0-or-later
#include "telephony/MediaLeg.h"

#include <algorithm>
#include <cstring>

namespace ecoute::telephony {

namespace {

constexpr std::uint8_t kPcmu = 0;
constexpr std::uint8_t kPcma = 8;
/// Up to 160 ms waits in the jitter buffer; beyond, libre drops the oldest packet.
constexpr std::uint32_t kJitterFrames = 8;
/// After this many packets "too late" in a row the peer has restarted its sequence: start over.
constexpr int kLateBeforeFlush = 8;

} // namespace

std::unique_ptr<MediaLeg> MediaLeg::open(const sa &ip, PortRange ports, Trust trust, int *error)
{
    std::unique_ptr<MediaLeg> leg(new MediaLeg);
    leg->m_trust = trust;
    leg->m_timestamp = rand_u32();
    *error = jbuf_alloc(leg->m_jitter.out(), 0, kJitterFrames);
    if (!*error)
        *error = rtp_listen(leg->m_rtp.out(), IPPROTO_UDP, &ip, ports.low, ports.high, false, onRtp, nullptr,
                            leg.get());
    // RTCP is not used yet; its socket exists (port + 1) and everything arriving there is dropped
    // unread, so nothing from the network is parsed for nothing.
    if (!*error)
        *error =
            udp_register_helper(leg->m_rtcpSink.out(), static_cast<udp_sock *>(rtcp_sock(leg->m_rtp.get())),
                                0, nullptr, dropPacket, nullptr);
    if (*error)
        return nullptr;
    return leg;
}

MediaLeg::~MediaLeg()
{
    m_srtp.reset();
    m_rtcpSink.reset();
    m_rtp.reset();
    Sdes::wipe(m_peerKey);
}

const sa &MediaLeg::localAddress() const
{
    return *rtp_local(m_rtp.get());
}

bool MediaLeg::configure(const NegotiatedMedia &media, const Sdes::KeySalt *ourKey)
{
    m_remote = media.remote;
    m_payloadType = media.payloadType;
    m_eventPayloadType = media.eventPayloadType;
    if (media.peerSends && !m_peerSends)
        m_lastHeardMs = tmr_jiffies(); // back from hold: the silence clock starts now
    m_peerSends = media.peerSends;
    if (m_trust != Trust::Authenticated)
        return true;
    if (!media.peerCrypto || !ourKey)
        return false;
    const Sdes::KeySalt &theirs = media.peerCrypto->keySalt;
    if (m_srtp) {
        // A re-INVITE repeating the same key keeps the context (and its rollover counter).
        if (theirs == m_peerKey)
            return true;
        if (!m_srtp->replacePeerKey(theirs))
            return false;
    } else {
        int error = 0;
        m_srtp =
            SrtpTransform::attach(static_cast<udp_sock *>(rtp_sock(m_rtp.get())), *ourKey, theirs, &error);
        if (!m_srtp)
            return false;
    }
    m_peerKey = theirs;
    return true;
}

void MediaLeg::setActive(bool active)
{
    if (active && !m_active)
        m_lastHeardMs = tmr_jiffies();
    m_active = active;
    if (!active) {
        flushJitter();
        m_fifoLength = 0;
        m_keys.reset();
    }
}

void MediaLeg::flushJitter()
{
    jbuf_flush(m_jitter.get());
    m_queued = 0;
    m_depth.reset();
}

void MediaLeg::onRtp(const sa *source, const rtp_header *header, mbuf *payload, void *arg)
{
    static_cast<MediaLeg *>(arg)->receive(*source, *header, payload);
}

bool MediaLeg::dropPacket(sa *, mbuf *, void *)
{
    return true;
}

void MediaLeg::receive(const sa &source, const rtp_header &header, mbuf *payload)
{
    if (!m_active)
        return;
    if (m_trust == Trust::SdpAddress) {
        if (!sa_isset(&m_remote, SA_ADDR) || !sa_cmp(&source, &m_remote, SA_ADDR))
            return;
    } else {
        if (!m_srtp)
            return; // never take unauthenticated audio on a staff leg
        if (!sa_cmp(&source, &m_remote, SA_ALL))
            m_remote = source; // authenticated by SRTP: follow the peer (NAT)
    }
    if (m_eventPayloadType && header.pt == *m_eventPayloadType) {
        m_lastHeardMs = tmr_jiffies();
        receiveKey(header.ts, payload);
        return;
    }
    const std::size_t length = mbuf_get_left(payload);
    if ((header.pt != kPcma && header.pt != kPcmu) || length == 0 || length > std::size_t(kMaxPayload))
        return; // anything else (comfort noise, other codecs): not audio for the mixer
    if (!m_haveSource || header.ssrc != m_source) {
        flushJitter();
        m_keys.reset();
        m_source = header.ssrc;
        m_haveSource = true;
    }
    int error = jbuf_put(m_jitter.get(), &header, payload);
    if (error == ETIMEDOUT && ++m_lateInARow >= kLateBeforeFlush) {
        flushJitter();
        error = jbuf_put(m_jitter.get(), &header, payload);
    }
    if (error != ETIMEDOUT)
        m_lateInARow = 0;
    if (error == 0) // libre drops its oldest beyond kJitterFrames
        m_queued = std::min(m_queued + 1, int(kJitterFrames));
    m_lastHeardMs = tmr_jiffies();
}

void MediaLeg::receiveKey(std::uint32_t timestamp, const mbuf *payload)
{
    const std::optional<char> key = m_keys.take(timestamp, mbuf_buf(payload), mbuf_get_left(payload));
    if (key && m_onKey)
        m_onKey(*key);
}

int MediaLeg::takePacket(std::int16_t *out)
{
    rtp_header header {};
    void *packet = nullptr;
    if (jbuf_get(m_jitter.get(), &header, &packet) != 0) {
        m_queued = 0;
        return -1;
    }
    m_queued = std::max(m_queued - 1, 0);
    const auto *payload = static_cast<const mbuf *>(packet);
    const std::uint8_t *bytes = mbuf_buf(payload);
    const int count = int(std::min(mbuf_get_left(payload), std::size_t(kMaxPayload)));
    for (int i = 0; i < count; ++i)
        out[i] = header.pt == kPcmu ? g711_ulaw2pcm(bytes[i]) : g711_alaw2pcm(bytes[i]);
    mem_deref(packet);
    return count;
}

void MediaLeg::append(const std::int16_t *samples, int count)
{
    const int overflow = m_fifoLength + count - kFifoSamples;
    if (overflow > 0) {
        // Older audio goes first: the leg stays at most 120 ms behind.
        std::memmove(m_fifo.data(), m_fifo.data() + overflow,
                     sizeof(std::int16_t) * size_t(m_fifoLength - overflow));
        m_fifoLength -= overflow;
    }
    std::copy_n(samples, count, m_fifo.data() + m_fifoLength);
    m_fifoLength += count;
}

void MediaLeg::dropOneFrame()
{
    // Of the next two packets the quieter goes (a gap in speech is heard least); the other is
    // played next, after what the FIFO already holds.
    std::array<std::int16_t, kMaxPayload> first {};
    std::array<std::int16_t, kMaxPayload> second {};
    const int firstCount = takePacket(first.data());
    if (firstCount < 0) {
        // All of it is in the FIFO (long packets): its oldest 20 ms go.
        const int dropped = std::min(m_fifoLength, kFrameSamples);
        std::memmove(m_fifo.data(), m_fifo.data() + dropped,
                     sizeof(std::int16_t) * size_t(m_fifoLength - dropped));
        m_fifoLength -= dropped;
        return;
    }
    const int secondCount = takePacket(second.data());
    if (secondCount < 0)
        return; // the one packet there was goes
    if (PlayoutDepth::meanSquare(first.data(), firstCount)
        <= PlayoutDepth::meanSquare(second.data(), secondCount))
        append(second.data(), secondCount);
    else
        append(first.data(), firstCount);
}

void MediaLeg::pullFrame(AudioFrame &out)
{
    while (m_active && m_fifoLength < kFrameSamples) {
        std::array<std::int16_t, kMaxPayload> packet;
        const int count = takePacket(packet.data());
        if (count < 0)
            break;
        append(packet.data(), count);
    }
    const int available = std::min(m_fifoLength, kFrameSamples);
    std::copy_n(m_fifo.begin(), available, out.begin());
    std::fill(out.begin() + available, out.end(), std::int16_t(0)); // a gap: silence (no PLC yet)
    std::memmove(m_fifo.data(), m_fifo.data() + available,
                 sizeof(std::int16_t) * size_t(m_fifoLength - available));
    m_fifoLength -= available;
    // What is left waiting is delay the listener hears; keep it at a frame or two (PlayoutDepth).
    if (m_active && m_depth.afterPull(m_queued + m_fifoLength / kFrameSamples))
        dropOneFrame();
}

void MediaLeg::sendFrame(const AudioFrame &frame)
{
    if (!m_active)
        return;
    const std::uint32_t timestamp = m_timestamp;
    m_timestamp += kFrameSamples;
    if (!sa_isset(&m_remote, SA_ALL))
        return; // on hold (0.0.0.0) or no address yet
    LibreRef<mbuf> packet(mbuf_alloc(RTP_HEADER_SIZE + kFrameSamples + 32));
    if (!packet)
        return;
    std::uint8_t encoded[kFrameSamples];
    for (int i = 0; i < kFrameSamples; ++i)
        encoded[i] = m_payloadType == kPcmu ? g711_pcm2ulaw(frame[i]) : g711_pcm2alaw(frame[i]);
    packet->pos = packet->end = RTP_HEADER_SIZE;
    if (mbuf_write_mem(packet.get(), encoded, sizeof encoded) != 0)
        return;
    packet->pos = RTP_HEADER_SIZE;
    if (rtp_send(m_rtp.get(), &m_remote, false, m_marker, m_payloadType, timestamp, packet.get()) == 0)
        m_marker = false;
}

} // namespace ecoute::telephony
