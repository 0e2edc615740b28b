// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

/// The closed value sets of the protocol (roles, contact and presence states, channels, ...)
/// as enums. Inside the programs these enums are compared, switched on and stored; their
/// wire names (the strings) appear only at the codec boundary: JSON bodies, database
/// columns, command lines. Each list below is the single source of both the enum and its
/// names, so they cannot drift apart. Append-only: the names travel on the wire and sit in
/// databases.
///
///     Role r = *fromString<Role>(u"supervisor");   // std::nullopt for unknown names
///     QString s = toString(ContactState::Waiting); // "waiting"
///     QStringList all = names<Channel>();          // {"chat", "email", "phone"}

#define ECOUTE_ROLES(X)                                                                                      \
    X(Volunteer, "volunteer")                                                                                \
    X(Supervisor, "supervisor")                                                                              \
    X(Trainer, "trainer")                                                                                    \
    X(Admin, "admin")

#define ECOUTE_CONTACT_STATES(X)                                                                             \
    X(Waiting, "waiting")                                                                                    \
    X(Offered, "offered")                                                                                    \
    X(Active, "active")                                                                                      \
    X(Ended, "ended")

/// busy (at capacity) and wrapup (after a contact) are set by the server only.
#define ECOUTE_PRESENCE_STATES(X)                                                                            \
    X(Off, "off")                                                                                            \
    X(Available, "available")                                                                                \
    X(Busy, "busy")                                                                                          \
    X(Pause, "pause")                                                                                        \
    X(Wrapup, "wrapup")

#define ECOUTE_CHANNELS(X)                                                                                   \
    X(Chat, "chat")                                                                                          \
    X(Email, "email")                                                                                        \
    X(Phone, "phone")

/// Why an offer went away from a volunteer's workstation (offer.withdrawn).
#define ECOUTE_OFFER_END_REASONS(X)                                                                          \
    X(Timeout, "timeout")                                                                                    \
    X(Declined, "declined")                                                                                  \
    X(Taken, "taken")                                                                                        \
    X(Ended, "ended")                                                                                        \
    X(Unavailable, "unavailable")

/// Why a conversation left a volunteer (contact.released).
#define ECOUTE_RELEASE_REASONS(X)                                                                            \
    X(Transferred, "transferred")                                                                            \
    X(Requeued, "requeued")                                                                                  \
    X(GraceExpired, "grace_expired")                                                                         \
    X(TakenOver, "taken_over")

/// What a volunteer asks a supervisor for (supervision.request).
#define ECOUTE_SUPERVISION_KINDS(X)                                                                          \
    X(Urgent, "urgent")                                                                                      \
    X(WhenPossible, "when_possible")                                                                         \
    X(Debrief, "debrief")

/// Where a supervision request stands.
#define ECOUTE_SUPERVISION_STATES(X)                                                                         \
    X(Waiting, "waiting")                                                                                    \
    X(Accepted, "accepted")                                                                                  \
    X(Cancelled, "cancelled")                                                                                \
    X(Closed, "closed")

/// Who is in a conversation besides its volunteer (supervision.presence): a supervisor
/// listening, taking over or gone; in a practice exercise, its trainer (playing the
/// person) and observers.
#define ECOUTE_SUPERVISOR_MODES(X)                                                                           \
    X(Listening, "listening")                                                                                \
    X(TookOver, "took_over")                                                                                 \
    X(Left, "left")                                                                                          \
    X(Playing, "playing")                                                                                    \
    X(Observing, "observing")

/// Neutral notes the help-seeker's page shows (contact.notice).
#define ECOUTE_SEEKER_NOTICES(X)                                                                             \
    X(Continued, "continued")                                                                                \
    X(Requeued, "requeued")

/// Who wrote a chat line (chat.message "from").
#define ECOUTE_SENDERS(X)                                                                                    \
    X(Seeker, "seeker")                                                                                      \
    X(Volunteer, "volunteer")                                                                                \
    X(System, "system")

