// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/SipCall.h"

#include "models/phone/engine/AudioIo.h"
#include "models/phone/engine/PinnedTls.h"

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ecoute::models::engine {

using telephony::LibreRef;
using telephony::MediaLeg;
using telephony::SdpNegotiation;
namespace Sdes = telephony::Sdes;

namespace {

constexpr telephony::PortRange kRtpPorts {16384, 32767};
/// No answer at all by then: the bridge is not there (it answers staff legs at once).
constexpr std::uint64_t kConnectTimeoutMs = 10000;
/// No audio from the bridge for this long: it is gone (it sends 50 frames a second).
constexpr std::uint64_t kMediaTimeoutMs = 20000;
constexpr int kLevelFrames = 5; ///< levels every 100 ms
/// A CRLF ping every 24-30 s; libre closes the connection if no pong comes within 10 s.
constexpr std::uint32_t kKeepaliveSeconds = 30;
constexpr std::uint32_t kHashSize = 16;
constexpr const char *kFrom = "sip:workstation@ecoute.invalid";
constexpr const char *kContactUser = "workstation";
constexpr const char *kContentType = "application/sdp";
constexpr const char *kAllow = "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n";

/// The address `host` names: a literal, or the resolver's first answer (blocking, on libre's
/// thread, before anything is sent; the call has not started yet).
bool resolve(const QByteArray &host, quint16 port, sa *out)
{
    if (sa_set_str(out, host.constData(), port) == 0)
        return true;
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.constData(), nullptr, &hints, &found) != 0 || !found)
        return false;
    const int error = sa_set_sa(out, found->ai_addr);
    freeaddrinfo(found);
    if (error)
        return false;
    sa_set_port(out, port);
    return true;
}

/// The local address that packets to `server` leave from, which the SDP offer names: the
/// kernel's choice for a UDP socket connected there (connecting a UDP socket sends nothing).
bool sourceAddress(const sa &server, sa *out)
{
    const int fd = ::socket(sa_af(&server), SOCK_DGRAM, 0);
    if (fd < 0)
        return false;
    sa_init(out, sa_af(&server));
    socklen_t length = sizeof out->u;
    const bool ok =
        ::connect(fd, &server.u.sa, server.len) == 0 && ::getsockname(fd, &out->u.sa, &length) == 0;
    ::close(fd);
    out->len = length;
    sa_set_port(out, 0);
    return ok;
}

} // namespace

SipCall::SipCall(Events events, AudioIo &audio, const std::atomic<bool> &muted)
    : m_events(std::move(events)), m_audio(audio), m_muted(muted), m_clock([this] { tick(); })
{
    tmr_init(&m_connectTimer);
    tmr_init(&m_releaseTimer);
}

SipCall::~SipCall()
{
    hangUp();
    // A BYE on its way keeps the stack alive through libre's own references; ours go now.
    m_sessions.reset();
    m_sip.reset();
    m_tls.reset();
    Sdes::wipe(m_ourKey);
}

void SipCall::start(SipTarget &target, const QByteArray &pinnedDer)
{
    sa server {};
    sa local {};
    if (!resolve(target.host, target.port, &server) || !sourceAddress(server, &local)) {
        target.wipe();
        finish(EndReason::BridgeUnreachable);
        return;
    }
    if (!setUpStack(server, pinnedDer) || !setUpMedia(local)) {
        target.wipe();
        finish(EndReason::Failed);
        return;
    }
    char address[64] = {};
    sa_ntop(&server, address, sizeof address);
    QByteArray uri = target.uriWithHost(QByteArray(address));
    target.wipe();
    LibreRef<mbuf> offer = m_sdp->offer(&m_ourKey);
    const int error = !offer
        ? ENOMEM
        : sipsess_connect(m_session.out(), m_sessions.get(), uri.constData(), nullptr, kFrom, kContactUser,
                          nullptr, 0, kContentType, offer.get(), nullptr, nullptr, false, onOffer, onAnswer,
                          onProgress, onEstablished, nullptr, nullptr, onClose, this, kAllow);
    uri.fill('\0'); // the token; libre keeps its own copy in the dialog
    uri.clear();
    if (error) {
        finish(!offer ? EndReason::Failed : EndReason::BridgeUnreachable);
        return;
    }
    tmr_start(&m_connectTimer, kConnectTimeoutMs, onConnectTimeout, this);
}

bool SipCall::setUpStack(const sa &server, const QByteArray &pinnedDer)
{
    int error = 0;
    m_tls = PinnedTls::create(pinnedDer, &error);
    if (!m_tls
        || sip_alloc(m_sip.out(), nullptr, kHashSize, kHashSize, kHashSize, "ecoute", nullptr, nullptr))
        return false;
    // libre's TLS transport is also a listener; on loopback nobody else can reach it, and
    // the bridge sends its requests back over our own connection.
    sa loopback {};
    sa_set_str(&loopback, sa_af(&server) == AF_INET6 ? "::1" : "127.0.0.1", 0);
    return sip_transp_add(m_sip.get(), SIP_TRANSP_TLS, &loopback, m_tls.get()) == 0
        && sipsess_listen(m_sessions.out(), m_sip.get(), int(kHashSize), onIncoming, this) == 0;
}

