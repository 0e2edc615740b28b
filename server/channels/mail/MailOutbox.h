// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/ReplyStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace ecoute::server {

namespace mail {
class MailNetwork;
}
class AccountStore;
class AuditLog;
class Clock;
class ContactStore;
class MailStore;
class MailThreads;
class MailboxStore;
struct Account;
struct ContactRecord;
struct MailConfig;

/// A volunteer's replies on their way out. A reply waits out the undo delay (scheduled), or a
/// supervisor's review for volunteers whose replies are reviewed (pending_review → approved or
/// returned); then it leaves: over SMTP for mail (our own Message-ID, threaded, signed with the
/// volunteer's chosen name or the line's), or straight into the web mailbox. Only a reply that left
/// becomes a letter of the thread. Every step is audited; a reply never names an account.
class MailOutbox : public QObject
{
    Q_OBJECT

public:
    /// Who hears of a reply's new state: its author's windows (mail.outbox), and supervisors'
    /// desks when a review is concerned.
    using Notify = std::function<void(const ReplyRecord &reply, bool reviewChanged)>;

    MailOutbox(ReplyStore &replies, MailStore &store, MailThreads &threads, ContactStore &contacts,
               AccountStore &accounts, AuditLog &audit, const MailConfig &config, const Clock &clock,
               QObject *parent = nullptr);

    /// Where mail leaves (null: no SMTP; only web-mailbox threads can be answered then).
    void useNetwork(mail::MailNetwork *network);
    /// Notices to web-mailbox writers who left an address.
    void useMailboxes(MailboxStore *mailboxes) { m_mailboxes = mailboxes; }
    void onNotify(Notify notify) { m_notify = std::move(notify); }
    /// Starts the timer that sends what is due (tests call tick() after moving the clock).
    void start();
    void tick();

    enum class Refusal { None, NotFound, Forbidden, InvalidState, BadSignature, Internal };
    struct Submitted
    {
        Refusal refusal = Refusal::None;
        std::optional<ReplyRecord> reply;
    };
    Submitted submit(const Account &author, const ContactRecord &contact, const QString &clientMsgId,
                     const QString &text, const QString &signature);
    Refusal cancel(const Account &author, const QString &replyId);
    /// A supervisor of the author's centre approves (text: the edited reply, empty: as written) or
    /// returns the reply with a comment.
    Refusal decide(const Account &reviewer, const QString &replyId, bool approve, const QString &text,
                   const QString &comment);

    /// A delivery report came back for one of our Message-IDs.
    void bounced(const QString &ourMessageId);
    /// An acknowledgement to a new writer (at most one per writer per 7 days, never to automatic mail).
    void acknowledge(const QString &contactId, const QString &writerHash);

private:
    void send(ReplyRecord reply);
    void sent(const QString &replyId);
    void failed(const QString &replyId, bool permanent);
    /// An entry in the author's name (never the text).
    void audit(const ReplyRecord &reply, const QString &action);
    void noticeToMailbox(qint64 mailboxId, const QString &language);
    void setState(ReplyRecord reply, protocol::MailReplyState from, const QString &audit,
                  const Account *actor);
    QString now() const;

    ReplyStore &m_replies;
    MailStore &m_store;
    MailThreads &m_threads;
    ContactStore &m_contacts;
    AccountStore &m_accounts;
    AuditLog &m_audit;
    const MailConfig &m_config;
    const Clock &m_clock;
    mail::MailNetwork *m_network = nullptr;
    MailboxStore *m_mailboxes = nullptr;
    Notify m_notify;
    QTimer m_timer;
    QSet<QString> m_sending; ///< handed to the network, not yet answered
};

} // namespace ecoute::server
