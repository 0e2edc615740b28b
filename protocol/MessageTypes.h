// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

/// Every message type of the protocol, once. The enum, its wire names and the catalog
/// (protocol/MessageCatalog.cpp, one spec per type) come from this list, and tst_codec
/// checks that each type has a spec and is described in docs/protocol.md. Handlers look
/// up the decoded Envelope::messageType in a table, never compare type strings.
/// Append-only: add new types at the end, never reorder or rename (the names are the
/// wire format).
#define ECOUTE_MESSAGE_TYPES(X)                                                                              \
    X(Hello, "hello")                                                                                        \
    X(Welcome, "welcome")                                                                                    \
    X(Error, "error")                                                                                        \
    X(Ping, "ping")                                                                                          \
    X(Pong, "pong")                                                                                          \
    X(AuthLogin, "auth.login")                                                                               \
    X(AuthResume, "auth.resume")                                                                             \
    X(AuthLogout, "auth.logout")                                                                             \
    X(AuthOk, "auth.ok")                                                                                     \
    X(PresenceSet, "presence.set")                                                                           \
    X(PresenceState, "presence.state")                                                                       \
    X(InboxSnapshot, "inbox.snapshot")                                                                       \
    X(ContactUpdate, "contact.update")                                                                       \
    X(ContactRemoved, "contact.removed")                                                                     \
    X(ContactAccept, "contact.accept")                                                                       \
    X(ContactEnd, "contact.end")                                                                             \
    X(ConversationOpen, "conversation.open")                                                                 \
    X(ConversationsSnapshot, "conversations.snapshot")                                                       \
    X(ChatSend, "chat.send")                                                                                 \
    X(ChatAck, "chat.ack")                                                                                   \
    X(ChatMessage, "chat.message")                                                                           \
    X(ChatSync, "chat.sync")                                                                                 \
    X(ContactEnded, "contact.ended")                                                                         \
    X(SeekerStart, "seeker.start")                                                                           \
    X(SeekerSession, "seeker.session")                                                                       \
    X(ContactState, "contact.state")                                                                         \
    X(SeekerLeave, "seeker.leave")                                                                           \
    X(Offer, "offer")                                                                                        \
    X(OfferDecline, "offer.decline")                                                                         \
    X(OfferWithdrawn, "offer.withdrawn")                                                                     \
    X(WrapupEnd, "wrapup.end")                                                                               \
    X(WrapupExtend, "wrapup.extend")                                                                         \
    X(ContactTransfer, "contact.transfer")                                                                   \
    X(ContactRequeue, "contact.requeue")                                                                     \
    X(ContactReleased, "contact.released")                                                                   \
    X(ContactFlag, "contact.flag")                                                                           \
    X(TeamGet, "team.get")                                                                                   \
    X(TeamSnapshot, "team.snapshot")                                                                         \
    X(QueuePosition, "queue.position")                                                                       \
    X(ContactNotice, "contact.notice")                                                                       \
    X(SupervisionRequest, "supervision.request")                                                             \
    X(SupervisionCancel, "supervision.cancel")                                                               \
    X(SupervisionAccept, "supervision.accept")                                                               \
    X(SupervisionClose, "supervision.close")                                                                 \
    X(SupervisionUpdate, "supervision.update")                                                               \
    X(SupervisionQueue, "supervision.queue")                                                                 \
    X(SupervisionJoin, "supervision.join")                                                                   \
    X(SupervisionWhisper, "supervision.whisper")                                                             \
    X(SupervisionTakeover, "supervision.takeover")                                                           \
    X(SupervisionLeave, "supervision.leave")                                                                 \
    X(SupervisionPresence, "supervision.presence")                                                           \
    X(WhisperMessage, "whisper.message")                                                                     \
    X(DebriefSend, "debrief.send")                                                                           \
    X(DebriefMessage, "debrief.message")                                                                     \
    X(AuditGet, "audit.get")                                                                                 \
    X(AuditSnapshot, "audit.snapshot")                                                                       \
    X(ScenarioList, "scenario.list")                                                                         \
    X(ScenariosSnapshot, "scenarios.snapshot")                                                               \
    X(ScenarioGet, "scenario.get")                                                                           \
    X(ScenarioSave, "scenario.save")                                                                         \
    X(Scenario, "scenario")                                                                                  \
    X(PracticeStart, "practice.start")                                                                       \
    X(PracticeSession, "practice.session")                                                                   \
    X(PracticeSay, "practice.say")                                                                           \
    X(PracticeEnd, "practice.end")                                                                           \
    X(PracticeFeedbackSend, "practice.feedback.send")                                                        \
    X(PracticeFeedback, "practice.feedback")                                                                 \
    X(PracticeHistory, "practice.history")                                                                   \
    X(PracticeHistoryResult, "practice.history.result")                                                      \
    X(StatsGet, "stats.get")                                                                                 \
    X(StatsSnapshot, "stats.snapshot")                                                                       \
    X(VoiceReady, "voice.ready")                                                                             \
    X(VoiceCallIncoming, "voice.call.incoming")                                                              \
    X(VoiceCallAdmit, "voice.call.admit")                                                                    \
    X(VoiceCallRefuse, "voice.call.refuse")                                                                  \
    X(VoiceCallQueue, "voice.call.queue")                                                                    \
    X(VoiceLegExpect, "voice.leg.expect")                                                                    \
    X(VoiceCallRoute, "voice.call.route")                                                                    \
    X(VoiceLegDrop, "voice.leg.drop")                                                                        \
    X(VoiceCallHangup, "voice.call.hangup")                                                                  \
    X(VoiceLegUp, "voice.leg.up")                                                                            \
    X(VoiceLegDown, "voice.leg.down")                                                                        \
    X(VoiceCallEnded, "voice.call.ended")                                                                    \
    X(CallConnect, "call.connect")                                                                           \
    X(CallState, "call.state")                                                                               \
    X(CallHold, "call.hold")                                                                                 \
    X(CallMute, "call.mute")                                                                                 \
    X(SupervisionMode, "supervision.mode")                                                                   \
    X(VoiceCallLanguage, "voice.call.language")                                                              \
    X(VoiceCallCreate, "voice.call.create")                                                                  \
    X(MailReply, "mail.reply")                                                                               \
    X(MailReplyCancel, "mail.reply.cancel")                                                                  \
    X(MailOutbox, "mail.outbox")                                                                             \
    X(MailDeskGet, "mail.desk.get")                                                                          \
    X(MailDesk, "mail.desk")                                                                                 \
    X(MailReviewDecide, "mail.review.decide")                                                                \
    X(MailBlock, "mail.block")                                                                               \
    X(MailReassign, "mail.reassign")                                                                         \
    X(MailboxOpen, "mailbox.open")                                                                           \
    X(MailboxResume, "mailbox.resume")                                                                       \
    X(MailboxSession, "mailbox.session")                                                                     \
    X(MailboxWrite, "mailbox.write")                                                                         \
    X(MailboxClose, "mailbox.close")                                                                         \
    X(ReportForm, "report.form")                                                                             \
    X(ReportPendingGet, "report.pending.get")                                                                \
    X(ReportPending, "report.pending")                                                                       \
    X(ReportSubmit, "report.submit")                                                                         \
    X(ReportSaved, "report.saved")                                                                           \
    X(RiskStep, "risk.step")                                                                                 \
    X(RiskLocation, "risk.location")                                                                         \
    X(RiskCases, "risk.cases")                                                                               \
    X(RiskUpdate, "risk.update")                                                                             \
    X(DirectoryGet, "directory.get")                                                                         \
    X(Directory, "directory")                                                                                \
    X(DirectorySave, "directory.save")                                                                       \
    X(DirectoryRemove, "directory.remove")                                                                   \
    X(ShiftSummary, "shift.summary")

namespace ecoute::protocol {

/// Unknown (last, outside the list) stands for a type name this build does not know;
/// the codec never lets such a frame through.
enum class MessageType { ECOUTE_MESSAGE_TYPES(ECOUTE_VOCAB_ENUMERATOR) Unknown };

template<> struct Vocabulary<MessageType>
{
    static constexpr std::array names {ECOUTE_MESSAGE_TYPES(ECOUTE_VOCAB_TEXT)};
};

/// Number of known message types (Unknown excluded): the size of a handler table.
inline constexpr std::size_t kMessageTypeCount = valueCount<MessageType>();
static_assert(static_cast<std::size_t>(MessageType::Unknown) == kMessageTypeCount);

/// The type a wire name stands for, Unknown if none (for envelopes built from a name).
inline MessageType messageTypeOf(QStringView name)
{
    return fromString<MessageType>(name).value_or(MessageType::Unknown);
}

} // namespace ecoute::protocol
