// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/MailOutbox.h"
#include "server/channels/mail/MailStore.h"
#include "server/routing/StaffRequests.h"

#include "protocol/HandlerTable.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>

namespace ecoute::server {

class AccountStore;
class AuditLog;
class Clock;
class ContactStore;
class Router;
struct MailConfig;

/// The e-mail channel's staff requests (mail.*) and its clock: replies go to the outbox, supervisors'
/// desks (replies to review, threads near their deadline) are kept up to date, threads whose answer
/// is late are escalated, and what retention says is deleted.
class MailLine : public QObject, public StaffRequests
{
    Q_OBJECT

public:
    MailLine(MailOutbox &outbox, MailStore &store, ReplyStore &replies, ContactStore &contacts,
             AccountStore &accounts, Router &router, AuditLog &audit, const MailConfig &config,
             const Clock &clock, QObject *parent = nullptr);

    void start();
    /// Escalation and retention at the clock's now (a timer calls it; tests after moving the clock).
    void tick();

    bool handle(StaffRecipient &session, const protocol::Envelope &e) override;
    /// The user's replies not yet sent (mail.outbox each) and, for a supervisor, the desk.
    void sessionReady(StaffRecipient &session) override;
    static QList<protocol::MessageType> handledTypes();

    /// A supervisor's desk: replies waiting for review and threads near or past their deadline.
    QJsonObject deskFor(const Account &supervisor) const;
    /// When a thread is escalated: answerBy minus the hours between escalation and deadline.
    static QDateTime escalatesAt(const QDateTime &answerBy, const MailConfig &config);

private:
    using Handlers = protocol::HandlerTable<MailLine, StaffRecipient &, const protocol::Envelope &>;
    static const Handlers &handlers();

    void reply(StaffRecipient &s, const protocol::Envelope &e);
    void cancel(StaffRecipient &s, const protocol::Envelope &e);
    void desk(StaffRecipient &s, const protocol::Envelope &e);
    void decide(StaffRecipient &s, const protocol::Envelope &e);
    void block(StaffRecipient &s, const protocol::Envelope &e);
    void reassign(StaffRecipient &s, const protocol::Envelope &e);

    void notify(const ReplyRecord &reply, bool reviewChanged);
    void pushDesks();
    bool refused(StaffRecipient &s, MailOutbox::Refusal refusal, const QString &re);
    static bool supervises(const Account &account);

    MailOutbox &m_outbox;
    MailStore &m_store;
    ReplyStore &m_replies;
    ContactStore &m_contacts;
    AccountStore &m_accounts;
    Router &m_router;
    AuditLog &m_audit;
    const MailConfig &m_config;
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_lastPurge;
    /// The request being answered: its window gets mail.outbox answering re.
    const ClientConnection *m_requester = nullptr;
    QString m_re;
};

} // namespace ecoute::server
