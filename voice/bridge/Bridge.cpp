// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/Bridge.h"

#include "protocol/CallAudio.h"
#include "voice/bridge/Graveyard.h"
#include "voice/bridge/Log.h"

#include <QJsonArray>

#include <sodium.h>

namespace ecoute::voice {

using protocol::MessageType;

namespace {

/// Lets BYEs and their retransmissions out before the loop stops.
constexpr std::uint64_t kShutdownGraceMs = 300;
constexpr std::uint64_t kSilenceCheckFrames = 50; // once a second

/// "v-" and 16 letters a-p (64 random bits, like hex but without digits: LogScrubber would take a
/// run of digits in a call id for a phone number and redact it from the bridge's log lines).
QString newCallId()
{
    unsigned char bytes[8];
    randombytes_buf(bytes, sizeof bytes);
    QString id = QStringLiteral("v-");
    for (unsigned char byte : bytes)
        id.append(QChar(u'a' + (byte >> 4))).append(QChar(u'a' + (byte & 0x0f)));
    return id;
}

QString headerValue(const sip_msg *message, sip_hdrid id)
{
    const sip_hdr *header = sip_msg_hdr(message, id);
    return header ? QString::fromUtf8(header->val.p, qsizetype(header->val.l)) : QString();
}

QJsonObject callBody(const Call &call)
{
    return {{QStringLiteral("callId"), call.id()}};
}

} // namespace

Bridge::Bridge(BridgeOptions options, QByteArray callerHashKey)
    : m_options(std::move(options)), m_identity(std::move(callerHashKey), m_options.countryCode),
      m_control([this](const protocol::Envelope &message) { handle(message); },
                [this] { tmr_start(&m_lostTimer, 0, onLostTimer, this); }),
      m_sip(*this), m_mixer([this] { onFrame(); })
{
    tmr_init(&m_shutdownTimer);
    tmr_init(&m_lostTimer);
}

Bridge::~Bridge()
{
    tmr_cancel(&m_shutdownTimer);
    tmr_cancel(&m_lostTimer);
    m_mixer.stop();
    for (Call *call : m_calls.snapshot())
        m_calls.remove(call->id());
    Graveyard::clear();
    m_sip.close();
}

bool Bridge::start(QString *error)
{
    if (!m_sip.start(m_options, error))
        return false;
    if (!m_control.start()) {
        *error = QStringLiteral("standard input cannot be watched (it must be a pipe or a socket)");
        return false;
    }
    m_mixer.start();
    m_control.send(MessageType::VoiceReady,
                   {{QStringLiteral("sipPort"), int(m_sip.sipPort())},
                    {QStringLiteral("sipTlsPort"), int(m_sip.tlsPort())}});
    Log::info(QStringLiteral("ready"));
    return true;
}

void Bridge::shutDown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_control.stopReading();
    // A ringing caller gets a neutral 480, an answered leg a BYE; the server hears "dropped".
    for (Call *call : m_calls.snapshot()) {
        call->end(Call::EndReason::Dropped);
        m_calls.remove(call->id());
    }
    m_mixer.stop();
    tmr_start(&m_shutdownTimer, kShutdownGraceMs, onShutdownTimer, this);
}

void Bridge::onShutdownTimer(void *)
{
    re_cancel();
}

void Bridge::onLostTimer(void *arg)
{
    static_cast<Bridge *>(arg)->shutDown();
}

