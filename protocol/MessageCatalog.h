// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ecoute::protocol {

/// Which side sends a frame and on which endpoint. The server decodes with
/// StaffToServer or SeekerToServer, the clients with ServerToStaff/ServerToSeeker.
enum class Route { StaffToServer, SeekerToServer, ServerToStaff, ServerToSeeker };

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
    QString type;
    QList<Route> routes;
    QList<FieldSpec> fields;
};

/// Every message type of the protocol and its body schema. docs/protocol.md
/// describes the same table for humans; tst_codec checks they agree.
class MessageCatalog
{
public:
    static const MessageCatalog &instance();

    const MessageSpec *find(const QString &type) const;
    const QList<MessageSpec> &all() const { return m_specs; }

private:
    MessageCatalog();
    QList<MessageSpec> m_specs;
};

/// Field value vocabularies shared by client and server.
namespace vocab {
inline const QStringList channels {QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("phone")};
inline const QStringList contactStates {QStringLiteral("waiting"), QStringLiteral("offered"),
                                        QStringLiteral("active"), QStringLiteral("ended")};
/// busy (at capacity) and wrapup (after a contact) are set by the server only.
inline const QStringList presenceStates {QStringLiteral("off"), QStringLiteral("available"),
                                         QStringLiteral("busy"), QStringLiteral("pause"),
                                         QStringLiteral("wrapup")};
/// What a volunteer may ask for with presence.set.
inline const QStringList chosenPresenceStates {QStringLiteral("off"), QStringLiteral("available"),
                                               QStringLiteral("pause")};
inline const QStringList languages {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en"),
                                    QStringLiteral("lb"), QStringLiteral("pt")};
/// Why an offer went away from a volunteer's workstation.
inline const QStringList offerEndReasons {QStringLiteral("timeout"), QStringLiteral("declined"),
                                          QStringLiteral("taken"), QStringLiteral("ended"),
                                          QStringLiteral("unavailable")};
/// Why a conversation left a volunteer (contact.released).
inline const QStringList releaseReasons {QStringLiteral("transferred"), QStringLiteral("requeued"),
                                         QStringLiteral("grace_expired"), QStringLiteral("taken_over")};
/// Supervision (issue 5): what a volunteer asks for, and where a request stands.
inline const QStringList supervisionKinds {QStringLiteral("urgent"), QStringLiteral("when_possible"),
                                           QStringLiteral("debrief")};
inline const QStringList supervisionStates {QStringLiteral("waiting"), QStringLiteral("accepted"),
                                            QStringLiteral("cancelled"), QStringLiteral("closed")};
/// What a supervisor is doing in a conversation (supervision.presence).
/// Who is in a conversation besides its volunteer: a supervisor listening, taking over or
/// gone; in a practice exercise, its trainer (playing the person) and observers.
inline const QStringList supervisorModes {QStringLiteral("listening"), QStringLiteral("took_over"),
                                          QStringLiteral("left"), QStringLiteral("playing"),
                                          QStringLiteral("observing")};
/// Neutral notes the help-seeker's page shows (contact.notice).
inline const QStringList seekerNotices {QStringLiteral("continued"), QStringLiteral("requeued")};
inline const QStringList roles {QStringLiteral("volunteer"), QStringLiteral("supervisor"),
                                QStringLiteral("trainer"), QStringLiteral("admin")};
inline const QStringList senders {QStringLiteral("seeker"), QStringLiteral("volunteer"),
                                  QStringLiteral("system")};
} // namespace vocab

} // namespace ecoute::protocol
