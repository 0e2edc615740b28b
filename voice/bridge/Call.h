// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/CallAudio.h"
#include "protocol/Vocabulary.h"
#include "voice/bridge/CallLeg.h"
#include "voice/bridge/CallerPrompts.h"
#include "voice/bridge/InbandKeys.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ecoute::voice {

/// One phone call: the caller's leg (its id is the call id) and up to four staff legs, the
/// routing table the server last sent, and the mix of its audio. Until a route connects someone
/// the caller hears CallerPrompts (greeting, language menu, place in the queue, hold beeps), which
/// no staff leg ever hears; a staff leg missing from the route hears nothing and is heard by nobody.
/// A practice call has no trunk: it is answered from the start, its caller is the trainer's
/// workstation (dialled like a staff leg), and it plays no greeting, only the hold beeps.
class Call : private CallLeg::Observer
{
public:
    enum class Phase { Ringing, Answered, Ended };
    enum class Origin { Trunk, Practice };
    using EndReason = protocol::CallEndReason;

    class Observer
    {
    public:
        /// A staff leg's media flows, or a practice call's caller's (legId is then the call id).
        virtual void staffLegUp(Call &call, const QString &legId) = 0;
        virtual void staffLegDown(Call &call, const QString &legId, EndReason reason) = 0;
        /// The call ended (the bridge removes it next); not called after refuse().
        virtual void callEnded(Call &call, EndReason reason) = 0;
        /// The caller's language from the admit's menu (voice.call.language).
        virtual void languageChosen(Call &call, const QString &language, CallerPrompts::Choice how) = 0;

    protected:
        ~Observer() = default;
    };

    static constexpr int kMaxStaffLegs = 4;

    Call(QString id, Observer &observer, Origin origin = Origin::Trunk);
    ~Call();
    Call(const Call &) = delete;
    Call &operator=(const Call &) = delete;

    const QString &id() const { return m_id; }
    Phase phase() const { return m_phase; }
    Origin origin() const { return m_origin; }

    /// The caller's leg of a trunk call, made once, before ringing.
    CallLeg &callerLeg();
    /// A practice call's caller leg (its id is the call's); null on a trunk call, once the call
    /// has one, or once it ended.
    CallLeg *addPracticeCaller();
    /// A staff leg; null when the call has its four, or a live leg has this id already.
    CallLeg *addStaffLeg(const QString &legId);
    /// Forgets a staff leg, or a practice caller leg, that never got going (its INVITE was refused).
    void removeLeg(CallLeg &leg);

    /// The caller's leg rings; without admit() or refuse() within `answerTimeoutMs` it gets a 503.
    void startRinging(int answerTimeoutMs);
    /// Answers the caller (200 OK); `prompts` play until a route connects someone.
    bool admit(int position, const CallerPrompts::Plan &prompts);
    void refuse(protocol::CallRefusal reason);
    void setQueuePosition(int position) { m_prompts.setQueuePosition(position); }
    /// The server's table for this call. False (and nothing changes) when it names the caller
    /// with an id other than the call's, or another leg with the call's id.
    bool setRoute(protocol::CallAudio::Call route);
    /// BYE to one staff leg; reported as leg.down "dropped".
    bool dropStaffLeg(const QString &legId);
    /// BYE to every leg, then call.ended with `reason`.
    void end(EndReason reason);

    /// One 20 ms frame: pulls what every leg said and sends each what it may hear.
    void mix();
    /// Ends the call, or drops a staff leg, when no RTP came for `timeoutMs`.
    void checkSilence(std::uint64_t nowMs, std::uint64_t timeoutMs);

private:
    void legEstablished(CallLeg &leg) override;
    void legClosed(CallLeg &leg, int error) override;
    void legKey(CallLeg &leg, char key) override;
    static void onAnswerTimeout(void *arg);
    std::unique_ptr<CallLeg> takeStaffLeg(const CallLeg &leg);
    void endStaffLeg(CallLeg &leg, EndReason reason);
    bool callerHearsHold() const;
    CallLeg::Observer &observer() { return *this; }

    QString m_id;
    Observer &m_observer;
    Origin m_origin;
    Phase m_phase = Phase::Ringing;
    std::unique_ptr<CallLeg> m_caller;
    std::vector<std::unique_ptr<CallLeg>> m_staff;
    protocol::CallAudio::Call m_route;
    QHash<QString, QStringList> m_speakers; ///< from m_route
    QStringList m_attendants; ///< who would speak to the caller if unmuted
    CallerPrompts m_prompts;
    InbandKeys m_inbandKeys;
    bool m_callerHeldLastFrame = false;
    tmr m_answerTimer {};
};

} // namespace ecoute::voice
