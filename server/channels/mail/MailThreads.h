// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/MailStore.h"
#include "server/contacts/ContactStore.h"

#include "protocol/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::server {

class AccountStore;
class Clock;
class PseudonymGenerator;
class Router;
struct MailConfig;
struct ReplyRecord;

/// A letter from a help-seeker, from either way in: the line's mailbox (after parsing) or the web
/// mailbox. Everything that identifies the writer is already reduced to a keyed hash, except the
/// reply address, which is sealed when stored.
struct InboundLetter
{
    QString writerHash; ///< mail: the address's keyed hash
    qint64 mailboxId = 0; ///< web mailbox: its id
    QString address; ///< mail: where replies go (sealed at rest)
    QString language;
    QString subject;
    QString text;
    QString messageId; ///< the writer's (mail) or one we made (web)
    QString inReplyTo;
    QStringList references;
    QList<QuarantinedFile> attachments;
    bool unreadable = false; ///< could not be read safely: a system line instead of its text
    quint32 uidValidity = 0; ///< mail: where the line's mailbox had it (marked imported with it)
    quint32 uid = 0;
};

/// E-mail threads as contacts: a letter joins the writer's thread (matched on our Message-IDs
/// first, then on the writer's hash with a thread still open, never on the subject), or starts one
/// in the e-mail queue of its language. A thread stays with the volunteer who accepted it: a letter
/// to a thread that was closed starts the next thread with the same volunteer. Everything about a
/// letter is stored in one transaction before anyone hears of it.
class MailThreads
{
public:
    enum class Outcome { NewThread, Appended, Duplicate, Blocked, Failed };
    struct Received
    {
        Outcome outcome = Outcome::Failed;
        QString contactId;
    };

    MailThreads(ContactStore &contacts, MailStore &store, AccountStore &accounts,
                PseudonymGenerator &pseudonyms, Router &router, const MailConfig &config, const Clock &clock);

    Received receive(const InboundLetter &letter);
    /// Whether the letter belongs to a thread that is still open (automatic mail joins only those).
    bool continuesThread(const InboundLetter &letter) const;
    /// A reply was sent: it becomes the volunteer's letter in the thread; the deadline is met.
    std::optional<MessageRecord> replySent(const ReplyRecord &reply);
    /// A line of the server's in the thread (e.g. a reply could not be delivered).
    void addEvent(const QString &contactId, protocol::MailEvent event);
    /// The holder's windows see the thread's new deadline and length.
    void announce(const ContactRecord &contact);

private:
    /// The thread this letter continues, if any (ended threads included: see receive).
    std::optional<ContactRecord> matchThread(const InboundLetter &letter) const;
    /// The volunteer who keeps answering this writer, if they still can.
    qint64 stickyVolunteer(const ContactRecord &previous) const;
    QString deadlineFromNow() const;

    ContactStore &m_contacts;
    MailStore &m_store;
    AccountStore &m_accounts;
    PseudonymGenerator &m_pseudonyms;
    Router &m_router;
    const MailConfig &m_config;
    const Clock &m_clock;
};

} // namespace ecoute::server