void Bridge::handle(const protocol::Envelope &message)
{
    if (m_shuttingDown)
        return;
    const QString callId = message.text("callId");
    if (message.messageType == MessageType::VoiceCallCreate) {
        createPracticeCall(callId);
        return;
    }
    Call *call = m_calls.find(callId);
    if (!call || call->phase() == Call::Phase::Ended) {
        Log::warning(QStringLiteral("control: %1 for unknown call %2").arg(message.type, callId));
        return;
    }
    switch (message.messageType) {
    case MessageType::VoiceCallAdmit:
        admit(*call, message);
        break;
    case MessageType::VoiceCallRefuse:
        refuse(*call, message);
        break;
    case MessageType::VoiceCallQueue:
        call->setQueuePosition(message.body.value(QStringLiteral("position")).toInt());
        break;
    case MessageType::VoiceLegExpect:
        expectLeg(*call, message);
        break;
    case MessageType::VoiceCallRoute:
        route(*call, message);
        break;
    case MessageType::VoiceLegDrop:
        dropLeg(*call, message);
        break;
    case MessageType::VoiceCallHangup:
        Log::info(QStringLiteral("call %1: hung up by the server").arg(callId));
        call->end(Call::EndReason::Dropped);
        break;
    default:
        Log::warning(QStringLiteral("control: unexpected %1").arg(message.type));
        break;
    }
}

void Bridge::createPracticeCall(const QString &callId)
{
    if (callId.isEmpty() || m_calls.find(callId)) {
        Log::warning(QStringLiteral("control: practice call %1 refused (no id, or in use)").arg(callId));
        return;
    }
    if (m_calls.isFull()) {
        Log::warning(QStringLiteral("refused a practice call: %1 calls already").arg(m_calls.size()));
        m_control.send(MessageType::VoiceCallEnded,
                       {{QStringLiteral("callId"), callId},
                        {QStringLiteral("reason"), protocol::toString(Call::EndReason::Failed)}});
        return;
    }
    Call::Observer &observer = *this;
    m_calls.add(std::make_unique<Call>(callId, observer, Call::Origin::Practice));
    Log::info(QStringLiteral("call %1: practice call, waiting for its caller").arg(callId));
}

void Bridge::admit(Call &call, const protocol::Envelope &message)
{
    if (call.phase() != Call::Phase::Ringing) {
        Log::warning(QStringLiteral("call %1: admitted twice").arg(call.id()));
        return;
    }
    // Spoken prompts when the server names a language or offers a menu; the beeps alone otherwise.
    CallerPrompts::Plan prompts;
    prompts.language = message.text("language");
    prompts.menu = LanguageMenu::fromJson(message.body.value(QStringLiteral("menu")).toArray());
    prompts.spoken = !prompts.language.isEmpty() || !prompts.menu.isEmpty();
    if (call.admit(message.body.value(QStringLiteral("position")).toInt(), prompts))
        Log::info(
            QStringLiteral("call %1: answered%2")
                .arg(call.id(), prompts.menu.isEmpty() ? QString() : QStringLiteral(", language menu")));
}

void Bridge::refuse(Call &call, const protocol::Envelope &message)
{
    if (call.phase() != Call::Phase::Ringing) {
        Log::warning(QStringLiteral("call %1: refused after it was answered").arg(call.id()));
        return;
    }
    const auto reason = protocol::fromString<protocol::CallRefusal>(message.text("reason"));
    call.refuse(reason.value_or(protocol::CallRefusal::Closed));
    Log::info(QStringLiteral("call %1: refused (%2)").arg(call.id(), message.text("reason")));
    m_tokens.forgetCall(call.id());
    m_calls.remove(call.id());
}

void Bridge::expectLeg(Call &call, const protocol::Envelope &message)
{
    const QString legId = message.text("legId");
    const QString token = message.text("token");
    // The call's own id names a practice call's caller; a trunk caller never comes this way.
    const bool callerLeg = legId == call.id();
    if (token.isEmpty() || legId.isEmpty() || (callerLeg && call.origin() != Call::Origin::Practice)) {
        Log::warning(QStringLiteral("call %1: leg.expect without a usable leg id or token").arg(call.id()));
        return;
    }
    if (!m_tokens.expect(token, {call.id(), legId}, tmr_jiffies()))
        Log::warning(QStringLiteral("call %1: too many pending staff credentials, leg %2 refused")
                         .arg(call.id(), legId));
}

