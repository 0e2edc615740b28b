// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailOutbox.h"

#include "mail/compose/MailComposer.h"
#include "server/accounts/AccountStore.h"
#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/MailStore.h"
#include "server/channels/mail/MailTexts.h"
#include "server/channels/mail/MailThreads.h"
#include "server/channels/mail/MailboxStore.h"
#include "server/channels/mail/net/MailNetwork.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Clock.h"
#include "server/core/Logging.h"
#include "server/storage/AuditLog.h"

namespace ecoute::server {

using protocol::MailReplyState;

namespace {
constexpr int kRetrySeconds = 300; ///< a temporary SMTP failure: the reply tries again later
constexpr qint64 kAcknowledgementPeriodSeconds = qint64 {7} * 24 * 3600;
const QString kAckPrefix = QStringLiteral("ack-");

QString domainOf(const QString &address)
{
    return address.mid(address.lastIndexOf(u'@') + 1);
}
} // namespace

MailOutbox::MailOutbox(ReplyStore &replies, MailStore &store, MailThreads &threads, ContactStore &contacts,
                       AccountStore &accounts, AuditLog &audit, const MailConfig &config, const Clock &clock,
                       QObject *parent)
    : QObject(parent), m_replies(replies), m_store(store), m_threads(threads), m_contacts(contacts),
      m_accounts(accounts), m_audit(audit), m_config(config), m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MailOutbox::tick);
}

void MailOutbox::useNetwork(mail::MailNetwork *network)
{
    m_network = network;
    if (!network)
        return;
    connect(network->worker(), &mail::MailWorker::sent, this, [this](const QString &id) {
        if (!id.startsWith(kAckPrefix))
            sent(id);
    });
    connect(network->worker(), &mail::MailWorker::sendFailed, this,
            [this](const QString &id, bool permanent, const QString &reason) {
                qCWarning(lcMail) << "a message could not be sent:" << reason;
                if (!id.startsWith(kAckPrefix))
                    failed(id, permanent);
            });
}

void MailOutbox::start()
{
    m_timer.start();
    tick();
}

QString MailOutbox::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

void MailOutbox::tick()
{
    for (const ReplyRecord &reply : m_replies.due(now())) {
        if (!m_sending.contains(reply.id))
            send(reply);
    }
}

MailOutbox::Submitted MailOutbox::submit(const Account &author, const ContactRecord &contact,
                                         const QString &clientMsgId, const QString &text,
                                         const QString &signature)
{
    if (contact.channel != protocol::Channel::Email)
        return {Refusal::NotFound, std::nullopt};
    if (contact.state != protocol::ContactState::Active || contact.volunteerId != author.id)
        return {Refusal::Forbidden, std::nullopt};
    const QString signedAs = signature.simplified();
    // A reply is signed with a chosen first name or the line's name: never the account's.
    if (!signedAs.isEmpty()
        && (signedAs.compare(author.name, Qt::CaseInsensitive) == 0
            || signedAs.contains(author.name, Qt::CaseInsensitive))) {
        return {Refusal::BadSignature, std::nullopt};
    }
    ReplyRecord reply;
    reply.contactId = contact.id;
    reply.authorId = author.id;
    reply.clientMsgId = clientMsgId;
    reply.text = text;
    reply.signature = signedAs;
    const bool reviewed = author.mailReview && !contact.practice;
    reply.state = reviewed ? MailReplyState::PendingReview : MailReplyState::Scheduled;
    if (!reviewed)
        reply.sendAt = m_clock.now().addSecs(m_config.undoSeconds).toUTC().toString(Qt::ISODateWithMs);
    bool created = false;
    auto stored = m_replies.add(reply, &created);
    if (!stored)
        return {Refusal::Internal, std::nullopt};
    if (created) { // a retry of the same clientMsgId is answered, not audited again
        m_audit.record(
            {author.name,
             reviewed ? QStringLiteral("mail.review.requested") : QStringLiteral("mail.reply.scheduled"),
             contact.id,
             stored->id,
             {}});
    }
    if (m_notify)
        m_notify(*stored, reviewed);
    if (!reviewed && m_config.undoSeconds == 0)
        tick();
    return {Refusal::None, stored};
}

