// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailLine.h"

#include "server/accounts/AccountStore.h"
#include "server/channels/mail/MailConfig.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Clock.h"
#include "server/core/Logging.h"
#include "server/routing/Router.h"
#include "server/storage/AuditLog.h"

namespace ecoute::server {

using protocol::ErrorCode;
using protocol::MessageType;

namespace {
constexpr int kTickMs = 30'000;

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

MailLine::MailLine(MailOutbox &outbox, MailStore &store, ReplyStore &replies, ContactStore &contacts,
                   AccountStore &accounts, Router &router, AuditLog &audit, const MailConfig &config,
                   const Clock &clock, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_store(store), m_replies(replies), m_contacts(contacts),
      m_accounts(accounts), m_router(router), m_audit(audit), m_config(config), m_clock(clock)
{
    m_outbox.onNotify([this](const ReplyRecord &reply, bool reviewChanged) { notify(reply, reviewChanged); });
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &MailLine::tick);
}

void MailLine::start()
{
    m_timer.start();
    tick();
}

QDateTime MailLine::escalatesAt(const QDateTime &answerBy, const MailConfig &config)
{
    return answerBy.addSecs(-qint64 {config.answerHours - config.escalateHours} * 3600);
}

void MailLine::tick()
{
    const QDateTime now = m_clock.now();
    bool changed = false;
    for (const MailStore::Unanswered &u : m_store.unanswered()) {
        const QDateTime answerBy = parseIso(u.answerBy);
        if (u.escalated || !answerBy.isValid() || escalatesAt(answerBy, m_config) > now)
            continue;
        if (m_store.setEscalated(u.contactId, true)) {
            m_audit.record({QStringLiteral("-"), QStringLiteral("mail.escalated"), u.contactId, {}, {}});
            qCInfo(lcMail) << "a thread near its answer deadline went to supervisors";
            changed = true;
        }
    }
    if (changed)
        pushDesks();
    if (!m_lastPurge.isValid() || m_lastPurge.secsTo(now) >= 3600) {
        m_lastPurge = now;
        const QString before = now.addDays(-m_config.retentionDays).toUTC().toString(Qt::ISODateWithMs);
        if (const int purged = m_store.purgeEndedBefore(before))
            qCInfo(lcMail) << purged << "closed threads lost their address and attachments (retention)";
    }
}

const MailLine::Handlers &MailLine::handlers()
{
    static constexpr Handlers table {
        {MessageType::MailReply, &MailLine::reply},  {MessageType::MailReplyCancel, &MailLine::cancel},
        {MessageType::MailDeskGet, &MailLine::desk}, {MessageType::MailReviewDecide, &MailLine::decide},
        {MessageType::MailBlock, &MailLine::block},  {MessageType::MailReassign, &MailLine::reassign},
    };
    return table;
}

QList<MessageType> MailLine::handledTypes()
{
    return handlers().types();
}

bool MailLine::handle(StaffRecipient &session, const protocol::Envelope &e)
{
    return handlers().dispatch(*this, e.messageType, session, e);
}

void MailLine::sessionReady(StaffRecipient &session)
{
    const Account *account = session.account();
    if (!account)
        return;
    for (const ReplyRecord &reply : m_replies.openOf(account->id))
        session.push(QStringLiteral("mail.outbox"), {{QStringLiteral("reply"), reply.toJson()}});
    if (supervises(*account))
        session.push(QStringLiteral("mail.desk"), deskFor(*account));
}

bool MailLine::supervises(const Account &account)
{
    return account.role == protocol::Role::Supervisor || account.role == protocol::Role::Admin;
}

bool MailLine::refused(StaffRecipient &s, MailOutbox::Refusal refusal, const QString &re)
{
    switch (refusal) {
    case MailOutbox::Refusal::None:
        return false;
    case MailOutbox::Refusal::NotFound:
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such e-mail thread or reply of yours"), re);
        break;
    case MailOutbox::Refusal::Forbidden:
        s.pushError(ErrorCode::Forbidden, QStringLiteral("not yours to answer or review"), re);
        break;
    case MailOutbox::Refusal::InvalidState:
        s.pushError(ErrorCode::InvalidState, QStringLiteral("the reply has moved on"), re);
        break;
    case MailOutbox::Refusal::BadSignature:
        s.pushError(ErrorCode::WrongType,
                    QStringLiteral("sign with a chosen first name, not your account name"), re, -1,
                    QStringLiteral("signature"));
        break;
    case MailOutbox::Refusal::Internal:
        s.pushError(ErrorCode::Internal, QStringLiteral("the reply could not be stored"), re);
        break;
    }
    return true;
}

void MailLine::reply(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *author = s.account();
    const auto contact = m_contacts.find(e.text("contactId"));
    if (!author || !contact) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such e-mail thread of yours"), e.id);
        return;
    }
    m_requester = s.connectionKey();
    m_re = e.id;
    const auto submitted = m_outbox.submit(*author, *contact, e.text("clientMsgId"), e.text("text"),
                                           e.body.value(QStringLiteral("signature")).toString());
    m_requester = nullptr;
    m_re.clear();
    refused(s, submitted.refusal, e.id);
}

void MailLine::cancel(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *author = s.account();
    if (!author) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such reply of yours"), e.id);
        return;
    }
    m_requester = s.connectionKey();
    m_re = e.id;
    const auto refusal = m_outbox.cancel(*author, e.text("replyId"));
    m_requester = nullptr;
    m_re.clear();
    refused(s, refusal, e.id);
}