void Bridge::route(Call &call, const protocol::Envelope &message)
{
    const auto legs = protocol::CallAudio::legsFromJson(message.body.value(QStringLiteral("legs")).toArray());
    protocol::CallAudio::Call table;
    if (legs) {
        table.legs = *legs;
        table.onHold = message.body.value(QStringLiteral("onHold")).toBool();
    }
    if (!legs || !call.setRoute(std::move(table)))
        Log::warning(QStringLiteral("call %1: ignored a malformed route").arg(call.id()));
}

void Bridge::dropLeg(Call &call, const protocol::Envelope &message)
{
    const QString legId = message.text("legId");
    // A leg not connected yet loses its credential: it can no longer join.
    const bool wasExpected = m_tokens.forgetLeg(call.id(), legId);
    if (!call.dropStaffLeg(legId) && !wasExpected)
        Log::warning(QStringLiteral("call %1: no leg %2 to drop").arg(call.id(), legId));
}

void Bridge::incomingInvite(const sip_msg *invite)
{
    if (m_shuttingDown) {
        m_sip.reply(invite, 503, "Service Unavailable");
        return;
    }
    const QString user = QString::fromUtf8(invite->uri.user.p, qsizetype(invite->uri.user.l));
    if (invite->tp == SIP_TRANSP_TLS) {
        staffInvite(invite, user);
        return;
    }
    // A staff credential on a plain transport has been seen in the clear: burn it.
    if (!user.isEmpty() && m_tokens.take(user, tmr_jiffies())) {
        Log::warning(QStringLiteral("refused a staff credential offered without TLS (now void)"));
        m_sip.reply(invite, 403, "Forbidden");
        return;
    }
    callerInvite(invite);
}

CallLeg::Setup Bridge::legSetup(bool staff) const
{
    CallLeg::Setup setup;
    setup.sessions = m_sip.sessions();
    setup.rtpAddress = staff ? m_sip.tlsAddress() : m_sip.plainAddress();
    sa_set_port(&setup.rtpAddress, 0);
    setup.rtpPorts = m_options.rtpPorts;
    return setup;
}

void Bridge::callerInvite(const sip_msg *invite)
{
    if (m_calls.isFull()) {
        Log::warning(QStringLiteral("refused a call: %1 calls already").arg(m_calls.size()));
        m_sip.reply(invite, 503, "Service Unavailable");
        return;
    }
    const QString callId = newCallId();
    Call::Observer &observer = *this;
    Call &call = m_calls.add(std::make_unique<Call>(callId, observer));
    CallLeg &leg = call.callerLeg();
    const CallLeg::Setup setup = legSetup(false);
    const std::uint16_t status = leg.prepare(invite, setup);
    if (status != 0 || !leg.accept(invite, setup)) {
        Log::warning(QStringLiteral("refused a call: %1")
                         .arg(status == 488 ? QStringLiteral("no usable audio offer")
                                            : QStringLiteral("internal failure")));
        m_sip.reply(invite, status == 488 ? 488 : 500,
                    status == 488 ? "Not Acceptable Here" : "Server Internal Error");
        m_calls.remove(callId);
        return;
    }
    // The number stays here: only its keyed hash (or "withheld") leaves the bridge.
    const CallerSignals trunkSays {headerValue(invite, SIP_HDR_FROM),
                                   headerValue(invite, SIP_HDR_P_ASSERTED_IDENTITY),
                                   headerValue(invite, SIP_HDR_PRIVACY)};
    const CallerIdentity::Result identity = m_identity.identify(trunkSays);
    m_control.send(
        MessageType::VoiceCallIncoming,
        {{QStringLiteral("callId"), callId},
         {QStringLiteral("caller"), identity.withheld ? QStringLiteral("withheld") : identity.hash}});
    call.startRinging(m_options.answerTimeoutMs);
    Log::info(QStringLiteral("call %1: ringing").arg(callId));
}

