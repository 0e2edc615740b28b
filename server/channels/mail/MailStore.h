// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::server {

class Database;

/// What the server keeps of one e-mail thread besides its contact and letters (table mail_threads).
struct MailThreadRecord
{
    QString contactId;
    QString writerHash; ///< the writer's keyed hash (mail); empty for a web mailbox
    qint64 mailboxId = 0; ///< the web mailbox it belongs to; 0 for mail
    QString address; ///< where replies go (opened from its sealed column); empty for a web mailbox
    QString subject; ///< the first letter's subject (sealed at rest), for the replies' subject
    QString lastInboundId; ///< the writer's latest Message-ID: In-Reply-To of the next reply
    QStringList references; ///< the chain so far: References of the next reply
    bool escalated = false;
};

/// One attachment of an incoming letter, kept sealed until the thread's retention ends.
struct QuarantinedFile
{
    QString name;
    QString type;
    QByteArray data;
};

/// The e-mail channel's tables: threads, the Message-IDs that thread mail (ours and the writers'),
/// what the line's mailbox already gave us (UIDVALIDITY + UID), writers known by keyed hash, and
/// attachments in quarantine. Addresses, subjects and files are sealed like transcripts.
class MailStore
{
public:
    explicit MailStore(Database &db) : m_db(db) { }

    bool addThread(const MailThreadRecord &thread);
    std::optional<MailThreadRecord> thread(const QString &contactId) const;
    /// The thread a Message-ID belongs to (one of ours, or one a writer sent).
    std::optional<QString> threadOfMessageId(const QString &messageId) const;
    /// This writer's thread that has not ended, if any (the newest).
    std::optional<QString> openThreadOfWriter(const QString &writerHash) const;
    std::optional<QString> openThreadOfMailbox(qint64 mailboxId) const;
    QStringList threadsOfMailbox(qint64 mailboxId) const;
    bool addMessageId(const QString &messageId, const QString &contactId, bool ours);
    bool knowsMessageId(const QString &messageId) const;
    /// A letter from the writer arrived: the next reply answers it.
    bool setLastInbound(const QString &contactId, const QString &messageId, const QStringList &references);
    bool setEscalated(const QString &contactId, bool escalated);

    bool wasImported(quint32 uidValidity, quint32 uid) const;
    bool markImported(quint32 uidValidity, quint32 uid);

    /// The pseudonym this writer is known under, made (and kept) the first time.
    QString writerPseudonym(const QString &writerHash, const QString &fresh);
    bool isBlocked(const QString &writerHash) const;
    bool setBlocked(const QString &writerHash, bool blocked);
    /// When the writer last got an automatic acknowledgement (ISO-8601), empty if never.
    QString lastAcknowledged(const QString &writerHash) const;
    bool setAcknowledged(const QString &writerHash, const QString &at);

    /// Inside the caller's transaction: the letter (contactId, seq) came with this file.
    bool quarantine(const QString &contactId, qint64 seq, const QuarantinedFile &file);

    /// A thread waiting for an answer (its contact's answer_by is set and it has not ended).
    struct Unanswered
    {
        QString contactId;
        QString answerBy;
        qint64 volunteerId = 0;
        bool escalated = false;
    };
    QList<Unanswered> unanswered() const;

    /// Threads ended before `before` (ISO-8601): their address, subject and files are deleted.
    int purgeEndedBefore(const QString &before);

private:
    Database &m_db;
};

} // namespace ecoute::server
