// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/MessageCatalog.h"

#include "protocol/Limits.h"

namespace ecoute::protocol {

namespace {

using K = FieldKind;
using T = MessageType;
constexpr int kIdLen = 64;

FieldSpec str(const char *name, int maxLen = kIdLen, bool required = true, QStringList allowed = {})
{
    return {QString::fromLatin1(name), K::String, required, maxLen, std::move(allowed)};
}
FieldSpec optStr(const char *name, int maxLen = kIdLen, QStringList allowed = {})
{
    return str(name, maxLen, false, std::move(allowed));
}
FieldSpec integer(const char *name, bool required = true)
{
    return {QString::fromLatin1(name), K::Int, required, 0, {}};
}
FieldSpec object(const char *name, bool required = true)
{
    return {QString::fromLatin1(name), K::Object, required, 0, {}};
}
FieldSpec array(const char *name, int maxLen, bool required = true)
{
    return {QString::fromLatin1(name), K::Array, required, maxLen, {}};
}
FieldSpec boolean(const char *name, bool required = true)
{
    return {QString::fromLatin1(name), K::Bool, required, 0, {}};
}

constexpr auto StaffIn = Route::StaffToServer;
constexpr auto SeekerIn = Route::SeekerToServer;
constexpr auto StaffOut = Route::ServerToStaff;
constexpr auto SeekerOut = Route::ServerToSeeker;
constexpr auto BridgeIn = Route::BridgeToServer;
constexpr auto BridgeOut = Route::ServerToBridge;

} // namespace

MessageCatalog::MessageCatalog()
{
    const int text = Limits::maxChatTextChars;
    const int mail = Limits::maxMailTextChars;
    m_specs = {
        // Both endpoints, both directions
        {T::Hello, {StaffIn, SeekerIn}, {array("versions", 16), optStr("client", 64)}},
        {T::Welcome, {StaffOut, SeekerOut}, {integer("version"), str("server", 64), object("limits")}},
        {T::Error,
         {StaffOut, SeekerOut},
         {str("code", 32), str("message", 512), optStr("field", 64), integer("retryAfterMs", false)}},
        {T::Ping, {StaffIn, SeekerIn}, {}},
        {T::Pong, {StaffOut, SeekerOut}, {}},

        // Staff: authentication
        {T::AuthLogin, {StaffIn}, {str("user", 64), str("password", 1024)}},
        {T::AuthResume, {StaffIn}, {str("token", 128)}},
        {T::AuthLogout, {StaffIn}, {}},
        {T::AuthOk,
         {StaffOut},
         {str("token", 128), str("expiresAt", 40), str("user", 64), str("role", 16, true, vocab::roles),
          optStr("displayName", 128), object("policy", false)}},

        // Staff: presence
        {T::PresenceSet, {StaffIn}, {str("state", 16, true, vocab::presenceStates), optStr("reason", 200)}},
        {T::PresenceState,
         {StaffOut},
         {str("state", 16, true, vocab::presenceStates), optStr("reason", 200), optStr("wrapupUntil", 40),
          str("chosen", 16, false, vocab::chosenPresenceStates)}},

        // Staff: inbox and conversations
        {T::InboxSnapshot, {StaffOut}, {array("contacts", Limits::maxListItems)}},
        {T::ContactUpdate, {StaffOut}, {object("contact")}},
        {T::ContactRemoved, {StaffOut}, {str("contactId")}},
        {T::ContactAccept, {StaffIn}, {str("contactId")}},
        {T::ContactEnd, {StaffIn}, {str("contactId"), boolean("hard", false)}},
        {T::ConversationOpen,
         {StaffOut},
         {object("contact"), array("messages", Limits::maxListItems), object("handover", false),
          object("supervision", false)}},
        {T::ConversationsSnapshot, {StaffOut}, {array("contacts", Limits::maxListItems)}},

        // Chat, both endpoints. On the seeker endpoint contactId is implicit.
        {T::ChatSend, {StaffIn, SeekerIn}, {optStr("contactId"), str("clientMsgId"), str("text", text)}},
        {T::ChatAck, {StaffOut, SeekerOut}, {optStr("contactId"), str("clientMsgId"), integer("seq")}},
        {T::ChatMessage,
         {StaffOut, SeekerOut},
         {optStr("contactId"), integer("seq"), str("from", 16, true, vocab::senders), str("text", mail),
          str("at", 40), array("attachments", 50, false), optStr("event", 16, vocab::mailEvents)}},
        {T::ChatSync, {StaffIn, SeekerIn}, {optStr("contactId"), integer("afterSeq")}},
        {T::ContactEnded, {StaffOut, SeekerOut}, {optStr("contactId"), str("by", 16)}},

        // Seeker (anonymous help-seeker page)
        {T::SeekerStart, {SeekerIn}, {str("language", 8), optStr("resume", 128), boolean("urgent", false)}},
        {T::SeekerSession,
         {SeekerOut},
         {str("token", 128), str("pseudonym", 64), str("contactId"),
          str("state", 16, true, vocab::contactStates), array("emergency", 16, false)}},
        {T::ContactState, {SeekerOut}, {str("state", 16, true, vocab::contactStates)}},
        {T::SeekerLeave, {SeekerIn}, {}},

        // Routing (issue 3). Append-only from here on, like everything above.
        {T::Offer, {StaffOut}, {object("contact"), str("expiresAt", 40), integer("timeoutMs")}},
        {T::OfferDecline, {StaffIn}, {str("contactId")}},
        {T::OfferWithdrawn, {StaffOut}, {str("contactId"), str("reason", 16, true, vocab::offerEndReasons)}},
        {T::WrapupEnd, {StaffIn}, {}},
        {T::WrapupExtend, {StaffIn}, {integer("seconds")}},
        {T::ContactTransfer, {StaffIn}, {str("contactId"), str("toUser", 64), str("note", 1000)}},
        {T::ContactRequeue, {StaffIn}, {str("contactId")}},
        {T::ContactReleased,
         {StaffOut},
         {str("contactId"), str("reason", 16, true, vocab::releaseReasons), optStr("toUser", 64)}},
        {T::ContactFlag, {StaffIn}, {str("contactId"), boolean("urgent")}},
        {T::TeamGet, {StaffIn}, {}},
        {T::TeamSnapshot, {StaffOut}, {array("members", Limits::maxListItems)}},
        {T::QueuePosition,
         {SeekerOut},
         {integer("position"), integer("estimateSeconds", false), boolean("staffOnShift")}},
        {T::ContactNotice, {SeekerOut}, {str("kind", 16, true, vocab::seekerNotices)}},

        // Supervision (issue 5).
        {T::SupervisionRequest,
         {StaffIn},
         {str("kind", 16, true, vocab::supervisionKinds), optStr("contactId"), optStr("message", 500)}},
        {T::SupervisionCancel, {StaffIn}, {str("requestId")}},
        {T::SupervisionAccept, {StaffIn}, {str("requestId")}},
        {T::SupervisionClose, {StaffIn}, {str("requestId")}},
        {T::SupervisionUpdate, {StaffOut}, {object("request")}},
        {T::SupervisionQueue, {StaffOut}, {array("requests", Limits::maxListItems)}},
        {T::SupervisionJoin, {StaffIn}, {str("contactId"), optStr("requestId")}},
        {T::SupervisionWhisper, {StaffIn}, {str("contactId"), str("clientMsgId"), str("text", text)}},
        {T::SupervisionTakeover, {StaffIn}, {str("contactId"), boolean("volunteerStays", false)}},
        {T::SupervisionLeave, {StaffIn}, {str("contactId")}},
        {T::SupervisionPresence,
         {StaffOut},
         {str("contactId"), str("supervisor", 64), optStr("displayName", 128),
          str("mode", 16, true, vocab::supervisorModes)}},
        {T::WhisperMessage,
         {StaffOut},
         {str("contactId"), integer("id"), str("from", 64), str("text", text), str("at", 40),
          optStr("clientMsgId")}},
        {T::DebriefSend, {StaffIn}, {str("requestId"), str("clientMsgId"), str("text", text)}},
        {T::DebriefMessage,
         {StaffOut},
         {str("requestId"), integer("id"), str("from", 64), str("text", text), str("at", 40),
          optStr("clientMsgId")}},
        {T::AuditGet, {StaffIn}, {integer("limit", false)}},
        {T::AuditSnapshot, {StaffOut}, {array("entries", Limits::maxListItems)}},

        // Practice sessions (issue 6).
        {T::ScenarioList, {StaffIn}, {}},
        {T::ScenariosSnapshot, {StaffOut}, {array("scenarios", Limits::maxListItems)}},
        {T::ScenarioGet, {StaffIn}, {str("slug"), str("language", 8)}},
        {T::ScenarioSave, {StaffIn}, {str("slug"), str("language", 8), str("text", 40000)}},
        {T::Scenario, {StaffOut}, {object("scenario")}},
        {T::PracticeStart,
         {StaffIn},
         {str("slug"), str("language", 8), array("trainees", 20), array("observers", 20, false)}},
        {T::PracticeSession, {StaffOut}, {str("sessionId"), object("scenario"), array("contacts", 20)}},
        {T::PracticeSay, {StaffIn}, {str("contactId"), str("clientMsgId"), str("text", text)}},
        {T::PracticeEnd, {StaffIn}, {str("contactId")}},
        {T::PracticeFeedbackSend,
         {StaffIn},
         {str("contactId"), array("goals", 12), str("text", 4000, false)}},
        {T::PracticeFeedback, {StaffOut}, {object("feedback")}},
        {T::PracticeHistory, {StaffIn}, {optStr("user", 64)}},
        {T::PracticeHistoryResult, {StaffOut}, {str("user", 64), array("entries", Limits::maxListItems)}},

        // Anonymous statistics. Counts travel inside objects, so a suppressed one can be null.
        {T::StatsGet, {StaffIn}, {optStr("from", 10), optStr("to", 10)}},
        {T::StatsSnapshot,
         {StaffOut},
         {str("from", 10), str("to", 10), integer("minCount"), object("totals"), object("channels"),
          object("languages"), object("months"), object("endings"), object("durations"),
          // issue 16, from the end-of-contact reports and the contacts' times
          object("topics", false), object("risks", false), object("outcomes", false),
          object("histories", false), object("answeredByMonth", false), object("waitByMonth", false),
          object("heatmap", false), optStr("timeZone", 64), object("monthsByChannel", false),
          object("wait", false)}},

        // The phone bridge's control lines (issue 14): ecoute-voice reports, the server decides.
        // callId and legId are the bridge's and the server's handles; the caller is a keyed hash
        // or "withheld", never a number.
        {T::VoiceReady, {BridgeIn}, {integer("sipPort"), integer("sipTlsPort")}},
        {T::VoiceCallIncoming, {BridgeIn}, {str("callId"), str("caller", 64)}},
        {T::VoiceCallAdmit,
         {BridgeOut},
         {str("callId"), integer("position"), optStr("language", 8, vocab::languages),
          array("menu", 9, false)}},
        {T::VoiceCallRefuse, {BridgeOut}, {str("callId"), str("reason", 32, true, vocab::callRefusals)}},
        {T::VoiceCallQueue, {BridgeOut}, {str("callId"), integer("position")}},
        {T::VoiceLegExpect, {BridgeOut}, {str("callId"), str("legId"), str("token", 64)}},
        {T::VoiceCallRoute, {BridgeOut}, {str("callId"), boolean("onHold"), array("legs", 8)}},
        {T::VoiceLegDrop, {BridgeOut}, {str("callId"), str("legId")}},
        {T::VoiceCallHangup, {BridgeOut}, {str("callId")}},
        {T::VoiceLegUp, {BridgeIn}, {str("callId"), str("legId")}},
        {T::VoiceLegDown,
         {BridgeIn},
         {str("callId"), str("legId"), str("reason", 32, true, vocab::callEndReasons)}},
        {T::VoiceCallEnded, {BridgeIn}, {str("callId"), str("reason", 32, true, vocab::callEndReasons)}},
        {T::VoiceCallCreate, {BridgeOut}, {str("callId")}},
        {T::VoiceCallLanguage, {BridgeIn}, {str("callId"), str("language", 8, true, vocab::languages)}},

        // Calls at the workstation (issue 14). The workstation places its own call to the bridge with a
        // one-time token; everything that changes who hears whom is a request the server checks.
        {T::CallConnect, {StaffOut}, {str("contactId"), str("token", 64), integer("sipTlsPort")}},
        {T::CallState,
         {StaffOut},
         {str("contactId"), str("state", 16, true, vocab::callStates),
          optStr("reason", 32, vocab::callEndReasons)}},
        {T::CallHold, {StaffIn}, {str("contactId"), boolean("on")}},
        {T::CallMute, {StaffIn}, {str("contactId"), boolean("on")}},
        {T::SupervisionMode,
         {StaffIn},
         {str("contactId"), str("mode", 16, true, vocab::callSupervisorModes)}},

        // E-mail (issue 15). A thread is a contact of channel email that stays with the volunteer who
        // accepted it; its letters travel as chat.message. A reply waits out an undo delay or a review.
        {T::MailReply,
         {StaffIn},
         {str("contactId"), str("clientMsgId"), str("text", mail), optStr("signature", 64)}},
        {T::MailReplyCancel, {StaffIn}, {str("replyId")}},
        {T::MailOutbox, {StaffOut}, {object("reply")}},
        {T::MailDeskGet, {StaffIn}, {}},
        {T::MailDesk,
         {StaffOut},
         {array("reviews", Limits::maxListItems), array("overdue", Limits::maxListItems)}},
        {T::MailReviewDecide,
         {StaffIn},
         {str("replyId"), str("decision", 16, true, vocab::mailReviewDecisions), optStr("text", mail),
          optStr("comment", 1000)}},
        {T::MailBlock, {StaffIn}, {str("contactId"), boolean("on")}},
        {T::MailReassign, {StaffIn}, {str("contactId"), str("toUser", 64), str("note", 1000)}},

        // The help-seeker's web mailbox (issue 15), on the seeker endpoint: a chosen name and password
        // instead of an address; answers arrive as chat.message, a letter is acknowledged by chat.ack.
        {T::MailboxOpen,
         {SeekerIn},
         {str("name", 40), str("password", 256), boolean("create"),
          str("language", 8, true, vocab::languages), optStr("notify", 254)}},
        {T::MailboxResume, {SeekerIn}, {str("token", 128)}},
        {T::MailboxSession,
         {SeekerOut},
         {str("token", 128), str("name", 40), array("messages", Limits::maxListItems),
          integer("answerHours")}},
        {T::MailboxWrite, {SeekerIn}, {str("clientMsgId"), str("text", mail)}},
        {T::MailboxClose, {SeekerIn}, {}},

        // End-of-contact reports (issue 16): the topics the centre configured, the contacts this
        // volunteer has left to report, and the report itself, with no free text. Closed sets only.
        {T::ReportForm, {StaffOut}, {array("topics", Limits::maxListItems)}},
        {T::ReportPendingGet, {StaffIn}, {}},
        {T::ReportPending, {StaffOut}, {array("contacts", Limits::maxListItems)}},
        {T::ReportSubmit,
         {StaffIn},
         {str("contactId"), array("topics", 12), str("risk", 16, true, vocab::riskLevels),
          array("asked", 4, false), str("age", 16, true, vocab::ageBrackets),
          str("gender", 16, true, vocab::genders), str("history", 16, true, vocab::contactHistories),
          array("outcomes", 5), array("referrals", 5, false)}},
        {T::ReportSaved, {StaffOut}, {str("contactId")}},

        // The imminent-risk workflow (issue 16): each step is audited with its time; the location a
        // person gave goes to supervisors only and is deleted with the contact's transcript.
        {T::RiskStep, {StaffIn}, {str("contactId"), str("step", 16, true, vocab::riskSteps)}},
        {T::RiskLocation, {StaffIn}, {str("contactId"), str("text", 500)}},
        {T::RiskCases, {StaffOut}, {array("cases", Limits::maxListItems)}},
        {T::RiskUpdate, {StaffOut}, {object("case")}},

        // The referral directory (issue 16): read by every staff member, kept by admins.
        {T::DirectoryGet, {StaffIn}, {}},
        {T::Directory, {StaffOut}, {array("services", Limits::maxListItems)}},
        {T::DirectorySave, {StaffIn}, {object("service")}},
        {T::DirectoryRemove, {StaffIn}, {str("id")}},

        // Wellbeing (issue 16): what the volunteer's shift held, when they go off shift.
        {T::ShiftSummary,
         {StaffOut},
         {str("since", 40), integer("contacts"), integer("hard"), integer("imminent")}},
    };
    // The wire name comes from the type list, and each type is found in O(1).
    m_byType.fill(nullptr);
    for (MessageSpec &spec : m_specs) {
        spec.type = toString(spec.messageType);
        m_byType[static_cast<std::size_t>(spec.messageType)] = &spec;
    }
}

const MessageCatalog &MessageCatalog::instance()
{
    static const MessageCatalog catalog;
    return catalog;
}

const MessageSpec *MessageCatalog::find(MessageType type) const
{
    const auto index = static_cast<std::size_t>(type);
    return index < m_byType.size() ? m_byType[index] : nullptr;
}

const MessageSpec *MessageCatalog::find(QStringView type) const
{
    return find(messageTypeOf(type));
}

} // namespace ecoute::protocol