void Bridge::staffInvite(const sip_msg *invite, const QString &token)
{
    const std::optional<StaffTokens::Leg> expected = m_tokens.take(token, tmr_jiffies());
    Call *call = expected ? m_calls.find(expected->callId) : nullptr;
    if (!call || call->phase() == Call::Phase::Ended) {
        Log::warning(QStringLiteral("refused a staff call with an unknown, used or expired credential"));
        m_sip.reply(invite, 403, "Forbidden");
        return;
    }
    const bool practiceCaller = expected->legId == call->id();
    CallLeg *leg = practiceCaller ? call->addPracticeCaller() : call->addStaffLeg(expected->legId);
    if (!leg) {
        Log::warning(QStringLiteral("call %1: refused leg %2 (call full or leg id in use)")
                         .arg(call->id(), expected->legId));
        m_sip.reply(invite, 403, "Forbidden");
        return;
    }
    const CallLeg::Setup setup = legSetup(true);
    const std::uint16_t status = leg->prepare(invite, setup);
    if (status != 0 || !leg->accept(invite, setup)) {
        Log::warning(QStringLiteral("call %1: refused leg %2 (%3)")
                         .arg(call->id(), expected->legId,
                              status == 488 ? QStringLiteral("no SRTP audio offer")
                                            : QStringLiteral("internal failure")));
        m_sip.reply(invite, status == 488 ? 488 : 500,
                    status == 488 ? "Not Acceptable Here" : "Server Internal Error");
        call->removeLeg(*leg);
        return;
    }
    Log::info(QStringLiteral("call %1: leg %2 answered").arg(call->id(), expected->legId));
}

void Bridge::staffLegUp(Call &call, const QString &legId)
{
    Log::info(QStringLiteral("call %1: leg %2 up").arg(call.id(), legId));
    m_control.send(MessageType::VoiceLegUp,
                   {{QStringLiteral("callId"), call.id()}, {QStringLiteral("legId"), legId}});
}

void Bridge::staffLegDown(Call &call, const QString &legId, Call::EndReason reason)
{
    Log::info(QStringLiteral("call %1: leg %2 down (%3)").arg(call.id(), legId, protocol::toString(reason)));
    m_control.send(MessageType::VoiceLegDown,
                   {{QStringLiteral("callId"), call.id()},
                    {QStringLiteral("legId"), legId},
                    {QStringLiteral("reason"), protocol::toString(reason)}});
}

void Bridge::callEnded(Call &call, Call::EndReason reason)
{
    Log::info(QStringLiteral("call %1: ended (%2)").arg(call.id(), protocol::toString(reason)));
    QJsonObject body = callBody(call);
    body.insert(QStringLiteral("reason"), protocol::toString(reason));
    m_control.send(MessageType::VoiceCallEnded, body);
    m_tokens.forgetCall(call.id());
    m_calls.remove(call.id());
}

void Bridge::languageChosen(Call &call, const QString &language, CallerPrompts::Choice how)
{
    const auto howText = [how] {
        switch (how) {
        case CallerPrompts::Choice::Key:
            return QStringLiteral("by key");
        case CallerPrompts::Choice::NoKey:
            return QStringLiteral("no key in time");
        case CallerPrompts::Choice::WrongKeys:
            return QStringLiteral("wrong keys");
        case CallerPrompts::Choice::Attended:
            return QStringLiteral("connected before choosing");
        }
        return QString();
    };
    Log::info(QStringLiteral("call %1: language %2 (%3)").arg(call.id(), language, howText()));
    m_control.send(MessageType::VoiceCallLanguage,
                   {{QStringLiteral("callId"), call.id()}, {QStringLiteral("language"), language}});
}

void Bridge::onFrame()
{
    const std::vector<Call *> calls = m_calls.snapshot();
    for (Call *call : calls)
        call->mix();
    if (m_mixer.framesRun() % kSilenceCheckFrames == 0) {
        const std::uint64_t now = tmr_jiffies();
        for (Call *call : calls)
            call->checkSilence(now, std::uint64_t(m_options.rtpTimeoutMs));
    }
}

} // namespace ecoute::voice
