// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/MailOutbox.h"

#include "models/connection/ErrorText.h"
#include "models/workstation/Preferences.h"
#include "protocol/Limits.h"

#include <QUuid>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MailReplyState;
using protocol::MessageType;

MailOutbox::MailOutbox(Sender send, QObject *parent) : QObject(parent), m_send(std::move(send)) { }

QDateTime MailOutbox::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void MailOutbox::setPreferences(Preferences *preferences)
{
    m_preferences = preferences;
}

QString MailOutbox::signature() const
{
    return m_preferences ? m_preferences->mailSignature() : m_signature;
}

void MailOutbox::setSignature(const QString &signature)
{
    const QString trimmed = signature.trimmed().left(64);
    if (m_preferences)
        m_preferences->setMailSignature(trimmed);
    else
        m_signature = trimmed;
}

bool MailOutbox::isSubmitting(const QString &contactId) const
{
    for (const Submission &submission : m_submissions) {
        if (submission.contactId == contactId)
            return true;
    }
    return false;
}

bool MailOutbox::isBusy(const QString &contactId) const
{
    if (isSubmitting(contactId))
        return true;
    const MailReply reply = current(contactId);
    return reply.canBeWithdrawn() || reply.state == MailReplyState::Sending;
}

qint64 MailOutbox::secondsUntilSent(const QString &contactId) const
{
    if (current(contactId).state != MailReplyState::Scheduled)
        return 0;
    const QDateTime leaves = m_localSendAt.value(contactId);
    return leaves.isValid() ? std::max<qint64>(0, (now().msecsTo(leaves) + 999) / 1000) : 0;
}

MailOutbox::SendResult MailOutbox::reply(const QString &contactId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return SendResult::Empty;
    if (text.size() > protocol::Limits::maxMailTextChars)
        return SendResult::TooLong;
    if (isBusy(contactId))
        return SendResult::Busy;
    const QString clientMsgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body {{QStringLiteral("contactId"), contactId},
                      {QStringLiteral("clientMsgId"), clientMsgId},
                      {QStringLiteral("text"), text}};
    if (const QString name = signature(); !name.isEmpty())
        body.insert(QStringLiteral("signature"), name);
    const QString id = m_send(Envelope::make(MessageType::MailReply, body));
    if (id.isEmpty())
        return SendResult::Offline;
    m_submissions.insert(id, {contactId, clientMsgId, text});
    emit replyChanged(contactId);
    return SendResult::Sent;
}

bool MailOutbox::withdraw(const QString &contactId)
{
    const MailReply reply = current(contactId);
    if (!reply.canBeWithdrawn())
        return false;
    const QString id =
        m_send(Envelope::make(MessageType::MailReplyCancel, {{QStringLiteral("replyId"), reply.replyId}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    m_cancelRequests.insert(id, contactId);
    return true;
}

bool MailOutbox::block(const QString &contactId, bool on)
{
    if (contactId.isEmpty())
        return false;
    const QString id = m_send(Envelope::make(
        MessageType::MailBlock, {{QStringLiteral("contactId"), contactId}, {QStringLiteral("on"), on}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    m_blockRequests.insert(id, {contactId, on});
    emit blockChanged(contactId);
    return true;
}

bool MailOutbox::isBlocking(const QString &contactId) const
{
    for (const BlockRequest &request : m_blockRequests) {
        if (request.contactId == contactId)
            return true;
    }
    return false;
}

bool MailOutbox::handle(const Envelope &envelope)
{
    if (envelope.messageType == MessageType::ContactUpdate && m_blockRequests.contains(envelope.re)) {
        const BlockRequest done = m_blockRequests.take(envelope.re);
        m_blocked.insert(done.contactId, done.on);
        emit blockChanged(done.contactId);
        return false; // the contact's own update: the inbox and the conversation take it too
    }
    if (envelope.messageType != MessageType::MailOutbox)
        return false;
    const MailReply reply = MailReply::fromJson(envelope.body.value(QLatin1String("reply")).toObject());
    if (!reply.isValid() || (m_ownership && !m_ownership(reply.contactId)))
        return true; // a review for a supervisor: the desk shows those
    // The answer to our mail.reply, matched by its clientMsgId.
    m_submissions.removeIf([&](const auto &it) { return it.value().clientMsgId == reply.clientMsgId; });
    const MailReply before = m_replies.value(reply.contactId);
    if (before.replyId == reply.replyId && before.state == reply.state)
        return true; // the same news again (another window, a resend)
    m_replies.insert(reply.contactId, reply);
    if (reply.state == MailReplyState::Scheduled) {
        const qint64 delayMs =
            reply.at.isValid() && reply.sendAt.isValid() ? reply.at.msecsTo(reply.sendAt) : 0;
        m_localSendAt.insert(reply.contactId, now().addMSecs(std::max<qint64>(0, delayMs)));
    } else {
        m_localSendAt.remove(reply.contactId);
    }
    emit replyChanged(reply.contactId);
    if (reply.canBeWithdrawn())
        emit accepted(reply.contactId);
    else if (reply.state == MailReplyState::Returned)
        emit textReturned(reply.contactId, reply.text, reply.comment);
    else if (reply.state == MailReplyState::Cancelled)
        emit textReturned(reply.contactId, reply.text, {});
    return true;
}

bool MailOutbox::handleError(const Envelope &envelope)
{
    const QString code = envelope.body.value(QLatin1String("code")).toString();
    const int retryAfterMs = envelope.body.value(QLatin1String("retryAfterMs")).toInt(-1);
    if (m_submissions.contains(envelope.re)) {
        const Submission refused = m_submissions.take(envelope.re);
        const QString why = ErrorText::forCodeName(code, retryAfterMs);
        emit replyChanged(refused.contactId);
        emit textReturned(refused.contactId, refused.text, why);
        emit errorMessage(why);
        return true;
    }
    if (m_blockRequests.contains(envelope.re)) {
        const BlockRequest refused = m_blockRequests.take(envelope.re);
        emit errorMessage(ErrorText::forCodeName(code, retryAfterMs));
        emit blockChanged(refused.contactId);
        return true;
    }
    if (m_cancelRequests.contains(envelope.re)) {
        const QString contactId = m_cancelRequests.take(envelope.re);
        emit errorMessage(ErrorText::forCodeName(code, retryAfterMs)); // too late: it is being sent
        emit replyChanged(contactId);
        return true;
    }
    return false;
}

} // namespace ecoute::models
