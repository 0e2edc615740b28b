// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailThreads.h"

#include "server/accounts/AccountStore.h"
#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/ReplyStore.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/core/Clock.h"
#include "server/core/Logging.h"
#include "server/routing/Router.h"
#include "server/storage/Database.h"

#include <QJsonArray>

namespace ecoute::server {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

MailThreads::MailThreads(ContactStore &contacts, MailStore &store, AccountStore &accounts,
                         PseudonymGenerator &pseudonyms, Router &router, const MailConfig &config,
                         const Clock &clock)
    : m_contacts(contacts), m_store(store), m_accounts(accounts), m_pseudonyms(pseudonyms), m_router(router),
      m_config(config), m_clock(clock)
{
}

QString MailThreads::deadlineFromNow() const
{
    return iso(m_clock.now().addSecs(qint64 {m_config.answerHours} * 3600));
}

std::optional<ContactRecord> MailThreads::matchThread(const InboundLetter &letter) const
{
    // Our own Message-IDs first: the writer answered a reply of ours.
    QStringList candidates = letter.references;
    if (!letter.inReplyTo.isEmpty())
        candidates.append(letter.inReplyTo);
    for (auto it = candidates.crbegin(); it != candidates.crend(); ++it) {
        if (const auto contactId = m_store.threadOfMessageId(*it)) {
            if (auto contact = m_contacts.find(*contactId))
                return contact;
        }
    }
    // Then the same writer with a thread still open; never the subject.
    const auto open = letter.mailboxId > 0 ? m_store.openThreadOfMailbox(letter.mailboxId)
                                           : m_store.openThreadOfWriter(letter.writerHash);
    if (open)
        return m_contacts.find(*open);
    return std::nullopt;
}

bool MailThreads::continuesThread(const InboundLetter &letter) const
{
    const auto thread = matchThread(letter);
    return thread && thread->state != protocol::ContactState::Ended;
}

qint64 MailThreads::stickyVolunteer(const ContactRecord &previous) const
{
    if (previous.volunteerId == 0 || previous.practice)
        return 0;
    const auto account = m_accounts.findById(previous.volunteerId);
    if (!account || account->disabled || !account->takesContacts() || account->inTraining)
        return 0;
    return account->id;
}

MailThreads::Received MailThreads::receive(const InboundLetter &letter)
{
    Database &db = m_contacts.database();
    if (!letter.messageId.isEmpty() && m_store.knowsMessageId(letter.messageId)) {
        if (letter.uid != 0)
            m_store.markImported(letter.uidValidity, letter.uid);
        return {Outcome::Duplicate, m_store.threadOfMessageId(letter.messageId).value_or(QString())};
    }
    if (m_store.isBlocked(letter.writerHash)) {
        if (letter.uid != 0)
            m_store.markImported(letter.uidValidity, letter.uid);
        qCInfo(lcMail) << "a letter from a blocked writer was not taken in";
        return {Outcome::Blocked, {}};
    }

    std::optional<ContactRecord> previous = matchThread(letter);
    const bool continues = previous && previous->state != protocol::ContactState::Ended;
    const qint64 keeper = previous && !continues ? stickyVolunteer(*previous) : 0;

    Transaction tx(db);
    if (!tx.isOpen())
        return {};
    ContactRecord contact;
    if (continues) {
        contact = *previous;
    } else {
        const QString pseudonym = letter.writerHash.isEmpty()
            ? m_pseudonyms.next()
            : m_store.writerPseudonym(letter.writerHash, m_pseudonyms.next());
        auto created =
            m_contacts.create(pseudonym, letter.language, false, QString(), protocol::Channel::Email);
        if (!created)
            return {};
        contact = *created;
        // The writer's keyed hash (address or web mailbox name): a report says if they wrote before.
        if (!letter.writerHash.isEmpty() && !m_contacts.setSourceHash(contact.id, letter.writerHash))
            return {};
        MailThreadRecord thread;
        thread.contactId = contact.id;
        thread.writerHash = letter.writerHash;
        thread.mailboxId = letter.mailboxId;
        thread.address = letter.address;
        thread.subject = letter.subject;
        if (!m_store.addThread(thread))
            return {};
        if (keeper != 0 && m_contacts.assign(contact.id, keeper))
            contact.volunteerId = keeper;
    }
    const QString text = letter.unreadable ? QString() : letter.text;
    const QString event = letter.unreadable ? protocol::toString(protocol::MailEvent::Unreadable) : QString();
    const QString sender = letter.unreadable ? protocol::toString(protocol::Sender::System)
                                             : protocol::toString(protocol::Sender::Seeker);
    auto appended = m_contacts.appendInTransaction(contact.id, sender, text, letter.messageId, event);
    if (!appended)
        return {};
    MessageRecord message = appended->message;
    for (const QuarantinedFile &file : letter.attachments) {
        if (!m_store.quarantine(contact.id, message.seq, file))
            return {};
        message.attachments.append({file.name, file.type, file.data.size()});
    }
    QStringList references = letter.references;
    if (!letter.messageId.isEmpty())
        references.append(letter.messageId);
    while (references.size() > 20) // a long chain keeps its first and latest ids (RFC 5322 3.6.4)
        references.removeAt(1);
    if (!m_store.addMessageId(letter.messageId, contact.id, false)
        || !m_store.setLastInbound(contact.id, letter.messageId, references)
        || (letter.uid != 0 && !m_store.markImported(letter.uidValidity, letter.uid))) {
        return {};
    }
    // The deadline runs from the first letter not yet answered.
    const QString answerBy = contact.answerBy.isEmpty() ? deadlineFromNow() : contact.answerBy;
    if (!m_contacts.setMailState(contact.id, answerBy, contact.threadLength + 1))
        return {};
    if (!tx.commit())
        return {};

    contact.answerBy = answerBy;
    contact.threadLength += 1;
    if (continues) {
        m_router.deliver(contact, message);
        announce(contact);
        return {Outcome::Appended, contact.id};
    }
    if (contact.volunteerId != 0) {
        // The writer's volunteer keeps the exchange: the thread opens on their workstation.
        contact.state = protocol::ContactState::Active;
        QJsonArray messages {message.toJson()};
        m_router.sendToUser(
            contact.volunteerId, QStringLiteral("conversation.open"),
            {{QStringLiteral("contact"), contact.toJson()}, {QStringLiteral("messages"), messages}});
    } else {
        m_router.contactWaiting(contact);
    }
    return {Outcome::NewThread, contact.id};
}

std::optional<MessageRecord> MailThreads::replySent(const ReplyRecord &reply)
{
    auto contact = m_contacts.find(reply.contactId);
    if (!contact)
        return std::nullopt;
    Database &db = m_contacts.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return std::nullopt;
    auto appended =
        m_contacts.appendInTransaction(contact->id, protocol::toString(protocol::Sender::Volunteer),
                                       reply.text, QStringLiteral("reply-") + reply.id);
    if (!appended || !m_store.addMessageId(reply.messageId, contact->id, true)
        || !m_contacts.setMailState(contact->id, QString(), contact->threadLength + 1)
        || !m_store.setEscalated(contact->id, false) || !tx.commit()) {
        return std::nullopt;
    }
    contact->answerBy.clear();
    contact->threadLength += 1;
    m_router.deliver(*contact, appended->message);
    announce(*contact);
    return appended->message;
}

void MailThreads::addEvent(const QString &contactId, protocol::MailEvent event)
{
    auto contact = m_contacts.find(contactId);
    if (!contact)
        return;
    Transaction tx(m_contacts.database());
    if (!tx.isOpen())
        return;
    auto appended = m_contacts.appendInTransaction(contact->id, protocol::toString(protocol::Sender::System),
                                                   QString(), QString(), protocol::toString(event));
    if (!appended || !tx.commit())
        return;
    m_router.deliver(*contact, appended->message);
}

void MailThreads::announce(const ContactRecord &contact)
{
    if (contact.volunteerId != 0) {
        m_router.sendToUser(contact.volunteerId, QStringLiteral("contact.update"),
                            {{QStringLiteral("contact"), contact.toJson()}});
    }
}

} // namespace ecoute::server
