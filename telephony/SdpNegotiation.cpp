// SPDX-License-Identifier: GPL-3.0-or-later
#include "telephony/SdpNegotiation.h"

#include <algorithm>
#include <string>
#include <utility>

namespace ecoute::telephony {

namespace {

constexpr int kPcmu = 0;
constexpr int kPcma = 8;
/// The tag of the one a=crypto line we offer; the answer must repeat it (RFC 4568).
constexpr std::uint32_t kOfferedTag = 1;

/// The offer's first format we share that is G.711 (static payload types need no rtpmap line).
std::optional<std::uint8_t> chosenPayloadType(const sdp_media *audio)
{
    for (le *element = list_head(sdp_media_format_lst(audio, false)); element; element = element->next) {
        const auto *format = static_cast<const sdp_format *>(element->data);
        if (format->sup && (format->pt == kPcma || format->pt == kPcmu))
            return std::uint8_t(format->pt);
    }
    return std::nullopt;
}

/// The payload type the description gives telephone-event/8000, when we share it.
std::optional<std::uint8_t> eventPayloadType(const sdp_media *audio)
{
    for (le *element = list_head(sdp_media_format_lst(audio, false)); element; element = element->next) {
        const auto *format = static_cast<const sdp_format *>(element->data);
        if (format->sup && format->srate == 8000 && format->name
            && str_casecmp(format->name, "telephone-event") == 0 && format->pt >= 0 && format->pt <= 127)
            return std::uint8_t(format->pt);
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<SdpNegotiation> SdpNegotiation::create(const sa &localRtp, Profile profile, int *error)
{
    std::unique_ptr<SdpNegotiation> negotiation(new SdpNegotiation);
    negotiation->m_profile = profile;
    *error = sdp_session_alloc(negotiation->m_session.out(), &localRtp);
    if (!*error) {
        const char *proto = profile == Profile::Secure ? sdp_proto_rtpsavp : sdp_proto_rtpavp;
        *error = sdp_media_add(&negotiation->m_audio, negotiation->m_session.get(), sdp_media_audio,
                               sa_port(&localRtp), proto);
    }
    if (!*error) {
        sdp_media *audio = negotiation->m_audio;
        *error = sdp_format_add(nullptr, audio, false, "8", "PCMA", 8000, 1, nullptr, nullptr, nullptr, false,
                                nullptr);
        *error |= sdp_format_add(nullptr, audio, false, "0", "PCMU", 8000, 1, nullptr, nullptr, nullptr,
                                 false, nullptr);
        *error |= sdp_format_add(nullptr, audio, false, "101", "telephone-event", 8000, 1, nullptr, nullptr,
                                 nullptr, false, "0-15");
        *error |= sdp_media_set_lattr(audio, true, sdp_attr_ptime, "%d", 20);
    }
    if (*error)
        return nullptr;
    return negotiation;
}

SdpNegotiation::~SdpNegotiation() = default;

std::optional<NegotiatedMedia> SdpNegotiation::remoteMedia() const
{
    // No port: the first stream is not audio in our profile (libre answers it with port 0).
    if (!sdp_media_rport(m_audio))
        return std::nullopt;
    const std::optional<std::uint8_t> payloadType = chosenPayloadType(m_audio);
    if (!payloadType)
        return std::nullopt;
    NegotiatedMedia media;
    media.remote = *sdp_media_raddr(m_audio);
    media.payloadType = *payloadType;
    media.eventPayloadType = eventPayloadType(m_audio);
    const sdp_dir direction = sdp_media_rdir(m_audio);
    media.peerSends = direction == SDP_SENDRECV || direction == SDP_SENDONLY;
    return media;
}

void SdpNegotiation::readCrypto()
{
    m_offeredCrypto.reset();
    sdp_media_rattr_apply(m_audio, "crypto", onCryptoAttribute, this);
}

std::optional<NegotiatedMedia> SdpNegotiation::takeOffer(mbuf *offer, const Sdes::KeySalt *ourKey)
{
    if (!offer || !mbuf_get_left(offer) || sdp_decode(m_session.get(), offer, true) != 0)
        return std::nullopt;
    std::optional<NegotiatedMedia> media = remoteMedia();
    if (!media)
        return std::nullopt;
    if (m_profile == Profile::Secure) {
        readCrypto();
        if (!m_offeredCrypto || !ourKey)
            return std::nullopt;
        Sdes::Crypto answer {m_offeredCrypto->tag, *ourKey};
        std::string value = Sdes::format(answer);
        Sdes::wipe(answer.keySalt);
        const int error = sdp_media_set_lattr(m_audio, true, "crypto", "%s", value.c_str());
        std::fill(value.begin(), value.end(), '\0');
        if (error)
            return std::nullopt;
        media->peerCrypto = std::exchange(m_offeredCrypto, std::nullopt);
    }
    return media;
}

LibreRef<mbuf> SdpNegotiation::offer(const Sdes::KeySalt *ourKey)
{
    LibreRef<mbuf> body;
    if (m_profile == Profile::Secure) {
        if (!ourKey)
            return body;
        Sdes::Crypto ours {kOfferedTag, *ourKey};
        std::string value = Sdes::format(ours);
        Sdes::wipe(ours.keySalt);
        const int error = sdp_media_set_lattr(m_audio, true, "crypto", "%s", value.c_str());
        std::fill(value.begin(), value.end(), '\0');
        if (error)
            return body;
    }
    if (sdp_encode(body.out(), m_session.get(), true) != 0)
        body.reset();
    return body;
}

std::optional<NegotiatedMedia> SdpNegotiation::takeAnswer(mbuf *answer)
{
    if (!answer || !mbuf_get_left(answer) || sdp_decode(m_session.get(), answer, false) != 0)
        return std::nullopt;
    std::optional<NegotiatedMedia> media = remoteMedia();
    if (!media)
        return std::nullopt;
    if (m_profile == Profile::Secure) {
        readCrypto();
        if (!m_offeredCrypto || m_offeredCrypto->tag != kOfferedTag)
            return std::nullopt;
        media->peerCrypto = std::exchange(m_offeredCrypto, std::nullopt);
    }
    return media;
}

bool SdpNegotiation::onCryptoAttribute(const char *, const char *value, void *arg)
{
    auto *self = static_cast<SdpNegotiation *>(arg);
    if (!value)
        return false;
    self->m_offeredCrypto = Sdes::parse(value);
    return self->m_offeredCrypto.has_value(); // the first usable line wins
}

LibreRef<mbuf> SdpNegotiation::answer()
{
    LibreRef<mbuf> body;
    if (sdp_encode(body.out(), m_session.get(), false) != 0)
        body.reset();
    return body;
}

} // namespace ecoute::telephony
