// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/Softphone.h"
#include "models/phone/engine/AudioLevel.h"
#include "models/phone/engine/FrameClock.h"
#include "models/phone/engine/SipTarget.h"
#include "telephony/LibreRef.h"
#include "telephony/MediaLeg.h"
#include "telephony/SdpNegotiation.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ecoute::models::engine {

class AudioIo;

/// One call from the workstation to the bridge, on libre's thread: its own SIP stack (a TLS
/// client pinned to the server's certificate, no registration, a listener on loopback only
/// because libre needs one), one session placed with sipsess_connect and an SDES-SRTP offer,
/// the media leg and the 20 ms clock that moves audio between the leg and the devices. Once
/// answered, CRLF keep-alives (RFC 5626) hold the TLS connection open through a long call (libre
/// drops a connection idle for 15 minutes) and tell at once when it breaks.
/// Events are reported on libre's thread; ended() exactly once unless hangUp() came first.
class SipCall
{
public:
    using EndReason = Softphone::EndReason;

    struct Events
    {
        std::function<void()> ringing;
        std::function<void()> established;
        std::function<void(EndReason)> ended;
        std::function<void(float inputDb, float outputDb)> levels;
    };

    SipCall(Events events, AudioIo &audio, const std::atomic<bool> &muted);
    /// Hangs up quietly if need be.
    ~SipCall();
    SipCall(const SipCall &) = delete;
    SipCall &operator=(const SipCall &) = delete;

    /// Places the call; the target's user part (the token) is wiped once the INVITE is sent.
    /// Failures come as ended() (BridgeUnreachable if the host cannot be resolved or reached).
    void start(SipTarget &target, const QByteArray &pinnedDer);
    /// CANCEL or BYE, and no event any more.
    void hangUp();

private:
    bool setUpStack(const sa &server, const QByteArray &pinnedDer);
    bool setUpMedia(const sa &local);
    void tick();
    void finish(EndReason reason);
    void release();

    static int onOffer(mbuf **answer, const sip_msg *message, void *arg);
    static int onAnswer(const sip_msg *message, void *arg);
    static void onProgress(const sip_msg *message, void *arg);
    static void onEstablished(const sip_msg *message, void *arg);
    static void onClose(int error, const sip_msg *message, void *arg);
    static void onIncoming(const sip_msg *message, void *arg);
    static void onConnectTimeout(void *arg);
    static void onConnectionLost(int error, void *arg);
    static void onRelease(void *arg);

    Events m_events;
    AudioIo &m_audio;
    const std::atomic<bool> &m_muted;
    telephony::LibreRef<tls> m_tls;
    telephony::LibreRef<sip> m_sip;
    telephony::LibreRef<sipsess_sock> m_sessions;
    telephony::LibreRef<sipsess> m_session;
    telephony::LibreRef<sip_keepalive> m_keepalive;
    std::unique_ptr<telephony::MediaLeg> m_media;
    std::unique_ptr<telephony::SdpNegotiation> m_sdp;
    telephony::Sdes::KeySalt m_ourKey {};
    FrameClock m_clock;
    LevelMeter m_sent;
    LevelMeter m_played;
    tmr m_connectTimer {};
    tmr m_releaseTimer {};
    std::optional<EndReason> m_failure; ///< decided before libre closes the session
    bool m_rang = false;
    bool m_established = false;
    bool m_finished = false;
};

} // namespace ecoute::models::engine
