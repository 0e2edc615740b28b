// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/BridgeOptions.h"
#include "voice/bridge/Telephony.h"

#include <QString>

#include <cstdint>

namespace ecoute::voice {

/// libre's SIP stack as the bridge uses it: UDP and TCP on one address (the trunk's side), TLS
/// with the server's certificate on another (the workstations'), sessions answered only, never
/// placed. New INVITEs go to the handler; OPTIONS (trunk keep-alives) get 200; libre answers the
/// rest. No SIP trace handler is ever set: whole messages are never logged.
class SipStack
{
public:
    class InviteHandler
    {
    public:
        virtual void incomingInvite(const sip_msg *invite) = 0;

    protected:
        ~InviteHandler() = default;
    };

    explicit SipStack(InviteHandler &handler);
    ~SipStack();
    SipStack(const SipStack &) = delete;
    SipStack &operator=(const SipStack &) = delete;

    /// Listens; false with an English `error` (for the log) when it cannot.
    bool start(const BridgeOptions &options, QString *error);
    /// Stops answering; sessions still open are left to their owners.
    void close();

    std::uint16_t sipPort() const { return m_sipPort; }
    std::uint16_t tlsPort() const { return m_tlsPort; }
    /// Where RTP binds for legs that arrived on the plain transports, and on TLS.
    const sa &plainAddress() const { return m_plainAddress; }
    const sa &tlsAddress() const { return m_tlsAddress; }
    sipsess_sock *sessions() const { return m_sessions.get(); }

    /// A final response to an INVITE (or any request) outside a session.
    void reply(const sip_msg *request, std::uint16_t status, const char *reason);

private:
    static void onConnect(const sip_msg *invite, void *arg);
    static bool onRequest(const sip_msg *request, void *arg);
    bool listenPlain(const ListenAddress &address, QString *error);
    bool listenTls(const BridgeOptions &options, QString *error);

    InviteHandler &m_handler;
    LibreRef<sip> m_sip;
    LibreRef<tls> m_tls;
    LibreRef<sipsess_sock> m_sessions;
    LibreRef<sip_lsnr> m_options;
    sa m_plainAddress {};
    sa m_tlsAddress {};
    std::uint16_t m_sipPort = 0;
    std::uint16_t m_tlsPort = 0;
};

} // namespace ecoute::voice