MailOutbox::Refusal MailOutbox::cancel(const Account &author, const QString &replyId)
{
    auto reply = m_replies.find(replyId);
    if (!reply || reply->authorId != author.id)
        return Refusal::NotFound;
    const MailReplyState from = reply->state;
    if ((from != MailReplyState::Scheduled && from != MailReplyState::PendingReview)
        || m_sending.contains(replyId))
        return Refusal::InvalidState;
    reply->state = MailReplyState::Cancelled;
    reply->sendAt.clear();
    if (!m_replies.transition(*reply, from))
        return Refusal::InvalidState;
    m_audit.record({author.name, QStringLiteral("mail.reply.cancelled"), reply->contactId, reply->id, {}});
    if (m_notify)
        m_notify(*reply, from == MailReplyState::PendingReview);
    return Refusal::None;
}

MailOutbox::Refusal MailOutbox::decide(const Account &reviewer, const QString &replyId, bool approve,
                                       const QString &text, const QString &comment)
{
    const bool supervises =
        reviewer.role == protocol::Role::Supervisor || reviewer.role == protocol::Role::Admin;
    if (!supervises)
        return Refusal::Forbidden;
    auto reply = m_replies.find(replyId);
    if (!reply)
        return Refusal::NotFound;
    const auto author = m_accounts.findById(reply->authorId);
    if (!author || (reviewer.role != protocol::Role::Admin && author->centre != reviewer.centre))
        return Refusal::NotFound; // another centre's reply: as if it did not exist
    if (reply->state != MailReplyState::PendingReview)
        return Refusal::InvalidState;
    reply->reviewerId = reviewer.id;
    if (approve) {
        reply->state = MailReplyState::Scheduled;
        reply->sendAt = now();
        if (!text.trimmed().isEmpty())
            reply->text = text;
        reply->comment = comment;
    } else {
        reply->state = MailReplyState::Returned;
        reply->comment = comment;
    }
    if (!m_replies.transition(*reply, MailReplyState::PendingReview))
        return Refusal::InvalidState;
    m_audit.record({reviewer.name,
                    approve ? QStringLiteral("mail.review.approved") : QStringLiteral("mail.review.returned"),
                    reply->contactId, reply->id, author->name});
    if (m_notify)
        m_notify(*reply, true);
    if (approve)
        tick();
    return Refusal::None;
}

void MailOutbox::send(ReplyRecord reply)
{
    const auto thread = m_store.thread(reply.contactId);
    const auto contact = m_contacts.find(reply.contactId);
    const QString language = contact ? contact->language : m_config.language;
    const MailReplyState from = reply.state;
    if (!thread || thread->mailboxId > 0) {
        // A web-mailbox thread (or a practice one): the reply is read on the site.
        reply.state = MailReplyState::Sent;
        reply.sendAt.clear();
        if (!m_replies.transition(reply, from))
            return;
        if (m_threads.replySent(reply))
            audit(reply, QStringLiteral("mail.reply.sent"));
        if (m_notify)
            m_notify(reply, false);
        if (thread)
            noticeToMailbox(thread->mailboxId, language);
        return;
    }
    if (!m_network || thread->address.isEmpty()) {
        reply.state = MailReplyState::Failed;
        if (m_replies.transition(reply, from)) {
            audit(reply, QStringLiteral("mail.reply.failed"));
            m_threads.addEvent(reply.contactId, protocol::MailEvent::Undeliverable);
            if (m_notify)
                m_notify(reply, false);
        }
        return;
    }
    if (reply.messageId.isEmpty())
        reply.messageId = ::ecoute::mail::newMessageId(domainOf(m_config.address));
    const QString signedAs = reply.signature.isEmpty() ? m_config.lineName : reply.signature;
    ::ecoute::mail::OutgoingMail out;
    out.fromAddress = m_config.address;
    out.fromName = signedAs;
    out.toAddress = thread->address;
    out.subject = mailtexts::replySubject(language, thread->subject);
    out.messageId = reply.messageId;
    out.inReplyTo = thread->lastInboundId;
    out.references = thread->references;
    out.text = reply.text + QStringLiteral("\n\n-- \n") + signedAs + u'\n';
    out.date = m_clock.now();
    reply.state = MailReplyState::Sending;
    reply.sendAt.clear();
    // Our Message-ID is known before it leaves: the writer's answer finds the thread even if the
    // server stops right after sending.
    if ((from != MailReplyState::Sending && !m_replies.transition(reply, from))
        || !m_store.addMessageId(reply.messageId, reply.contactId, true)) {
        return;
    }
    m_sending.insert(reply.id);
    m_network->send(reply.id, m_config.address, {thread->address}, ::ecoute::mail::compose(out));
}