bool SipCall::setUpMedia(const sa &local)
{
    int error = 0;
    m_media = MediaLeg::open(local, kRtpPorts, MediaLeg::Trust::Authenticated, &error);
    if (m_media)
        m_sdp = SdpNegotiation::create(m_media->localAddress(), SdpNegotiation::Profile::Secure, &error);
    m_ourKey = Sdes::randomKeySalt();
    return m_media && m_sdp;
}

void SipCall::hangUp()
{
    m_events = {}; // nothing about this call is reported any more
    m_finished = true;
    tmr_cancel(&m_connectTimer);
    tmr_cancel(&m_releaseTimer);
    m_clock.stop();
    release();
}

void SipCall::release()
{
    if (m_media)
        m_media->setActive(false);
    m_keepalive.reset();
    m_session.reset(); // CANCEL before an answer, BYE after it
    m_media.reset();
    m_sdp.reset();
}

void SipCall::finish(EndReason reason)
{
    if (m_finished)
        return;
    m_finished = true;
    tmr_cancel(&m_connectTimer);
    m_clock.stop();
    if (m_media)
        m_media->setActive(false);
    // Possibly inside one of libre's callbacks for the session: let it go once that returns.
    tmr_start(&m_releaseTimer, 0, onRelease, this);
    if (m_events.ended)
        m_events.ended(reason);
}

void SipCall::tick()
{
    AudioFrame sent {};
    if (!m_audio.takeCaptured(sent) || m_muted.load(std::memory_order_relaxed))
        sent.fill(0);
    m_sent.add(sent);
    m_media->sendFrame(sent);
    AudioFrame heard {};
    m_media->pullFrame(heard);
    m_played.add(heard);
    m_audio.play(heard);
    if (m_sent.frames() >= kLevelFrames && m_events.levels)
        m_events.levels(m_sent.takeDb(), m_played.takeDb());
    if (m_media->peerSends() && tmr_jiffies() - m_media->lastHeardMs() > kMediaTimeoutMs)
        finish(EndReason::Failed); // the bridge went silent without a BYE (it died, or the network)
}

int SipCall::onAnswer(const sip_msg *message, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    const std::optional<telephony::NegotiatedMedia> media = self->m_sdp->takeAnswer(message->mb);
    if (!media || !self->m_media->configure(*media, &self->m_ourKey)) {
        self->m_failure = EndReason::Failed; // no SRTP key, no shared codec: never plain RTP
        return EPROTO; // libre acknowledges, then hangs up
    }
    return 0;
}

int SipCall::onOffer(mbuf **answer, const sip_msg *message, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    const std::optional<telephony::NegotiatedMedia> media =
        self->m_sdp->takeOffer(message->mb, &self->m_ourKey);
    if (!media || !self->m_media->configure(*media, &self->m_ourKey))
        return EPROTO; // libre refuses the re-INVITE with 488
    LibreRef<mbuf> body = self->m_sdp->answer();
    if (!body)
        return ENOMEM;
    *answer = body.release();
    return 0;
}

void SipCall::onProgress(const sip_msg *message, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    tmr_cancel(&self->m_connectTimer); // the bridge is there
    if ((message->scode == 180 || message->scode == 183) && !self->m_rang) {
        self->m_rang = true;
        if (self->m_events.ringing)
            self->m_events.ringing();
    }
}

void SipCall::onEstablished(const sip_msg *message, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    tmr_cancel(&self->m_connectTimer);
    self->m_established = true;
    self->m_media->setActive(true);
    self->m_clock.start();
    // Without keep-alives the call still works; only a broken connection is noticed later.
    sip_keepalive_start(self->m_keepalive.out(), self->m_sip.get(), message, kKeepaliveSeconds,
                        onConnectionLost, self);
    if (self->m_events.established)
        self->m_events.established();
}

void SipCall::onClose(int error, const sip_msg *message, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    EndReason reason = EndReason::Failed;
    if (self->m_failure)
        reason = *self->m_failure;
    else if (!self->m_established)
        // A final refusal (a used or expired token), or no connection at all (refused, TLS
        // handshake failed, the certificate is not the pinned one).
        reason = message && message->scode >= 300 ? EndReason::Refused : EndReason::BridgeUnreachable;
    else if (!message && error == ECONNRESET)
        reason = EndReason::RemoteHangUp; // libre's report of a BYE
    self->finish(reason);
}

void SipCall::onIncoming(const sip_msg *message, void *arg)
{
    // The workstation never accepts calls.
    auto *self = static_cast<SipCall *>(arg);
    sip_treply(nullptr, self->m_sip.get(), message, 603, "Decline");
}

void SipCall::onConnectTimeout(void *arg)
{
    static_cast<SipCall *>(arg)->finish(EndReason::BridgeUnreachable);
}

void SipCall::onConnectionLost(int, void *arg)
{
    // The TLS connection to the bridge closed or stopped answering pings: no BYE can come.
    static_cast<SipCall *>(arg)->finish(EndReason::BridgeUnreachable);
}

void SipCall::onRelease(void *arg)
{
    static_cast<SipCall *>(arg)->release();
}

} // namespace ecoute::models::engine
