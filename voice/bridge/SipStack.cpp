// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/SipStack.h"

#include <QFile>

namespace ecoute::voice {

namespace {

constexpr std::uint32_t kHashSize = 256;
constexpr int kPlainPortAttempts = 16;

bool toSocketAddress(const ListenAddress &address, sa *out)
{
    return sa_set_str(out, address.host.constData(), address.port) == 0 && sa_isset(out, SA_ADDR);
}

QByteArray readPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(1 << 20);
}

} // namespace

SipStack::SipStack(InviteHandler &handler) : m_handler(handler) { }

SipStack::~SipStack()
{
    close();
}

bool SipStack::start(const BridgeOptions &options, QString *error)
{
    // No DNS client: the bridge only answers, and in-dialog requests go to the address the peer
    // gave in its Contact (an IP address for the trunk and the workstations).
    if (sip_alloc(m_sip.out(), nullptr, kHashSize, kHashSize, kHashSize, "ecoute-voice", nullptr, nullptr)
        != 0) {
        *error = QStringLiteral("cannot start the SIP stack");
        return false;
    }
    if (!listenPlain(options.sip, error) || !listenTls(options, error))
        return false;
    if (sipsess_listen(m_sessions.out(), m_sip.get(), int(kHashSize), onConnect, this) != 0
        || sip_listen(m_options.out(), m_sip.get(), true, onRequest, this) != 0) {
        *error = QStringLiteral("cannot listen for SIP sessions");
        return false;
    }
    return true;
}

bool SipStack::listenPlain(const ListenAddress &address, QString *error)
{
    sa local {};
    if (!toSocketAddress(address, &local)) {
        *error = QStringLiteral("--sip-listen needs a literal IP address");
        return false;
    }
    // UDP and TCP share the port. With port 0, UDP picks one and TCP must get the same: retry
    // with another if TCP finds it taken.
    const int attempts = address.port == 0 ? kPlainPortAttempts : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        sa_set_port(&local, address.port);
        sa bound {};
        if (sip_transp_add(m_sip.get(), SIP_TRANSP_UDP, &local) != 0
            || sip_transp_laddr(m_sip.get(), &bound, SIP_TRANSP_UDP, nullptr) != 0) {
            sip_transp_flush(m_sip.get());
            continue;
        }
        if (sip_transp_add(m_sip.get(), SIP_TRANSP_TCP, &bound) != 0) {
            sip_transp_flush(m_sip.get());
            continue;
        }
        m_plainAddress = bound;
        m_sipPort = sa_port(&bound);
        return true;
    }
    *error = QStringLiteral("cannot listen for SIP over UDP and TCP on the --sip-listen address");
    return false;
}

bool SipStack::listenTls(const BridgeOptions &options, QString *error)
{
    sa local {};
    if (!toSocketAddress(options.sipTls, &local)) {
        *error = QStringLiteral("--sip-tls-listen needs a literal IP address");
        return false;
    }
    const QByteArray certificate = readPem(options.tlsCertificate);
    QByteArray key = readPem(options.tlsKey);
    const bool loaded = !certificate.isEmpty() && !key.isEmpty()
        && tls_alloc(m_tls.out(), TLS_METHOD_SSLV23, nullptr, nullptr) == 0
        && tls_set_certificate_pem(m_tls.get(), certificate.constData(), size_t(certificate.size()),
                                   key.constData(), size_t(key.size()))
            == 0;
    key.fill('\0');
    if (!loaded) {
        *error = QStringLiteral("cannot load the TLS certificate and key");
        return false;
    }
    sa bound {};
    if (sip_transp_add(m_sip.get(), SIP_TRANSP_TLS, &local, m_tls.get()) != 0
        || sip_transp_laddr(m_sip.get(), &bound, SIP_TRANSP_TLS, nullptr) != 0) {
        *error = QStringLiteral("cannot listen for SIP over TLS on the --sip-tls-listen address");
        return false;
    }
    m_tlsAddress = bound;
    m_tlsPort = sa_port(&bound);
    return true;
}

void SipStack::close()
{
    m_options.reset();
    if (m_sessions)
        sipsess_close_all(m_sessions.get());
    m_sessions.reset();
    if (m_sip)
        sip_close(m_sip.get(), true);
    m_sip.reset();
    m_tls.reset();
}

void SipStack::reply(const sip_msg *request, std::uint16_t status, const char *reason)
{
    if (m_sip)
        sip_treply(nullptr, m_sip.get(), request, status, reason);
}

void SipStack::onConnect(const sip_msg *invite, void *arg)
{
    static_cast<SipStack *>(arg)->m_handler.incomingInvite(invite);
}

bool SipStack::onRequest(const sip_msg *request, void *arg)
{
    auto *self = static_cast<SipStack *>(arg);
    if (pl_strcmp(&request->met, "OPTIONS") != 0)
        return false;
    sip_treply(nullptr, self->m_sip.get(), request, 200, "OK");
    return true;
}

} // namespace ecoute::voice