void MailOutbox::sent(const QString &replyId)
{
    m_sending.remove(replyId);
    auto reply = m_replies.find(replyId);
    if (!reply || reply->state != MailReplyState::Sending)
        return;
    reply->state = MailReplyState::Sent;
    if (!m_replies.transition(*reply, MailReplyState::Sending))
        return;
    m_threads.replySent(*reply);
    audit(*reply, QStringLiteral("mail.reply.sent"));
    if (m_notify)
        m_notify(*reply, false);
}

void MailOutbox::failed(const QString &replyId, bool permanent)
{
    m_sending.remove(replyId);
    auto reply = m_replies.find(replyId);
    if (!reply || reply->state != MailReplyState::Sending)
        return;
    if (permanent) {
        reply->state = MailReplyState::Failed;
    } else {
        reply->state = MailReplyState::Scheduled;
        reply->sendAt = m_clock.now().addSecs(kRetrySeconds).toUTC().toString(Qt::ISODateWithMs);
    }
    if (!m_replies.transition(*reply, MailReplyState::Sending))
        return;
    if (permanent) {
        audit(*reply, QStringLiteral("mail.reply.failed"));
        m_threads.addEvent(reply->contactId, protocol::MailEvent::Undeliverable);
        if (m_notify)
            m_notify(*reply, false);
    }
}

void MailOutbox::bounced(const QString &ourMessageId)
{
    auto reply = m_replies.findByMessageId(ourMessageId);
    if (!reply || reply->state != MailReplyState::Sent)
        return;
    reply->state = MailReplyState::Failed;
    if (!m_replies.transition(*reply, MailReplyState::Sent))
        return;
    audit(*reply, QStringLiteral("mail.reply.failed"));
    m_threads.addEvent(reply->contactId, protocol::MailEvent::Undeliverable);
    if (m_notify)
        m_notify(*reply, false);
}

void MailOutbox::acknowledge(const QString &contactId, const QString &writerHash)
{
    if (!m_network)
        return;
    const QString last = m_store.lastAcknowledged(writerHash);
    const QDateTime lastAt = QDateTime::fromString(last, Qt::ISODateWithMs);
    if (lastAt.isValid() && lastAt.secsTo(m_clock.now()) < kAcknowledgementPeriodSeconds)
        return;
    const auto thread = m_store.thread(contactId);
    const auto contact = m_contacts.find(contactId);
    if (!thread || !contact || thread->address.isEmpty())
        return;
    const AutomaticLetter letter =
        mailtexts::acknowledgement(contact->language, m_config.answerHours, m_config.lineName,
                                   mailtexts::emergencyText(m_config.emergencyNumbers));
    ::ecoute::mail::OutgoingMail out;
    out.fromAddress = m_config.address;
    out.fromName = m_config.lineName;
    out.toAddress = thread->address;
    out.subject = letter.subject;
    out.messageId = ::ecoute::mail::newMessageId(domainOf(m_config.address));
    out.inReplyTo = thread->lastInboundId;
    out.references = thread->references;
    out.text = letter.text;
    out.date = m_clock.now();
    out.autoReplied = true;
    if (!m_store.addMessageId(out.messageId, contactId, true) || !m_store.setAcknowledged(writerHash, now()))
        return;
    // The null sender: nothing may answer an acknowledgement automatically (RFC 3834).
    m_network->send(kAckPrefix + contactId, QString(), {thread->address}, ::ecoute::mail::compose(out));
}

void MailOutbox::audit(const ReplyRecord &reply, const QString &action)
{
    const auto author = m_accounts.findById(reply.authorId);
    m_audit.record({author ? author->name : QStringLiteral("-"), action, reply.contactId, reply.id, {}});
}

void MailOutbox::noticeToMailbox(qint64 mailboxId, const QString &language)
{
    if (!m_network || !m_mailboxes || mailboxId <= 0)
        return;
    const QString address = m_mailboxes->noticeAddress(mailboxId);
    if (address.isEmpty())
        return;
    const AutomaticLetter letter = mailtexts::answerWaiting(language, m_config.lineName);
    ::ecoute::mail::OutgoingMail out;
    out.fromAddress = m_config.address;
    out.fromName = m_config.lineName;
    out.toAddress = address;
    out.subject = letter.subject;
    out.messageId = ::ecoute::mail::newMessageId(domainOf(m_config.address));
    out.text = letter.text;
    out.date = m_clock.now();
    out.autoReplied = true;
    m_network->send(kAckPrefix + QString::number(mailboxId), QString(), {address},
                    ::ecoute::mail::compose(out));
}

} // namespace ecoute::server
