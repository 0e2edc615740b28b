// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/Call.h"

#include "voice/bridge/AudioMix.h"
#include "voice/bridge/Graveyard.h"
#include "voice/bridge/Log.h"

#include <algorithm>

namespace ecoute::voice {

using protocol::CallAudio::LegRole;

namespace {

struct Refusal
{
    std::uint16_t status;
    const char *reason;
};

/// Neutral phrases: the trunk learns no more than that the line cannot take the call.
Refusal refusalFor(protocol::CallRefusal reason)
{
    switch (reason) {
    case protocol::CallRefusal::Busy:
        return {486, "Busy Here"};
    case protocol::CallRefusal::Closed:
        return {480, "Temporarily Unavailable"};
    case protocol::CallRefusal::Limited:
        return {403, "Forbidden"};
    }
    return {480, "Temporarily Unavailable"};
}

Call::EndReason reasonForClose(int error)
{
    // ECONNRESET: a BYE or CANCEL from the peer. Anything else (no ACK to our answer): a failure.
    return error == ECONNRESET ? Call::EndReason::HungUp : Call::EndReason::Failed;
}

} // namespace

Call::Call(QString id, Observer &observer, Origin origin)
    : m_id(std::move(id)), m_observer(observer), m_origin(origin),
      m_inbandKeys([this](char key) { m_prompts.keyPressed(key); })
{
    m_prompts.setLanguageChosen([this](const QString &language, CallerPrompts::Choice how) {
        m_observer.languageChosen(*this, language, how);
    });
    tmr_init(&m_answerTimer);
    m_route.legs.append({m_id, LegRole::Caller});
    if (m_origin == Origin::Practice) {
        // Nothing to answer: the trainer plays the caller and needs no greeting, only the beeps
        // while nobody is routed to them.
        m_phase = Phase::Answered;
        m_prompts.start(CallerPrompts::Plan {}, 0);
    }
}

Call::~Call()
{
    tmr_cancel(&m_answerTimer);
    for (auto &leg : m_staff)
        leg->hangUp();
    if (m_caller)
        m_caller->hangUp();
}

CallLeg &Call::callerLeg()
{
    Q_ASSERT(m_origin == Origin::Trunk);
    if (!m_caller)
        m_caller = std::make_unique<CallLeg>(CallLeg::Kind::Caller, m_id, observer());
    return *m_caller;
}

CallLeg *Call::addStaffLeg(const QString &legId)
{
    if (m_phase == Phase::Ended || int(m_staff.size()) >= kMaxStaffLegs || legId == m_id)
        return nullptr;
    if (std::any_of(m_staff.cbegin(), m_staff.cend(), [&](const auto &leg) { return leg->id() == legId; }))
        return nullptr;
    m_staff.push_back(std::make_unique<CallLeg>(CallLeg::Kind::Staff, legId, observer()));
    return m_staff.back().get();
}

CallLeg *Call::addPracticeCaller()
{
    if (m_origin != Origin::Practice || m_phase == Phase::Ended || m_caller)
        return nullptr;
    m_caller = std::make_unique<CallLeg>(CallLeg::Kind::PracticeCaller, m_id, observer());
    return m_caller.get();
}

void Call::removeLeg(CallLeg &leg)
{
    if (&leg == m_caller.get()) {
        Graveyard::bury(std::move(m_caller));
        return;
    }
    Graveyard::bury(takeStaffLeg(leg));
}

void Call::startRinging(int answerTimeoutMs)
{
    tmr_start(&m_answerTimer, std::uint64_t(std::max(answerTimeoutMs, 1)), onAnswerTimeout, this);
}

bool Call::admit(int position, const CallerPrompts::Plan &prompts)
{
    if (m_phase != Phase::Ringing || !m_caller)
        return false;
    tmr_cancel(&m_answerTimer);
    if (!m_caller->answer()) {
        Log::warning(QStringLiteral("call %1: answering failed").arg(m_id));
        end(EndReason::Failed);
        return false;
    }
    m_phase = Phase::Answered;
    m_prompts.start(prompts, position);
    return true;
}

void Call::refuse(protocol::CallRefusal reason)
{
    if (m_phase != Phase::Ringing)
        return;
    tmr_cancel(&m_answerTimer);
    m_phase = Phase::Ended;
    const Refusal refusal = refusalFor(reason);
    if (m_caller)
        m_caller->refuse(refusal.status, refusal.reason);
    for (auto &leg : m_staff)
        leg->hangUp();
}

void Call::onAnswerTimeout(void *arg)
{
    auto *self = static_cast<Call *>(arg);
    if (self->m_phase != Phase::Ringing)
        return;
    Log::info(QStringLiteral("call %1: no answer from the server in time").arg(self->m_id));
    if (self->m_caller)
        self->m_caller->refuse(503, "Service Unavailable");
    self->end(EndReason::Timeout);
}

bool Call::setRoute(protocol::CallAudio::Call route)
{
    for (const protocol::CallAudio::Leg &leg : route.legs) {
        if ((leg.role == LegRole::Caller) != (leg.id == m_id))
            return false;
    }
    m_route = std::move(route);
    m_speakers = AudioMix::speakersByListener(m_route);
    m_attendants = AudioMix::attendantsOfCaller(m_route, m_id);
    return true;
}

bool Call::dropStaffLeg(const QString &legId)
{
    for (auto &leg : m_staff) {
        if (leg->id() == legId) {
            endStaffLeg(*leg, EndReason::Dropped);
            return true;
        }
    }
    return false;
}

void Call::end(EndReason reason)
{
    if (m_phase == Phase::Ended)
        return;
    m_phase = Phase::Ended;
    tmr_cancel(&m_answerTimer);
    for (auto &leg : m_staff)
        leg->hangUp();
    if (m_caller)
        m_caller->hangUp();
    m_observer.callEnded(*this, reason);
}

bool Call::callerHearsHold() const
{
    if (m_route.onHold)
        return true;
    return std::none_of(m_staff.cbegin(), m_staff.cend(),
                        [&](const auto &leg) { return leg->hasAudio() && m_attendants.contains(leg->id()); });
}

void Call::mix()
{
    if (m_phase != Phase::Answered)
        return;
    constexpr int kMaxLegs = 1 + kMaxStaffLegs;
    std::array<CallLeg *, kMaxLegs> legs {};
    std::array<AudioFrame, kMaxLegs> said;
    int count = 0;
    const auto take = [&](CallLeg *leg) {
        if (leg && leg->hasAudio() && count < kMaxLegs) {
            leg->media()->pullFrame(said[count]);
            legs[count++] = leg;
        }
    };
    take(m_caller.get());
    for (auto &leg : m_staff)
        take(leg.get());
    // Keys in the caller's own audio, while the language menu waits for one.
    if (count > 0 && legs[0] == m_caller.get() && m_prompts.listensForKeys())
        m_inbandKeys.listen(said[0]);

    const bool hold = callerHearsHold();
    if (hold && !m_callerHeldLastFrame)
        m_prompts.resumed();
    else if (!hold && m_callerHeldLastFrame)
        m_prompts.attended(); // someone speaks to the caller: prompts stop at once
    m_callerHeldLastFrame = hold;

    AudioFrame out;
    for (int listener = 0; listener < count; ++listener) {
        CallLeg *leg = legs[listener];
        if (leg == m_caller.get() && hold) {
            m_prompts.next(out);
        } else {
            std::array<const AudioFrame *, kMaxLegs> speakers {};
            int speakerCount = 0;
            for (const QString &speakerId : m_speakers.value(leg->id())) {
                for (int i = 0; i < count; ++i) {
                    if (i != listener && legs[i]->id() == speakerId)
                        speakers[speakerCount++] = &said[i];
                }
            }
            AudioMix::mix(std::span(speakers.data(), speakerCount), out);
        }
        leg->media()->sendFrame(out);
    }
}

void Call::checkSilence(std::uint64_t nowMs, std::uint64_t timeoutMs)
{
    if (m_phase != Phase::Answered)
        return;
    const auto silent = [&](CallLeg &leg) {
        return leg.hasAudio() && leg.media()->peerSends() && nowMs > leg.media()->lastHeardMs() + timeoutMs;
    };
    if (m_caller && silent(*m_caller)) {
        Log::info(QStringLiteral("call %1: no audio from the caller, ending").arg(m_id));
        end(EndReason::Timeout);
        return;
    }
    QStringList quiet;
    for (auto &leg : m_staff) {
        if (silent(*leg))
            quiet << leg->id();
    }
    for (const QString &legId : quiet) {
        for (auto &leg : m_staff) {
            if (leg->id() == legId) {
                Log::info(QStringLiteral("call %1: no audio from leg %2, dropping it").arg(m_id, legId));
                endStaffLeg(*leg, EndReason::Timeout);
                break;
            }
        }
    }
}

void Call::legEstablished(CallLeg &leg)
{
    // The server waits for a workstation's leg, the trainer's included; a trunk caller is answered.
    if (leg.isSecure())
        m_observer.staffLegUp(*this, leg.id());
}

void Call::legClosed(CallLeg &leg, int error)
{
    if (leg.isCaller()) { // a trainer's hang-up ends a practice call as a caller's ends theirs
        end(reasonForClose(error));
        return;
    }
    const QString legId = leg.id();
    std::unique_ptr<CallLeg> owned = takeStaffLeg(leg);
    if (!owned)
        return;
    m_observer.staffLegDown(*this, legId, reasonForClose(error));
    Graveyard::bury(std::move(owned));
}

void Call::legKey(CallLeg &leg, char key)
{
    if (leg.kind() == CallLeg::Kind::Caller)
        m_prompts.keyPressed(key);
}

std::unique_ptr<CallLeg> Call::takeStaffLeg(const CallLeg &leg)
{
    const auto it =
        std::find_if(m_staff.begin(), m_staff.end(), [&](const auto &owned) { return owned.get() == &leg; });
    if (it == m_staff.end())
        return nullptr;
    std::unique_ptr<CallLeg> owned = std::move(*it);
    m_staff.erase(it);
    return owned;
}

void Call::endStaffLeg(CallLeg &leg, EndReason reason)
{
    const QString legId = leg.id();
    leg.hangUp();
    std::unique_ptr<CallLeg> owned = takeStaffLeg(leg);
    m_observer.staffLegDown(*this, legId, reason);
    Graveyard::bury(std::move(owned));
}

} // namespace ecoute::voice
