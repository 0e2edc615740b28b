// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ecoute::models {

/// A volunteer's e-mail answer as the server describes it (mail.outbox "reply", mail.desk "reviews").
struct MailReply
{
    QString replyId;
    QString contactId;
    QString clientMsgId;
    std::optional<protocol::MailReplyState> state;
    QString text;
    QDateTime sendAt; ///< scheduled: when it leaves (server time)
    QString comment; ///< returned: the supervisor's comment
    QDateTime at; ///< server time of this state
    QString author; ///< mail.desk reviews: who wrote it
    QString pseudonym; ///< the thread's pseudonym, when the server gives it

    static MailReply fromJson(const QJsonObject &json);
    bool isValid() const { return !replyId.isEmpty() && !contactId.isEmpty() && state.has_value(); }
    /// Waiting out the undo delay or a review: the author can still take it back.
    bool canBeWithdrawn() const
    {
        return state == protocol::MailReplyState::Scheduled
            || state == protocol::MailReplyState::PendingReview;
    }
    /// The server holds it (the draft can go).
    bool isAccepted() const
    {
        return state && *state != protocol::MailReplyState::Returned
            && *state != protocol::MailReplyState::Cancelled;
    }
};

/// "2026-01-05T09:00:00Z" with or without milliseconds; invalid when absent or malformed.
QDateTime parseMailTime(const QJsonValue &value);

} // namespace ecoute::models
