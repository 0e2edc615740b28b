// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/MessageCatalog.h"

#include "protocol/Limits.h"

namespace ecoute::protocol {

namespace {

using K = FieldKind;
constexpr int kIdLen = 64;

FieldSpec str(const QString &name, int maxLen = kIdLen, bool required = true, QStringList allowed = {})
{
    return {name, K::String, required, maxLen, std::move(allowed)};
}
FieldSpec optStr(const QString &name, int maxLen = kIdLen, QStringList allowed = {})
{
    return str(name, maxLen, false, std::move(allowed));
}
FieldSpec integer(const QString &name, bool required = true)
{
    return {name, K::Int, required, 0, {}};
}
FieldSpec object(const QString &name, bool required = true)
{
    return {name, K::Object, required, 0, {}};
}
FieldSpec array(const QString &name, int maxLen, bool required = true)
{
    return {name, K::Array, required, maxLen, {}};
}
FieldSpec boolean(const QString &name, bool required = true)
{
    return {name, K::Bool, required, 0, {}};
}

constexpr auto StaffIn = Route::StaffToServer;
constexpr auto SeekerIn = Route::SeekerToServer;
constexpr auto StaffOut = Route::ServerToStaff;
constexpr auto SeekerOut = Route::ServerToSeeker;

} // namespace

MessageCatalog::MessageCatalog()
{
    const int text = Limits::maxChatTextChars;
    m_specs = {
        // Both endpoints, both directions
        {"hello", {StaffIn, SeekerIn}, {array("versions", 16), optStr("client", 64)}},
        {"welcome", {StaffOut, SeekerOut}, {integer("version"), str("server", 64), object("limits")}},
        {"error",
         {StaffOut, SeekerOut},
         {str("code", 32), str("message", 512), optStr("field", 64), integer("retryAfterMs", false)}},
        {"ping", {StaffIn, SeekerIn}, {}},
        {"pong", {StaffOut, SeekerOut}, {}},

        // Staff: authentication
        {"auth.login", {StaffIn}, {str("user", 64), str("password", 1024)}},
        {"auth.resume", {StaffIn}, {str("token", 128)}},
        {"auth.logout", {StaffIn}, {}},
        {"auth.ok",
         {StaffOut},
         {str("token", 128), str("expiresAt", 40), str("user", 64), str("role", 16, true, vocab::roles),
          optStr("displayName", 128), object("policy", false)}},

        // Staff: presence
        {"presence.set", {StaffIn}, {str("state", 16, true, vocab::presenceStates), optStr("reason", 200)}},
        {"presence.state",
         {StaffOut},
         {str("state", 16, true, vocab::presenceStates), optStr("reason", 200), optStr("wrapupUntil", 40),
          str("chosen", 16, false, vocab::chosenPresenceStates)}},

        // Staff: inbox and conversations
        {"inbox.snapshot", {StaffOut}, {array("contacts", Limits::maxListItems)}},
        {"contact.update", {StaffOut}, {object("contact")}},
        {"contact.removed", {StaffOut}, {str("contactId")}},
        {"contact.accept", {StaffIn}, {str("contactId")}},
        {"contact.end", {StaffIn}, {str("contactId"), boolean("hard", false)}},
        {"conversation.open",
         {StaffOut},
         {object("contact"), array("messages", Limits::maxListItems), object("handover", false),
          object("supervision", false)}},
        {"conversations.snapshot", {StaffOut}, {array("contacts", Limits::maxListItems)}},

        // Chat, both endpoints. On the seeker endpoint contactId is implicit.
        {"chat.send", {StaffIn, SeekerIn}, {optStr("contactId"), str("clientMsgId"), str("text", text)}},
        {"chat.ack", {StaffOut, SeekerOut}, {optStr("contactId"), str("clientMsgId"), integer("seq")}},
        {"chat.message",
         {StaffOut, SeekerOut},
         {optStr("contactId"), integer("seq"), str("from", 16, true, vocab::senders), str("text", text),
          str("at", 40)}},
        {"chat.sync", {StaffIn, SeekerIn}, {optStr("contactId"), integer("afterSeq")}},
        {"contact.ended", {StaffOut, SeekerOut}, {optStr("contactId"), str("by", 16)}},

        // Seeker (anonymous help-seeker page)
        {"seeker.start", {SeekerIn}, {str("language", 8), optStr("resume", 128), boolean("urgent", false)}},
        {"seeker.session",
         {SeekerOut},
         {str("token", 128), str("pseudonym", 64), str("contactId"),
          str("state", 16, true, vocab::contactStates), array("emergency", 16, false)}},
        {"contact.state", {SeekerOut}, {str("state", 16, true, vocab::contactStates)}},
        {"seeker.leave", {SeekerIn}, {}},

        // Routing (issue 3). Append-only from here on, like everything above.
        {"offer", {StaffOut}, {object("contact"), str("expiresAt", 40), integer("timeoutMs")}},
        {"offer.decline", {StaffIn}, {str("contactId")}},
        {"offer.withdrawn", {StaffOut}, {str("contactId"), str("reason", 16, true, vocab::offerEndReasons)}},
        {"wrapup.end", {StaffIn}, {}},
        {"wrapup.extend", {StaffIn}, {integer("seconds")}},
        {"contact.transfer", {StaffIn}, {str("contactId"), str("toUser", 64), str("note", 1000)}},
        {"contact.requeue", {StaffIn}, {str("contactId")}},
        {"contact.released",
         {StaffOut},
         {str("contactId"), str("reason", 16, true, vocab::releaseReasons), optStr("toUser", 64)}},
        {"contact.flag", {StaffIn}, {str("contactId"), boolean("urgent")}},
        {"team.get", {StaffIn}, {}},
        {"team.snapshot", {StaffOut}, {array("members", Limits::maxListItems)}},
        {"queue.position",
         {SeekerOut},
         {integer("position"), integer("estimateSeconds", false), boolean("staffOnShift")}},
        {"contact.notice", {SeekerOut}, {str("kind", 16, true, vocab::seekerNotices)}},

        // Supervision (issue 5).
        {"supervision.request",
         {StaffIn},
         {str("kind", 16, true, vocab::supervisionKinds), optStr("contactId"), optStr("message", 500)}},
        {"supervision.cancel", {StaffIn}, {str("requestId")}},
        {"supervision.accept", {StaffIn}, {str("requestId")}},
        {"supervision.close", {StaffIn}, {str("requestId")}},
        {"supervision.update", {StaffOut}, {object("request")}},
        {"supervision.queue", {StaffOut}, {array("requests", Limits::maxListItems)}},
        {"supervision.join", {StaffIn}, {str("contactId"), optStr("requestId")}},
        {"supervision.whisper", {StaffIn}, {str("contactId"), str("clientMsgId"), str("text", text)}},
        {"supervision.takeover", {StaffIn}, {str("contactId"), boolean("volunteerStays", false)}},
        {"supervision.leave", {StaffIn}, {str("contactId")}},
        {"supervision.presence",
         {StaffOut},
         {str("contactId"), str("supervisor", 64), optStr("displayName", 128),
          str("mode", 16, true, vocab::supervisorModes)}},
        {"whisper.message",
         {StaffOut},
         {str("contactId"), integer("id"), str("from", 64), str("text", text), str("at", 40),
          optStr("clientMsgId")}},
        {"debrief.send", {StaffIn}, {str("requestId"), str("clientMsgId"), str("text", text)}},
        {"debrief.message",
         {StaffOut},
         {str("requestId"), integer("id"), str("from", 64), str("text", text), str("at", 40),
          optStr("clientMsgId")}},
        {"audit.get", {StaffIn}, {integer("limit", false)}},
        {"audit.snapshot", {StaffOut}, {array("entries", Limits::maxListItems)}},

        // Practice sessions (issue 6).
        {"scenario.list", {StaffIn}, {}},
        {"scenarios.snapshot", {StaffOut}, {array("scenarios", Limits::maxListItems)}},
        {"scenario.get", {StaffIn}, {str("slug"), str("language", 8)}},
        {"scenario.save", {StaffIn}, {str("slug"), str("language", 8), str("text", 40000)}},
        {"scenario", {StaffOut}, {object("scenario")}},
        {"practice.start",
         {StaffIn},
         {str("slug"), str("language", 8), array("trainees", 20), array("observers", 20, false)}},
        {"practice.session", {StaffOut}, {str("sessionId"), object("scenario"), array("contacts", 20)}},
        {"practice.say", {StaffIn}, {str("contactId"), str("clientMsgId"), str("text", text)}},
        {"practice.end", {StaffIn}, {str("contactId")}},
        {"practice.feedback.send",
         {StaffIn},
         {str("contactId"), array("goals", 12), str("text", 4000, false)}},
        {"practice.feedback", {StaffOut}, {object("feedback")}},
        {"practice.history", {StaffIn}, {optStr("user", 64)}},
        {"practice.history.result", {StaffOut}, {str("user", 64), array("entries", Limits::maxListItems)}},

        // Anonymous statistics. Counts travel inside objects, so a suppressed one can be null.
        {"stats.get", {StaffIn}, {optStr("from", 10), optStr("to", 10)}},
        {"stats.snapshot",
         {StaffOut},
         {str("from", 10), str("to", 10), integer("minCount"), object("totals"), object("channels"),
          object("languages"), object("months"), object("endings"), object("durations")}},
    };
}

const MessageCatalog &MessageCatalog::instance()
{
    static const MessageCatalog catalog;
    return catalog;
}

const MessageSpec *MessageCatalog::find(const QString &type) const
{
    for (const auto &spec : m_specs) {
        if (spec.type == type)
            return &spec;
    }
    return nullptr;
}

} // namespace ecoute::protocol
