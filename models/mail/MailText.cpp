// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/MailText.h"

#include "models/inbox/Contact.h"

#include <QLocale>

namespace ecoute::models {

using protocol::MailEvent;
using protocol::MailReplyState;

QString MailText::replyState(MailReplyState state)
{
    switch (state) {
    case MailReplyState::Scheduled:
        return tr("Sending soon");
    case MailReplyState::PendingReview:
        return tr("Waiting for a supervisor's review");
    case MailReplyState::Returned:
        return tr("Returned by a supervisor");
    case MailReplyState::Sending:
        return tr("Being sent");
    case MailReplyState::Sent:
        return tr("Sent");
    case MailReplyState::Failed:
        return tr("Could not be delivered");
    case MailReplyState::Cancelled:
        return tr("Withdrawn");
    }
    return {};
}

QString MailText::sendingIn(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    return tr("Sending in %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString MailText::returned(const QString &comment)
{
    return comment.trimmed().isEmpty() ? tr("Returned by a supervisor.")
                                       : tr("Returned by a supervisor: %1").arg(comment.trimmed());
}

QString MailText::event(MailEvent event)
{
    switch (event) {
    case MailEvent::Undeliverable:
        return tr("Your answer could not be delivered.");
    case MailEvent::Unreadable:
        return tr("A letter arrived that could not be read safely; it is not shown.");
    case MailEvent::Reassigned:
        return tr("This thread was given to another volunteer.");
    }
    return {};
}

QString MailText::event(const QString &name)
{
    const auto known = protocol::fromString<MailEvent>(name);
    return known ? event(*known) : QString();
}

QString MailText::deadline(const QDateTime &answerBy, const QDateTime &now)
{
    if (!answerBy.isValid() || !now.isValid())
        return {};
    return deadlineIn(now.secsTo(answerBy));
}

QString MailText::deadlineIn(qint64 secondsLeft)
{
    // Whole hours above one hour, minutes below: a countdown that moves, not one that flickers.
    if (secondsLeft >= 0) {
        if (secondsLeft >= 3600)
            return tr("answer within %n h", "", int((secondsLeft + 3599) / 3600));
        return tr("answer within %n min", "", int(std::max<qint64>(1, (secondsLeft + 59) / 60)));
    }
    const qint64 late = -secondsLeft;
    if (late >= 3600)
        return tr("overdue by %n h", "", int(late / 3600));
    return tr("overdue by %n min", "", int(std::max<qint64>(1, late / 60)));
}

QString MailText::threadLength(int letters)
{
    return tr("%n letter(s)", "", letters);
}

QString MailText::attachment(const MailAttachment &attachment)
{
    const QString type = attachment.type.isEmpty() ? tr("unknown type") : attachment.type;
    return tr("📎 %1 — %2, %3, kept by the server")
        .arg(attachment.name, type, QLocale().formattedDataSize(attachment.size));
}

QString MailText::reviewRow(const QString &author, const QString &thread, const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).left(120);
    return tr("%1 answers %2: %3").arg(author, thread, firstLine);
}

QString MailText::overdueRow(const QString &thread, const QString &volunteer, const QString &deadline)
{
    if (volunteer.isEmpty())
        return tr("%1 (nobody yet): %2").arg(thread, deadline);
    return tr("%1 (%2): %3").arg(thread, volunteer, deadline);
}

QString MailText::threadWithoutName(const QString &shortId)
{
    return tr("thread %1…").arg(shortId);
}

} // namespace ecoute::models