/// Why the server does not take a phone call in (voice.call.refuse): the line is full, closed
/// (no one on shift), or this caller has called too often (the per-source limit).
#define ECOUTE_CALL_REFUSALS(X)                                                                              \
    X(Busy, "busy")                                                                                          \
    X(Closed, "closed")                                                                                      \
    X(Limited, "limited")

/// Why a call or one of its legs ended (voice.leg.down, voice.call.ended).
#define ECOUTE_CALL_END_REASONS(X)                                                                           \
    X(HungUp, "hung_up")                                                                                     \
    X(Dropped, "dropped")                                                                                    \
    X(Failed, "failed")                                                                                      \
    X(Timeout, "timeout")                                                                                    \
    X(BridgeLost, "bridge_lost")

/// The legs of a call and what a supervisor on it does (protocol/CallAudio).
#define ECOUTE_CALL_LEG_ROLES(X)                                                                             \
    X(Caller, "caller")                                                                                      \
    X(Volunteer, "volunteer")                                                                                \
    X(Supervisor, "supervisor")

#define ECOUTE_CALL_SUPERVISOR_MODES(X)                                                                      \
    X(Listen, "listen")                                                                                      \
    X(Whisper, "whisper")                                                                                    \
    X(Barge, "barge")                                                                                        \
    X(TakeOver, "take_over")

/// Where a phone call stands for a staff member's workstation (call.state).
#define ECOUTE_CALL_STATES(X)                                                                                \
    X(Connecting, "connecting")                                                                              \
    X(Connected, "connected")                                                                                \
    X(Held, "held")                                                                                          \
    X(Ended, "ended")

/// Where a volunteer's e-mail reply stands (mail.outbox): waiting out its undo delay, waiting for a
/// supervisor's review, returned with a comment, handed to the mail server, sent, undeliverable, withdrawn.
#define ECOUTE_MAIL_REPLY_STATES(X)                                                                          \
    X(Scheduled, "scheduled")                                                                                \
    X(PendingReview, "pending_review")                                                                       \
    X(Returned, "returned")                                                                                  \
    X(Sending, "sending")                                                                                    \
    X(Sent, "sent")                                                                                          \
    X(Failed, "failed")                                                                                      \
    X(Cancelled, "cancelled")

/// A supervisor's decision on a reply waiting for review (mail.review.decide).
#define ECOUTE_MAIL_REVIEW_DECISIONS(X)                                                                      \
    X(Approve, "approve")                                                                                    \
    X(Return, "return")

/// A line the server writes into an e-mail thread (chat.message "event", from "system"); the
/// workstation shows it in its own words.
#define ECOUTE_MAIL_EVENTS(X)                                                                                \
    X(Undeliverable, "undeliverable")                                                                        \
    X(Unreadable, "unreadable")                                                                              \
    X(Reassigned, "reassigned")

/// How likely the person is to act on thoughts of suicide, as the volunteer assessed it (report.submit).
#define ECOUTE_RISK_LEVELS(X)                                                                                \
    X(None, "none")                                                                                          \
    X(Low, "low")                                                                                            \
    X(Moderate, "moderate")                                                                                  \
    X(High, "high")                                                                                          \
    X(Imminent, "imminent")

/// The guiding questions of a suicide-risk assessment the volunteer asked.
#define ECOUTE_RISK_QUESTIONS(X)                                                                             \
    X(Thoughts, "thoughts")                                                                                  \
    X(Plan, "plan")                                                                                          \
    X(Means, "means")                                                                                        \
    X(Timing, "timing")

/// An age bracket, only if the person said it.
#define ECOUTE_AGE_BRACKETS(X)                                                                               \
    X(Unsaid, "unsaid")                                                                                      \
    X(Under13, "under13")                                                                                    \
    X(From13To17, "13to17")                                                                                  \
    X(From18To24, "18to24")                                                                                  \
    X(From25To39, "25to39")                                                                                  \
    X(From40To64, "40to64")                                                                                  \
    X(From65, "65plus")