void MailLine::desk(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *account = s.account();
    if (!account || !supervises(*account)) {
        s.pushError(ErrorCode::Forbidden, QStringLiteral("supervisors only"), e.id);
        return;
    }
    s.push(QStringLiteral("mail.desk"), deskFor(*account), e.id);
}

void MailLine::decide(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *reviewer = s.account();
    if (!reviewer || !supervises(*reviewer)) {
        s.pushError(ErrorCode::Forbidden, QStringLiteral("supervisors only"), e.id);
        return;
    }
    const bool approve = e.text("decision") == protocol::toString(protocol::MailReviewDecision::Approve);
    m_requester = s.connectionKey();
    m_re = e.id;
    const auto refusal = m_outbox.decide(*reviewer, e.text("replyId"), approve,
                                         e.body.value(QStringLiteral("text")).toString(),
                                         e.body.value(QStringLiteral("comment")).toString());
    m_requester = nullptr;
    m_re.clear();
    if (!refused(s, refusal, e.id))
        s.push(QStringLiteral("mail.desk"), deskFor(*reviewer), e.id); // the answer: the desk as it is now
}

void MailLine::block(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *account = s.account();
    const auto contact = m_contacts.find(e.text("contactId"));
    const auto thread = contact ? m_store.thread(contact->id) : std::nullopt;
    const auto holder = contact ? m_accounts.findById(contact->volunteerId) : std::nullopt;
    const bool mayBlock = account && contact
        && (contact->volunteerId == account->id
            || (supervises(*account)
                && (account->role == protocol::Role::Admin
                    || (holder && holder->centre == account->centre))));
    if (!mayBlock || !thread || thread->writerHash.isEmpty()) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such e-mail thread of yours"), e.id);
        return;
    }
    const bool on = e.body.value(QStringLiteral("on")).toBool();
    if (!m_store.setBlocked(thread->writerHash, on)) {
        s.pushError(ErrorCode::Internal, QStringLiteral("could not change the block"), e.id);
        return;
    }
    m_audit.record({account->name,
                    on ? QStringLiteral("mail.block") : QStringLiteral("mail.unblock"),
                    contact->id,
                    {},
                    {}});
    s.push(QStringLiteral("contact.update"), {{QStringLiteral("contact"), contact->toJson()}}, e.id);
}

void MailLine::reassign(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *account = s.account();
    const auto contact = m_contacts.find(e.text("contactId"));
    const auto holder = contact ? m_accounts.findById(contact->volunteerId) : std::nullopt;
    if (!account || !supervises(*account) || !contact || contact->channel != protocol::Channel::Email
        || !holder || (account->role != protocol::Role::Admin && holder->centre != account->centre)) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such e-mail thread in your centre"), e.id);
        return;
    }
    switch (m_router.reassign(*account, *contact, e.text("toUser"), e.text("note"))) {
    case Router::Outcome::Done:
        m_audit.record({account->name, QStringLiteral("mail.reassign"), contact->id, {}, e.text("toUser")});
        s.push(QStringLiteral("mail.desk"), deskFor(*account), e.id);
        pushDesks();
        return;
    case Router::Outcome::NotFound:
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such volunteer"), e.id, -1,
                    QStringLiteral("toUser"));
        return;
    default:
        s.pushError(ErrorCode::InvalidState, QStringLiteral("this volunteer cannot take the thread"), e.id);
        return;
    }
}

void MailLine::notify(const ReplyRecord &reply, bool reviewChanged)
{
    m_router.sendToUser(reply.authorId, QStringLiteral("mail.outbox"),
                        {{QStringLiteral("reply"), reply.toJson()}}, m_requester, m_re);
    if (reviewChanged)
        pushDesks();
}

QJsonObject MailLine::deskFor(const Account &supervisor) const
{
    const bool admin = supervisor.role == protocol::Role::Admin;
    QJsonArray reviews;
    for (const ReplyRecord &r : m_replies.inState(protocol::MailReplyState::PendingReview)) {
        const auto author = m_accounts.findById(r.authorId);
        if (!author || (!admin && author->centre != supervisor.centre))
            continue;
        QJsonObject json = r.toJson();
        json.insert(QStringLiteral("author"), author->name);
        json.insert(QStringLiteral("authorName"), author->displayName);
        if (const auto contact = m_contacts.find(r.contactId))
            json.insert(QStringLiteral("pseudonym"), contact->pseudonym);
        reviews.append(json);
    }
    QJsonArray overdue;
    for (const MailStore::Unanswered &u : m_store.unanswered()) {
        if (!u.escalated)
            continue;
        const auto holder = u.volunteerId ? m_accounts.findById(u.volunteerId) : std::nullopt;
        if (holder && !admin && holder->centre != supervisor.centre)
            continue;
        const auto contact = m_contacts.find(u.contactId);
        overdue.append(QJsonObject {{QStringLiteral("contactId"), u.contactId},
                                    {QStringLiteral("pseudonym"), contact ? contact->pseudonym : QString()},
                                    {QStringLiteral("volunteer"), holder ? holder->name : QString()},
                                    {QStringLiteral("answerBy"), u.answerBy}});
    }
    return {{QStringLiteral("reviews"), reviews}, {QStringLiteral("overdue"), overdue}};
}

void MailLine::pushDesks()
{
    for (qint64 userId : m_router.connectedUsers()) {
        const auto account = m_accounts.findById(userId);
        if (account && !account->disabled && supervises(*account))
            m_router.sendToUser(userId, QStringLiteral("mail.desk"), deskFor(*account));
    }
}

} // namespace ecoute::server
