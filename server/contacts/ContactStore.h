// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

struct ContactRecord
{
    QString id;
    protocol::Channel channel = protocol::Channel::Chat; ///< stored as its name
    QString pseudonym;
    QString language;
    protocol::ContactState state = protocol::ContactState::Waiting; ///< stored as its name
    bool urgent = false;
    QString createdAt;
    qint64 volunteerId = 0; ///< 0 while nobody has it
    QString endedBy;
    bool practice = false; ///< a training exercise: never in real queues or statistics
    QString practiceSession;
    qint64 practiceTrainee = 0; ///< the only person who may take a practice contact
    qint64 practiceTrainer = 0; ///< plays the help-seeker
    QString answerBy; ///< e-mail: when an answer is due (ISO-8601 UTC); empty once answered
    int threadLength = 0; ///< e-mail: letters in the thread, both ways

    /// The protocol's Contact object.
    QJsonObject toJson() const;
};

/// What the volunteer sees of an e-mail attachment: never its content (kept sealed by the server).
struct AttachmentPlaceholder
{
    QString name;
    QString type;
    qint64 size = 0;
};

struct MessageRecord
{
    qint64 seq = 0;
    QString from; ///< seeker, volunteer or system
    QString text;
    QString at;
    QString event; ///< a system line's kind (protocol::MailEvent's name), else empty
    QList<AttachmentPlaceholder> attachments; ///< e-mail letters only

    /// The protocol's Message object.
    QJsonObject toJson() const;
};

/// Contacts and their transcripts (tables contacts, messages). Every write is
/// committed (synchronous=FULL) before the call returns.
class ContactStore
{
public:
    struct AppendResult
    {
        MessageRecord message;
        bool duplicate = false; ///< clientMsgId seen before: message is the original
    };

    explicit ContactStore(Database &db) : m_db(db) { }

    /// A new waiting contact; seekerTokenHash lets the seeker resume it.
    std::optional<ContactRecord> create(const QString &pseudonym, const QString &language, bool urgent,
                                        const QString &seekerTokenHash,
                                        protocol::Channel channel = protocol::Channel::Chat);
    /// A practice contact for one trainee, played by a trainer (never in the real queues).
    std::optional<ContactRecord> createPractice(const QString &pseudonym, const QString &language,
                                                protocol::Channel channel, const QString &sessionId,
                                                qint64 trainee, qint64 trainer);
    /// Practice contacts waiting for this trainee.
    QList<ContactRecord> practiceWaitingFor(qint64 trainee) const;
    /// Practice contacts a trainee had (newest first).
    QList<ContactRecord> practiceOf(qint64 trainee) const;
    /// Practice contacts this trainer plays that have not ended (oldest first).
    QList<ContactRecord> practicePlayedBy(qint64 trainer) const;
    /// Deletes practice contacts older than days (with their transcripts and feedback); returns how many.
    int purgePractice(int days);
    std::optional<ContactRecord> find(const QString &id) const;
    std::optional<ContactRecord> findBySeekerTokenHash(const QString &tokenHash) const;
    /// Waiting real contacts (never practice ones) in queue order: urgent first, then those handed back,
    /// then by how long they have waited.
    QList<ContactRecord> waiting() const;
    /// Active contacts given to this volunteer.
    QList<ContactRecord> activeFor(qint64 volunteerId) const;
    /// This volunteer's active contacts per channel.
    QHash<protocol::Channel, int> activeCountsFor(qint64 volunteerId) const;
    /// Everyone who holds an active contact (after a restart: whose grace period starts).
    QList<qint64> volunteersWithActiveContacts() const;

    /// waiting -> active for this volunteer. False if it was not waiting (first accept wins).
    bool assign(const QString &contactId, qint64 volunteerId);
    /// Any state but ended -> ended. False if it was already ended.
    bool end(const QString &contactId, const QString &by);
    /// active -> waiting, at the head of its queue (requeued contacts go first).
    bool requeue(const QString &contactId);
    /// Gives an active contact of fromUser to toUser and keeps the internal
    /// handover note; returns when it happened, or nullopt.
    std::optional<QString> transfer(const QString &contactId, qint64 fromUser, qint64 toUser,
                                    const QString &note);
    bool setUrgent(const QString &contactId, bool urgent);
    /// The volunteer said it was a hard contact (for statistics and debriefs).
    bool markHard(const QString &contactId);
    /// The channel's keyed hash of the person (a caller, a writer), so a report can say whether they
    /// called before. Never sent to a workstation.
    bool setSourceHash(const QString &contactId, const QString &sourceHash);

    /// Stores a message with the next seq, or returns the original on a
    /// duplicate (contact, sender, clientMsgId).
    std::optional<AppendResult> append(const QString &contactId, const QString &sender, const QString &text,
                                       const QString &clientMsgId);
    /// The same, inside a transaction the caller opened and commits (group
    /// commit: ChatCommitter). Nothing is acknowledged before that commit.
    std::optional<AppendResult> appendInTransaction(const QString &contactId, const QString &sender,
                                                    const QString &text, const QString &clientMsgId,
                                                    const QString &event = {});
    /// E-mail threads: the answer deadline (empty: none) and the thread's length.
    bool setMailState(const QString &contactId, const QString &answerBy, int threadLength);
    Database &database() { return m_db; }
    QList<MessageRecord> messagesAfter(const QString &contactId, qint64 afterSeq) const;

private:
    void addAttachments(const QString &contactId, qint64 afterSeq, QList<MessageRecord> &messages) const;
    std::optional<MessageRecord> findByClientMsgId(const QString &contactId, const QString &sender,
                                                   const QString &clientMsgId) const;
    QList<ContactRecord> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace ecoute::server