/// A gender, only if the person said it.
#define ECOUTE_GENDERS(X)                                                                                    \
    X(Unsaid, "unsaid")                                                                                      \
    X(Woman, "woman")                                                                                        \
    X(Man, "man")                                                                                            \
    X(Other, "other")

/// Whether the person reached the line before: pre-filled where the channel recognises them.
#define ECOUTE_CONTACT_HISTORIES(X)                                                                          \
    X(Unknown, "unknown")                                                                                    \
    X(First, "first")                                                                                        \
    X(Repeat, "repeat")

/// What the contact led to (several may apply).
#define ECOUTE_REPORT_OUTCOMES(X)                                                                            \
    X(Listened, "listened")                                                                                  \
    X(Information, "information")                                                                            \
    X(Referred, "referred")                                                                                  \
    X(Supervisor, "supervisor")                                                                              \
    X(Emergency, "emergency")

/// The steps of the imminent-risk workflow, in the order they are usually taken (risk.step):
/// active engagement first, then the least invasive intervention, supervisor consultation,
/// emergency services only when needed, and follow-up. opened and closed frame the case.
#define ECOUTE_RISK_STEPS(X)                                                                                 \
    X(Opened, "opened")                                                                                      \
    X(Engage, "engage")                                                                                      \
    X(Assess, "assess")                                                                                      \
    X(SafetyPlan, "safety_plan")                                                                             \
    X(Consult, "consult")                                                                                    \
    X(Emergency, "emergency")                                                                                \
    X(FollowUp, "follow_up")                                                                                 \
    X(Closed, "closed")

#define ECOUTE_VOCAB_ENUMERATOR(name, text) name,
#define ECOUTE_VOCAB_TEXT(name, text) text,

