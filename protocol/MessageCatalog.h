// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/MessageTypes.h"

#include <QList>
#include <QString>

#include <array>

namespace ecoute::protocol {

/// Which side sends a frame and on which endpoint. The server decodes with
/// StaffToServer or SeekerToServer, the clients with ServerToStaff/ServerToSeeker.
/// ServerToBridge and BridgeToServer are the phone bridge's control lines (ecoute-voice's
/// standard input and output, one frame per line): the same envelope and the same strict codec.
enum class Route {
    StaffToServer,
    SeekerToServer,
    ServerToStaff,
    ServerToSeeker,
    ServerToBridge,
    BridgeToServer
};

enum class FieldKind { String, Int, Bool, Object, Array };

struct FieldSpec
{
    QString name;
    FieldKind kind = FieldKind::String;
    bool required = true;
    int maxLength = 256; ///< characters for strings, elements for arrays
    QStringList allowed; ///< for strings: the only accepted values, if not empty
};

struct MessageSpec
{
    MessageType messageType = MessageType::Unknown;
    QList<Route> routes;
    QList<FieldSpec> fields;
    QString type = {}; ///< the wire name, filled in from messageType by the catalog
};

/// Every message type of the protocol and its body schema. docs/protocol.md
/// describes the same table for humans; tst_codec checks they agree.
class MessageCatalog
{
public:
    static const MessageCatalog &instance();

    /// Null for MessageType::Unknown (and for a type without spec, which tst_codec rules out).
    const MessageSpec *find(MessageType type) const;
    /// By wire name; null for names that are not a message type.
    const MessageSpec *find(QStringView type) const;
    const QList<MessageSpec> &all() const { return m_specs; }

private:
    MessageCatalog();
    QList<MessageSpec> m_specs;
    std::array<const MessageSpec *, kMessageTypeCount> m_byType {};
};

/// Field value vocabularies shared by client and server, as the codec's allowed values.
/// The closed sets come from the enums of protocol/Vocabulary.h; use the enums in code.
namespace vocab {
inline const QStringList channels = names<Channel>();
inline const QStringList contactStates = names<ContactState>();
/// busy (at capacity) and wrapup (after a contact) are set by the server only.
inline const QStringList presenceStates = names<PresenceState>();
/// What a volunteer may ask for with presence.set (see isChosenPresence).
inline const QStringList chosenPresenceStates {
    toString(PresenceState::Off), toString(PresenceState::Available), toString(PresenceState::Pause)};
inline const QStringList languages {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en"),
                                    QStringLiteral("lb"), QStringLiteral("pt")};
inline const QStringList offerEndReasons = names<OfferEndReason>();
inline const QStringList releaseReasons = names<ReleaseReason>();
inline const QStringList supervisionKinds = names<SupervisionKind>();
inline const QStringList supervisionStates = names<SupervisionState>();
inline const QStringList supervisorModes = names<SupervisorMode>();
inline const QStringList seekerNotices = names<SeekerNotice>();
inline const QStringList roles = names<Role>();
inline const QStringList senders = names<Sender>();
inline const QStringList callRefusals = names<CallRefusal>();
inline const QStringList callEndReasons = names<CallEndReason>();
inline const QStringList callStates = names<CallState>();
/// What a supervisor does on a call (supervision.mode); a takeover is supervision.takeover.
inline const QStringList callSupervisorModes {QStringLiteral("listen"), QStringLiteral("whisper"),
                                              QStringLiteral("barge")};
inline const QStringList mailReplyStates = names<MailReplyState>();
inline const QStringList mailReviewDecisions = names<MailReviewDecision>();
inline const QStringList mailEvents = names<MailEvent>();
inline const QStringList riskLevels = names<RiskLevel>();
inline const QStringList riskQuestions = names<RiskQuestion>();
inline const QStringList ageBrackets = names<AgeBracket>();
inline const QStringList genders = names<Gender>();
inline const QStringList contactHistories = names<ContactHistory>();
inline const QStringList reportOutcomes = names<ReportOutcome>();
inline const QStringList riskSteps = names<RiskStep>();
} // namespace vocab

} // namespace ecoute::protocol
