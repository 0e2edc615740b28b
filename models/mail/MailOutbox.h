// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/MailReply.h"
#include "protocol/Envelope.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace ecoute::models {

class Preferences;

/// Where this volunteer's e-mail answers stand, one per thread (from mail.outbox): sends
/// mail.reply signed with the chosen signature, and mail.reply.cancel to take an answer back
/// while it waits out its undo delay or a review. An answer that comes back (returned by a
/// supervisor, withdrawn, refused by the server) gives its text back through textReturned.
/// It also blocks a thread's writer (mail.block) for the volunteer who answers the thread.
class MailOutbox : public QObject
{
    Q_OBJECT

public:
    /// Sends a frame; returns its request id, empty when the connection is down.
    using Sender = std::function<QString(const protocol::Envelope &)>;
    using Clock = std::function<QDateTime()>;
    /// Whether a thread is answered here (mail.outbox also reaches supervisors for reviews).
    using Ownership = std::function<bool(const QString &contactId)>;

    enum class SendResult { Sent, Empty, TooLong, Busy, Offline };
    Q_ENUM(SendResult)

    explicit MailOutbox(Sender send, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setOwnership(Ownership ownership) { m_ownership = std::move(ownership); }
    /// Where the signature is remembered; without preferences it is kept for this session only.
    void setPreferences(Preferences *preferences);
    /// The first name answers are signed with (never the account name); empty: the line's name.
    QString signature() const;
    void setSignature(const QString &signature);

    /// Sends text as the answer to contactId (mail.reply). Busy: an answer of that thread is still
    /// on its way or waiting; take it back first.
    SendResult reply(const QString &contactId, const QString &text);
    /// Takes back the thread's answer while it can be (mail.reply.cancel); false otherwise.
    bool withdraw(const QString &contactId);
    /// Mail from the thread's writer is no longer taken in (mail.block; on = false: again). The
    /// server confirms with a contact.update answering the request; false when offline.
    bool block(const QString &contactId, bool on = true);
    /// The writer was blocked from here and the server confirmed it. Known for this session only:
    /// the contact object does not carry the block.
    bool isBlocked(const QString &contactId) const { return m_blocked.value(contactId); }
    /// A block (or unblock) was asked for and the server has not answered yet.
    bool isBlocking(const QString &contactId) const;

    /// The thread's latest answer the server told about (invalid if none).
    MailReply current(const QString &contactId) const { return m_replies.value(contactId); }
    /// Sent from here, and the server has not answered yet.
    bool isSubmitting(const QString &contactId) const;
    /// An answer is on its way or waiting (submitting, scheduled, waiting for review, sending).
    bool isBusy(const QString &contactId) const;
    /// Seconds until a scheduled answer leaves, counted on this machine's clock from the delay
    /// the server gave (immune to clock skew); 0 when not scheduled.
    qint64 secondsUntilSent(const QString &contactId) const;

    /// mail.outbox; false for any other frame. A contact.update answering a mail.block is noted
    /// but not taken (false): it updates the contact as well.
    bool handle(const protocol::Envelope &envelope);
    /// An error answering one of this outbox's requests; false for the others.
    bool handleError(const protocol::Envelope &envelope);

signals:
    void replyChanged(const QString &contactId);
    /// A block was asked for, confirmed or refused.
    void blockChanged(const QString &contactId);
    /// The server holds the answer (scheduled or waiting for review): the draft can go.
    void accepted(const QString &contactId);
    /// The answer came back to its author with its text; why: the supervisor's comment, or a
    /// translated sentence when the server refused it (empty when withdrawn).
    void textReturned(const QString &contactId, const QString &text, const QString &why);
    void errorMessage(const QString &message);

private:
    struct Submission
    {
        QString contactId;
        QString clientMsgId;
        QString text;
    };
    struct BlockRequest
    {
        QString contactId;
        bool on = true;
    };
    QDateTime now() const;

    Sender m_send;
    Clock m_clock;
    Ownership m_ownership;
    Preferences *m_preferences = nullptr;
    QString m_signature;
    QHash<QString, MailReply> m_replies; ///< contact id -> latest reply
    QHash<QString, QDateTime> m_localSendAt; ///< contact id -> when it leaves, local clock
    QHash<QString, Submission> m_submissions; ///< request id -> what was sent
    QHash<QString, QString> m_cancelRequests; ///< request id -> contact id
    QHash<QString, BlockRequest> m_blockRequests; ///< request id -> what was asked
    QHash<QString, bool> m_blocked; ///< contact id -> writer blocked (confirmed)
};

} // namespace ecoute::models
