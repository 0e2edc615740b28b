// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ecoute::models {

struct MailAttachment;

/// The words of the e-mail channel, translated: where an answer stands, what the server wrote into
/// a thread, the answer deadline. Times are computed from a "now" the caller passes (its clock).
class MailText
{
    Q_DECLARE_TR_FUNCTIONS(MailText)

public:
    /// Short state of an answer: "Waiting for a supervisor's review", "Sent"…
    static QString replyState(protocol::MailReplyState state);
    /// "Sending in 1:59": a scheduled answer's countdown.
    static QString sendingIn(qint64 seconds);
    /// "Returned by a supervisor: <comment>" (the comment may be empty).
    static QString returned(const QString &comment);
    /// A line the server wrote into a thread, in its own words ("Your answer could not be delivered.").
    static QString event(protocol::MailEvent event);
    /// The same from the wire name; empty for an unknown one.
    static QString event(const QString &name);
    /// "answer within 5 h", "answer within 20 min", "overdue by 2 h"; empty without a deadline.
    static QString deadline(const QDateTime &answerBy, const QDateTime &now);
    /// The same from the seconds left (negative: overdue).
    static QString deadlineIn(qint64 secondsLeft);
    /// "3 letters".
    static QString threadLength(int letters);
    /// "📎 report.pdf — application/pdf, 120 KB, kept by the server".
    static QString attachment(const MailAttachment &attachment);
    /// A desk row: "Camille answers Lotus 81: …".
    static QString reviewRow(const QString &author, const QString &thread, const QString &text);
    /// A desk row: "Lotus 81 (Camille): overdue by 2 h".
    static QString overdueRow(const QString &thread, const QString &volunteer, const QString &deadline);
    /// A thread without a pseudonym: "thread 3f2a…".
    static QString threadWithoutName(const QString &shortId);
};

} // namespace ecoute::models