namespace ecoute::protocol {

/// Names of an enum's values in declaration order; specialised once per vocabulary below.
template<class E> struct Vocabulary;

template<class E>
concept VocabularyEnum = requires
{
    Vocabulary<E>::names;
};

#define ECOUTE_DECLARE_VOCABULARY(Enum, LIST)                                                                \
    enum class Enum { LIST(ECOUTE_VOCAB_ENUMERATOR) };                                                       \
    template<> struct Vocabulary<Enum>                                                                       \
    {                                                                                                        \
        static constexpr std::array names {LIST(ECOUTE_VOCAB_TEXT)};                                         \
    };

ECOUTE_DECLARE_VOCABULARY(Role, ECOUTE_ROLES)
ECOUTE_DECLARE_VOCABULARY(ContactState, ECOUTE_CONTACT_STATES)
ECOUTE_DECLARE_VOCABULARY(PresenceState, ECOUTE_PRESENCE_STATES)
ECOUTE_DECLARE_VOCABULARY(Channel, ECOUTE_CHANNELS)
ECOUTE_DECLARE_VOCABULARY(OfferEndReason, ECOUTE_OFFER_END_REASONS)
ECOUTE_DECLARE_VOCABULARY(ReleaseReason, ECOUTE_RELEASE_REASONS)
ECOUTE_DECLARE_VOCABULARY(SupervisionKind, ECOUTE_SUPERVISION_KINDS)
ECOUTE_DECLARE_VOCABULARY(SupervisionState, ECOUTE_SUPERVISION_STATES)
ECOUTE_DECLARE_VOCABULARY(SupervisorMode, ECOUTE_SUPERVISOR_MODES)
ECOUTE_DECLARE_VOCABULARY(SeekerNotice, ECOUTE_SEEKER_NOTICES)
ECOUTE_DECLARE_VOCABULARY(Sender, ECOUTE_SENDERS)
ECOUTE_DECLARE_VOCABULARY(CallRefusal, ECOUTE_CALL_REFUSALS)
ECOUTE_DECLARE_VOCABULARY(CallEndReason, ECOUTE_CALL_END_REASONS)
ECOUTE_DECLARE_VOCABULARY(CallLegRole, ECOUTE_CALL_LEG_ROLES)
ECOUTE_DECLARE_VOCABULARY(CallSupervisorMode, ECOUTE_CALL_SUPERVISOR_MODES)
ECOUTE_DECLARE_VOCABULARY(CallState, ECOUTE_CALL_STATES)
ECOUTE_DECLARE_VOCABULARY(MailReplyState, ECOUTE_MAIL_REPLY_STATES)
ECOUTE_DECLARE_VOCABULARY(MailReviewDecision, ECOUTE_MAIL_REVIEW_DECISIONS)
ECOUTE_DECLARE_VOCABULARY(MailEvent, ECOUTE_MAIL_EVENTS)
ECOUTE_DECLARE_VOCABULARY(RiskLevel, ECOUTE_RISK_LEVELS)
ECOUTE_DECLARE_VOCABULARY(RiskQuestion, ECOUTE_RISK_QUESTIONS)
ECOUTE_DECLARE_VOCABULARY(AgeBracket, ECOUTE_AGE_BRACKETS)
ECOUTE_DECLARE_VOCABULARY(Gender, ECOUTE_GENDERS)
ECOUTE_DECLARE_VOCABULARY(ContactHistory, ECOUTE_CONTACT_HISTORIES)
ECOUTE_DECLARE_VOCABULARY(ReportOutcome, ECOUTE_REPORT_OUTCOMES)
ECOUTE_DECLARE_VOCABULARY(RiskStep, ECOUTE_RISK_STEPS)

#undef ECOUTE_DECLARE_VOCABULARY

/// How many values the vocabulary has.
template<VocabularyEnum E> constexpr std::size_t valueCount()
{
    return Vocabulary<E>::names.size();
}

/// Every value, in declaration order (for loops and exhaustive tests).
template<VocabularyEnum E> constexpr std::array<E, valueCount<E>()> allValues()
{
    std::array<E, valueCount<E>()> values {};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<E>(i);
    return values;
}

/// Any vocabulary value, as toString's parameter. Taking it through a conversion (not
/// as a template parameter) makes QTest's own toString the better match inside QCOMPARE,
/// which finds this one by argument-dependent lookup and needs a char * back.
class VocabularyValue
{
public:
    template<VocabularyEnum E>
    constexpr VocabularyValue(E value) // NOLINT(google-explicit-constructor): implicit on purpose
        : m_names(Vocabulary<E>::names.data()), m_count(Vocabulary<E>::names.size()),
          m_index(static_cast<std::size_t>(value))
    {
    }

    /// Empty for a value outside the list (MessageType::Unknown).
    QString name() const { return m_index < m_count ? QString::fromLatin1(m_names[m_index]) : QString(); }

private:
    const char *const *m_names;
    std::size_t m_count;
    std::size_t m_index;
};

/// The wire name of a value, e.g. toString(Role::Admin) == "admin".
/// Empty for a value outside the list (MessageType::Unknown).
inline QString toString(VocabularyValue value)
{
    return value.name();
}

/// The value a wire name stands for; std::nullopt for names outside the vocabulary
/// (exact, case-sensitive match: the codec has already checked incoming frames).
template<VocabularyEnum E> std::optional<E> fromString(QStringView text)
{
    const auto &names = Vocabulary<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/// Every wire name, in declaration order (the catalog's allowed values).
template<VocabularyEnum E> QStringList names()
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(valueCount<E>()));
    for (const char *name : Vocabulary<E>::names)
        list.append(QString::fromLatin1(name));
    return list;
}

/// Lets a channel key a QHash (e.g. a volunteer's active contacts per channel).
inline size_t qHash(Channel channel, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(channel), seed);
}

/// What a volunteer may choose with presence.set; busy and wrapup are the server's.
constexpr bool isChosenPresence(PresenceState state)
{
    return state == PresenceState::Off || state == PresenceState::Available || state == PresenceState::Pause;
}

} // namespace ecoute::protocol
