// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "voice/bridge/BridgeOptions.h"
#include "voice/bridge/CallTable.h"
#include "voice/bridge/ControlChannel.h"
#include "voice/bridge/Mixer.h"
#include "voice/bridge/SipStack.h"
#include "voice/bridge/StaffTokens.h"
#include "voice/identity/CallerIdentity.h"

#include <memory>

namespace ecoute::voice {

/// ecoute-voice itself: applies what the server says on the control lines to the calls, and
/// reports what happens to them. It holds no rules: who is admitted, who hears whom, who may
/// join comes from the server; the bridge only knows the protocol and CallAudio's table.
///
/// In short: a trunk INVITE (UDP/TCP) rings (180) and is reported as voice.call.incoming; admit
/// answers it (with a `language` or a `menu`: the spoken greeting, the language menu answered by
/// voice.call.language, the place in the queue; without: the hold beeps), refuse gives 486/480/403, silence
/// from the server gives 503 and call.ended "timeout". A workstation dials sip:<token>@<ip>:<TLS
/// port>;transport=tls with SDES-SRTP; the token (voice.leg.expect) works once, within 60 s, over TLS only
/// (403 otherwise, 488 without SRTP); leg.up follows the ACK. leg.drop and a staff BYE give leg.down
/// ("dropped", "hung_up"); a caller's BYE or CANCEL, call.hangup or 30 s without RTP end the call and every
/// leg with one call.ended. call.create makes a practice call with no trunk: its caller is the leg
/// expected with the call's own id, the trainer's workstation, dialled like staff (TLS, SRTP, token).
/// Standard input closing or SIGTERM: every call is hung up, exit 0.
class Bridge : private SipStack::InviteHandler, private Call::Observer
{
public:
    Bridge(BridgeOptions options, QByteArray callerHashKey);
    ~Bridge();
    Bridge(const Bridge &) = delete;
    Bridge &operator=(const Bridge &) = delete;

    /// Listens for SIP, starts the audio clock and the control lines, and sends voice.ready.
    bool start(QString *error);
    /// Hangs up every call and leaves libre's loop shortly after (the BYEs need a moment).
    void shutDown();

private:
    // Control lines.
    void handle(const protocol::Envelope &message);
    void createPracticeCall(const QString &callId);
    void admit(Call &call, const protocol::Envelope &message);
    void refuse(Call &call, const protocol::Envelope &message);
    void expectLeg(Call &call, const protocol::Envelope &message);
    void route(Call &call, const protocol::Envelope &message);
    void dropLeg(Call &call, const protocol::Envelope &message);

    // SIP.
    void incomingInvite(const sip_msg *invite) override;
    void callerInvite(const sip_msg *invite);
    void staffInvite(const sip_msg *invite, const QString &token);
    CallLeg::Setup legSetup(bool staff) const;

    // Calls.
    void staffLegUp(Call &call, const QString &legId) override;
    void staffLegDown(Call &call, const QString &legId, Call::EndReason reason) override;
    void callEnded(Call &call, Call::EndReason reason) override;
    void languageChosen(Call &call, const QString &language, CallerPrompts::Choice how) override;

    void onFrame();
    static void onShutdownTimer(void *arg);
    static void onLostTimer(void *arg);

    BridgeOptions m_options;
    CallerIdentity m_identity;
    ControlChannel m_control;
    SipStack m_sip;
    CallTable m_calls;
    StaffTokens m_tokens;
    Mixer m_mixer;
    tmr m_shutdownTimer {};
    tmr m_lostTimer {};
    bool m_shuttingDown = false;
};

} // namespace ecoute::voice
