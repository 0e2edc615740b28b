// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/Telephony.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace ecoute::voice {

/// One leg of a call: the SIP session (answered by the bridge, never placed by it) and its audio.
/// The caller's leg comes from the trunk and rings until the server admits it; a staff leg comes
/// over TLS with SRTP and is answered at once, and so does a practice call's caller (the trainer's
/// workstation), which then speaks as the caller. Destroying a leg ends its session: BYE once
/// answered, a final refusal while it still rings.
class CallLeg
{
public:
    /// PracticeCaller: dialled like a staff leg, heard and hearing as the caller.
    enum class Kind { Caller, Staff, PracticeCaller };
    enum class State { New, Ringing, Answered, Established, Closed };

    class Observer
    {
    public:
        virtual void legEstablished(CallLeg &leg) = 0;
        /// The peer hung up, cancelled or never acknowledged our answer (`error`, libre's code).
        virtual void legClosed(CallLeg &leg, int error) = 0;
        /// A caller pressed a key, sent as SIP INFO ('0'-'9', '*', '#', 'A'-'D').
        virtual void legKey(CallLeg &leg, char key) = 0;

    protected:
        ~Observer() = default;
    };

    struct Setup
    {
        sipsess_sock *sessions = nullptr;
        sa rtpAddress {}; ///< the address RTP binds to (the SIP listener's)
        PortRange rtpPorts;
    };

    CallLeg(Kind kind, QString id, Observer &observer);
    ~CallLeg();
    CallLeg(const CallLeg &) = delete;
    CallLeg &operator=(const CallLeg &) = delete;

    /// Reads the INVITE's offer and opens the RTP port. 0, or the SIP status to refuse with
    /// (488 for media we cannot take, 500 when no port is free).
    std::uint16_t prepare(const sip_msg *invite, const Setup &setup);
    /// Caller legs: 180 Ringing. Staff legs: 200 OK with our answer, at once. False on failure
    /// (the INVITE then still needs a final answer: refuse it through the SIP stack).
    bool accept(const sip_msg *invite, const Setup &setup);
    /// A ringing caller leg: 200 OK with our answer; audio starts.
    bool answer();
    /// A ringing leg: a final refusal (4xx/5xx) with a neutral reason phrase.
    void refuse(std::uint16_t status, const char *reason);
    /// BYE (or a refusal while ringing) now, and no more audio. Idempotent.
    void hangUp();

    Kind kind() const { return m_kind; }
    /// Takes the caller's place in the call (a trunk caller or a practice call's trainer).
    bool isCaller() const { return m_kind != Kind::Staff; }
    /// Comes from a workstation: TLS, SRTP, answered at once.
    bool isSecure() const { return m_kind != Kind::Caller; }
    const QString &id() const { return m_id; }
    State state() const { return m_state; }
    bool hasAudio() const { return m_media && m_media->isActive(); }
    MediaLeg *media() { return m_media.get(); }

private:
    static int onOffer(mbuf **answer, const sip_msg *message, void *arg);
    static void onEstablished(const sip_msg *message, void *arg);
    static void onClose(int error, const sip_msg *message, void *arg);
    static void onInfo(sip *stack, const sip_msg *message, void *arg);
    bool applyOffer(mbuf *offer);
    void release();

    Kind m_kind;
    QString m_id;
    Observer &m_observer;
    State m_state = State::New;
    bool m_closing = false; ///< libre reported the session closed
    LibreRef<sipsess> m_session;
    std::unique_ptr<SdpNegotiation> m_sdp;
    std::unique_ptr<MediaLeg> m_media;
    Sdes::KeySalt m_ourKey {}; ///< secure legs: what our SRTP sends with
    std::string m_sourceContact; ///< secure legs: the Contact libre's dialog routes requests to
};

} // namespace ecoute::voice
