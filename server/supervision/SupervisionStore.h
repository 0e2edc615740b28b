// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

struct SupervisionRequestRecord
{
    QString id;
    protocol::SupervisionKind kind = protocol::SupervisionKind::WhenPossible; ///< stored as its name
    protocol::SupervisionState state = protocol::SupervisionState::Waiting; ///< stored as its name
    qint64 volunteerId = 0;
    QString contactId;
    QString message;
    QString centre;
    QString createdAt;
    qint64 supervisorId = 0;
    QString acceptedAt;

    bool isOpen() const
    {
        return state == protocol::SupervisionState::Waiting || state == protocol::SupervisionState::Accepted;
    }
};

/// An internal line of supervision: a whisper (supervisor -> volunteer, about
/// a contact) or a debrief message (volunteer <-> supervisor, about a request).
struct SupervisionNote
{
    qint64 id = 0;
    qint64 authorId = 0;
    QString text;
    QString at;
    QString clientMsgId;
    bool duplicate = false;
};

/// Supervision requests, whispers and debriefs (tables supervision_requests,
/// whispers, debrief_messages): never part of a help-seeker's transcript.
class SupervisionStore
{
public:
    explicit SupervisionStore(Database &db) : m_db(db) { }

    std::optional<SupervisionRequestRecord> create(protocol::SupervisionKind kind, qint64 volunteerId,
                                                   const QString &contactId, const QString &message,
                                                   const QString &centre);
    std::optional<SupervisionRequestRecord> find(const QString &id) const;
    /// Waiting and accepted requests of a centre: urgent first, then oldest.
    QList<SupervisionRequestRecord> openIn(const QString &centre) const;
    /// Waiting and accepted requests this person made.
    QList<SupervisionRequestRecord> openOf(qint64 volunteerId) const;
    /// waiting -> accepted by this supervisor; false if no longer waiting.
    bool accept(const QString &id, qint64 supervisorId);
    /// waiting/accepted -> cancelled or closed.
    bool finish(const QString &id, protocol::SupervisionState state);
    /// An accepted request of this supervisor about this contact exists.
    bool acceptedAbout(qint64 supervisorId, const QString &contactId) const;

    std::optional<SupervisionNote> addWhisper(const QString &contactId, qint64 supervisorId,
                                              const QString &text, const QString &clientMsgId);
    QList<SupervisionNote> whispersOf(const QString &contactId) const;
    std::optional<SupervisionNote> addDebrief(const QString &requestId, qint64 authorId, const QString &text,
                                              const QString &clientMsgId);

private:
    std::optional<SupervisionNote> addNote(const QString &table, const QString &ownerColumn,
                                           const QString &owner, const QString &authorColumn, qint64 authorId,
                                           const QString &text, const QString &clientMsgId);
    QList<SupervisionRequestRecord> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace ecoute::server
