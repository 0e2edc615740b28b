// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/MailDesk.h"

#include "models/connection/ErrorText.h"
#include "protocol/Limits.h"

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

namespace {
constexpr int maxNoteChars = 1000; // mail.reassign note, mail.review.decide comment
} // namespace

MailDesk::MailDesk(Sender send, QObject *parent) : QObject(parent), m_send(std::move(send)) { }

bool MailDesk::send(const Envelope &envelope)
{
    const QString id = m_send(envelope);
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    m_requests.insert(id, true);
    return true;
}

bool MailDesk::request()
{
    return send(Envelope::make(MessageType::MailDeskGet));
}

bool MailDesk::approve(const QString &replyId, const QString &text)
{
    if (replyId.isEmpty() || text.size() > protocol::Limits::maxMailTextChars)
        return false;
    QJsonObject body {
        {QStringLiteral("replyId"), replyId},
        {QStringLiteral("decision"), protocol::toString(protocol::MailReviewDecision::Approve)}};
    if (!text.trimmed().isEmpty())
        body.insert(QStringLiteral("text"), text);
    return send(Envelope::make(MessageType::MailReviewDecide, body));
}

bool MailDesk::returnReply(const QString &replyId, const QString &comment)
{
    if (replyId.isEmpty() || comment.trimmed().isEmpty() || comment.size() > maxNoteChars)
        return false;
    return send(Envelope::make(
        MessageType::MailReviewDecide,
        {{QStringLiteral("replyId"), replyId},
         {QStringLiteral("decision"), protocol::toString(protocol::MailReviewDecision::Return)},
         {QStringLiteral("comment"), comment.trimmed()}}));
}

bool MailDesk::reassign(const QString &contactId, const QString &toUser, const QString &note)
{
    if (contactId.isEmpty() || toUser.isEmpty() || note.size() > maxNoteChars)
        return false;
    return send(Envelope::make(MessageType::MailReassign,
                               {{QStringLiteral("contactId"), contactId},
                                {QStringLiteral("toUser"), toUser},
                                {QStringLiteral("note"), note.trimmed()}}));
}

bool MailDesk::block(const QString &contactId, bool on)
{
    if (contactId.isEmpty())
        return false;
    return send(Envelope::make(MessageType::MailBlock,
                               {{QStringLiteral("contactId"), contactId}, {QStringLiteral("on"), on}}));
}

bool MailDesk::handle(const Envelope &envelope)
{
    if (envelope.messageType != MessageType::MailDesk)
        return false;
    m_requests.remove(envelope.re);
    m_reviews.reset(envelope.body.value(QLatin1String("reviews")).toArray());
    m_overdue.reset(envelope.body.value(QLatin1String("overdue")).toArray());
    m_loaded = true;
    emit changed();
    return true;
}

bool MailDesk::handleError(const Envelope &envelope)
{
    if (!m_requests.remove(envelope.re))
        return false;
    emit errorMessage(ErrorText::forCodeName(envelope.body.value(QLatin1String("code")).toString(),
                                             envelope.body.value(QLatin1String("retryAfterMs")).toInt(-1)));
    return true;
}

} // namespace ecoute::models
