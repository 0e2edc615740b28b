// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/CallLeg.h"

#include "voice/bridge/Graveyard.h"
#include "voice/bridge/Keypad.h"

#include <optional>
#include <string>

namespace ecoute::voice {

namespace {

constexpr const char *kContactUser = "voice";
constexpr const char *kContentType = "application/sdp";
constexpr const char *kAllow = "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n";
/// A caller's leg also takes keys as SIP INFO.
constexpr const char *kAllowWithInfo = "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO\r\n";

/// A workstation reaches the bridge over one TLS connection, often from behind NAT, and does not
/// accept connections itself: libre 1.1 would send our in-dialog requests (BYE) to the address
/// in its Contact, on a new connection. Pointing the Contact at the connection's source makes
/// libre reuse the connection it came in on, as an SBC's "fix contact" does. This rewrites the
/// parsed Contact header's value (the message's text is untouched) for as long as it lives.
class SourceContact
{
public:
    SourceContact(const sip_msg *request, std::string &storage)
    {
        const sip_hdr *contact = sip_msg_hdr(request, SIP_HDR_CONTACT);
        char text[128];
        if (!contact || re_snprintf(text, sizeof text, "<sip:staff@%J;transport=tls>", &request->src) < 0)
            return;
        storage = text;
        m_header = const_cast<sip_hdr *>(contact);
        m_original = m_header->val;
        pl_set_str(&m_header->val, storage.c_str());
    }
    /// Keeps the rewrite (a re-INVITE: libre reads the Contact after our callback has returned).
    void keep() { m_header = nullptr; }
    ~SourceContact()
    {
        if (m_header)
            m_header->val = m_original;
    }
    SourceContact(const SourceContact &) = delete;
    SourceContact &operator=(const SourceContact &) = delete;

private:
    sip_hdr *m_header = nullptr;
    pl m_original {};
};

} // namespace

CallLeg::CallLeg(Kind kind, QString id, Observer &observer)
    : m_kind(kind), m_id(std::move(id)), m_observer(observer)
{
    if (isSecure())
        m_ourKey = Sdes::randomKeySalt();
}

CallLeg::~CallLeg()
{
    hangUp();
    Sdes::wipe(m_ourKey);
}

std::uint16_t CallLeg::prepare(const sip_msg *invite, const Setup &setup)
{
    const bool staff = isSecure();
    int error = 0;
    m_media = MediaLeg::open(setup.rtpAddress, setup.rtpPorts,
                             staff ? MediaLeg::Trust::Authenticated : MediaLeg::Trust::SdpAddress, &error);
    if (!m_media)
        return 500;
    if (!staff) {
        // A trunk caller's keypad as RTP events (RFC 4733), the way most trunks send it.
        m_media->setKeyHandler([this](char key) {
            if (m_state == State::Answered || m_state == State::Established)
                m_observer.legKey(*this, key);
        });
    }
    m_sdp = SdpNegotiation::create(m_media->localAddress(),
                                   staff ? SdpNegotiation::Profile::Secure : SdpNegotiation::Profile::Plain,
                                   &error);
    if (!m_sdp)
        return 500;
    return applyOffer(invite->mb) ? 0 : 488;
}

bool CallLeg::applyOffer(mbuf *offer)
{
    const std::optional<NegotiatedMedia> media = m_sdp->takeOffer(offer, isSecure() ? &m_ourKey : nullptr);
    return media && m_media->configure(*media, &m_ourKey);
}

bool CallLeg::accept(const sip_msg *invite, const Setup &setup)
{
    const bool ringFirst = m_kind == Kind::Caller;
    LibreRef<mbuf> answerBody;
    if (!ringFirst) {
        answerBody = m_sdp->answer();
        if (!answerBody)
            return false;
    }
    std::optional<SourceContact> contact;
    if (isSecure())
        contact.emplace(invite, m_sourceContact);
    // Only a trunk caller's keys mean anything (the language menu); other legs' INFO gets libre's 501.
    const bool caller = m_kind == Kind::Caller;
    const int error = sipsess_accept(
        m_session.out(), setup.sessions, invite, ringFirst ? 180 : 200, ringFirst ? "Ringing" : "OK",
        kContactUser, kContentType, answerBody.get(), nullptr, nullptr, false, onOffer, nullptr,
        onEstablished, caller ? onInfo : nullptr, nullptr, onClose, this, caller ? kAllowWithInfo : kAllow);
    if (error) {
        m_session.release(); // libre freed it already
        return false;
    }
    m_state = ringFirst ? State::Ringing : State::Answered;
    if (!ringFirst)
        m_media->setActive(true);
    return true;
}

bool CallLeg::answer()
{
    if (m_state != State::Ringing || !m_session)
        return false;
    LibreRef<mbuf> body = m_sdp->answer();
    if (!body || sipsess_answer(m_session.get(), 200, "OK", body.get(), kAllowWithInfo) != 0)
        return false;
    m_state = State::Answered;
    m_media->setActive(true);
    return true;
}

void CallLeg::refuse(std::uint16_t status, const char *reason)
{
    if (m_state == State::Ringing && m_session)
        sipsess_reject(m_session.get(), status, reason, nullptr);
    release();
}

void CallLeg::hangUp()
{
    // Still ringing: a neutral refusal rather than libre's default "486 Busy Here".
    if (m_state == State::Ringing && m_session)
        sipsess_reject(m_session.get(), 480, "Temporarily Unavailable", nullptr);
    release();
}

void CallLeg::release()
{
    if (m_media)
        m_media->setActive(false);
    // libre sends BYE for an answered session (after a missing ACK if need be). A session libre
    // is closing right now (inside onClose) is let go once its callback has returned.
    if (m_closing)
        Graveyard::buryLibre(m_session.release());
    else
        m_session.reset();
    m_state = State::Closed;
}

int CallLeg::onOffer(mbuf **answer, const sip_msg *message, void *arg)
{
    auto *self = static_cast<CallLeg *>(arg);
    if (!self->applyOffer(message->mb))
        return EPROTO; // libre answers the re-INVITE with 488
    if (self->isSecure())
        SourceContact(message, self->m_sourceContact).keep(); // libre updates the dialog from it next
    LibreRef<mbuf> body = self->m_sdp->answer();
    if (!body)
        return ENOMEM;
    *answer = body.release();
    return 0;
}

void CallLeg::onEstablished(const sip_msg *, void *arg)
{
    auto *self = static_cast<CallLeg *>(arg);
    self->m_state = State::Established;
    self->m_observer.legEstablished(*self);
}

void CallLeg::onClose(int error, const sip_msg *, void *arg)
{
    auto *self = static_cast<CallLeg *>(arg);
    self->m_state = State::Closed;
    self->m_closing = true;
    if (self->m_media)
        self->m_media->setActive(false);
    self->m_observer.legClosed(*self, error);
}

void CallLeg::onInfo(sip *stack, const sip_msg *message, void *arg)
{
    auto *self = static_cast<CallLeg *>(arg);
    const bool keypad = msg_ctype_cmp(&message->ctyp, "application", "dtmf-relay")
        || msg_ctype_cmp(&message->ctyp, "application", "dtmf");
    if (!keypad) {
        (void)sip_reply(stack, message, 415, "Unsupported Media Type");
        return;
    }
    (void)sip_reply(stack, message, 200, "OK");
    const QByteArrayView body(reinterpret_cast<const char *>(mbuf_buf(message->mb)),
                              qsizetype(mbuf_get_left(message->mb)));
    const std::optional<char> key =
        Keypad::fromInfo(body, msg_ctype_cmp(&message->ctyp, "application", "dtmf-relay"));
    if (key && (self->m_state == State::Answered || self->m_state == State::Established))
        self->m_observer.legKey(*self, *key);
}

} // namespace ecoute::voice
