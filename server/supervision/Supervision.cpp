// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/supervision/Supervision.h"

#include "server/core/Logging.h"
#include "server/routing/Recipients.h"
#include "server/routing/Router.h"
#include "server/storage/Database.h"

#include "protocol/HandlerTable.h"

#include <QJsonArray>

#include <algorithm>

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;
using protocol::SupervisorMode;

namespace {
constexpr int kDefaultAuditLimit = 200;
constexpr int kMaxAuditLimit = 2000;

/// whisper.message / debrief.message: the note and what it belongs to.
QJsonObject noteJson(const QString &ownerKey, const QString &owner, const SupervisionNote &note,
                     const QString &from)
{
    QJsonObject body {{ownerKey, owner},
                      {QStringLiteral("id"), note.id},
                      {QStringLiteral("from"), from},
                      {QStringLiteral("text"), note.text},
                      {QStringLiteral("at"), note.at}};
    if (!note.clientMsgId.isEmpty())
        body.insert(QStringLiteral("clientMsgId"), note.clientMsgId);
    return body;
}

bool isSupervisor(const StaffRecipient &s)
{
    return s.account() && s.account()->role == protocol::Role::Supervisor;
}
} // namespace

bool Supervision::handle(StaffRecipient &s, const Envelope &e)
{
    return handlers().dispatch(*this, e.messageType, s, e);
}

const Supervision::Handlers &Supervision::handlers()
{
    static constexpr Handlers table {
        {MessageType::SupervisionRequest, &Supervision::request},
        {MessageType::SupervisionCancel, &Supervision::cancelOrClose},
        {MessageType::SupervisionClose, &Supervision::cancelOrClose},
        {MessageType::SupervisionAccept, &Supervision::accept},
        {MessageType::SupervisionJoin, &Supervision::join},
        {MessageType::SupervisionWhisper, &Supervision::whisper},
        {MessageType::SupervisionTakeover, &Supervision::takeover},
        {MessageType::SupervisionLeave, &Supervision::leave},
        {MessageType::DebriefSend, &Supervision::debrief},
        {MessageType::AuditGet, &Supervision::auditGet},
    };
    return table;
}

QList<protocol::MessageType> Supervision::handledTypes()
{
    return handlers().types();
}

// ---- helpers

QString Supervision::nameOf(qint64 userId) const
{
    const auto a = m_accounts.findById(userId);
    return a ? a->name : QString();
}

void Supervision::audit(const StaffRecipient &s, const QString &action, const QString &contactId,
                        const QString &requestId, const QString &target)
{
    m_audit.record({s.account() ? s.account()->name : QString(), action, contactId, requestId, target});
}

bool Supervision::refuse(StaffRecipient &s, const Envelope &e, ErrorCode code, const QString &why,
                         const QString &action, const QString &contactId, const QString &requestId)
{
    audit(s, action + QStringLiteral(".refused"), contactId, requestId);
    s.pushError(code, why, e.id);
    return false;
}

QJsonObject Supervision::toJson(const SupervisionRequestRecord &r) const
{
    const auto volunteer = m_accounts.findById(r.volunteerId);
    QJsonObject o {{QStringLiteral("id"), r.id},
                   {QStringLiteral("kind"), protocol::toString(r.kind)},
                   {QStringLiteral("state"), protocol::toString(r.state)},
                   {QStringLiteral("volunteer"), volunteer ? volunteer->name : QString()},
                   {QStringLiteral("volunteerName"), volunteer ? volunteer->displayName : QString()},
                   {QStringLiteral("createdAt"), r.createdAt}};
    if (!r.contactId.isEmpty())
        o.insert(QStringLiteral("contactId"), r.contactId);
    if (!r.message.isEmpty())
        o.insert(QStringLiteral("message"), r.message);
    if (r.supervisorId != 0) {
        const auto supervisor = m_accounts.findById(r.supervisorId);
        o.insert(QStringLiteral("supervisor"), supervisor ? supervisor->name : QString());
        o.insert(QStringLiteral("supervisorName"), supervisor ? supervisor->displayName : QString());
        o.insert(QStringLiteral("acceptedAt"), r.acceptedAt);
    }
    return o;
}

void Supervision::publish(const SupervisionRequestRecord &r, const StaffRecipient *requester,
                          const QString &re)
{
    const protocol::FrameBody body {{QStringLiteral("request"), toJson(r)}}; // serialised once
    const ClientConnection *answered = requester ? requester->connectionKey() : nullptr;
    m_router.sendToUser(r.volunteerId, QStringLiteral("supervision.update"), body, answered, re);
    // Everyone connected is looked at: from the authorization cache, not one SQL read each.
    for (qint64 userId : m_router.connectedUsers()) {
        if (userId == r.volunteerId)
            continue;
        const auto a = m_router.accountOf(userId);
        if (a && !a->disabled && a->role == protocol::Role::Supervisor && a->centre == r.centre)
            m_router.sendToUser(userId, QStringLiteral("supervision.update"), body, answered, re);
    }
}

void Supervision::tellVolunteer(const ContactRecord &contact, const Account &supervisor, SupervisorMode mode,
                                StaffRecipient *requester, const QString &re)
{
    const QJsonObject body {{QStringLiteral("contactId"), contact.id},
                            {QStringLiteral("supervisor"), supervisor.name},
                            {QStringLiteral("displayName"), supervisor.displayName},
                            {QStringLiteral("mode"), protocol::toString(mode)}};
    m_router.sendToUser(contact.volunteerId, QStringLiteral("supervision.presence"), body);
    // The supervisor's own windows learn it too (the requester's copy answers).
    m_router.sendToUser(supervisor.id, QStringLiteral("supervision.presence"), body,
                        requester ? requester->connectionKey() : nullptr, re);
}

void Supervision::tellWhoListens(StaffRecipient &volunteer, const ContactRecord &contact)
{
    for (qint64 listener : m_router.listenersOf(contact.id)) {
        const auto who = m_accounts.findById(listener);
        if (!who || !m_router.isAllowedListener(contact, listener))
            continue;
        // In an exercise the trainer plays the person and the others observe: said as such.
        const SupervisorMode mode = !contact.practice ? SupervisorMode::Listening
            : listener == contact.practiceTrainer     ? SupervisorMode::Playing
                                                      : SupervisorMode::Observing;
        volunteer.push(QStringLiteral("supervision.presence"),
                       {{QStringLiteral("contactId"), contact.id},
                        {QStringLiteral("supervisor"), who->name},
                        {QStringLiteral("displayName"), who->displayName},
                        {QStringLiteral("mode"), protocol::toString(mode)}});
    }
}

void Supervision::auditDroppedListeners()
{
    m_router.onListenerDropped([this](qint64 userId, const ContactRecord &contact) {
        const QString newVolunteer = contact.volunteerId != 0 ? nameOf(contact.volunteerId) : QString();
        m_audit.record({nameOf(userId), QStringLiteral("supervision.leave.revoked"), contact.id, QString(),
                        newVolunteer});
    });
}

// ---- requests

void Supervision::request(StaffRecipient &s, const Envelope &e)
{
    const Account *me = s.account();
    if (!s.canTakeContacts() || !me) {
        refuse(s, e, ErrorCode::Forbidden,
               QStringLiteral("only volunteers and supervisors ask for supervision"),
               QStringLiteral("supervision.request"));
        return;
    }
    const QString contactId = e.text("contactId");
    if (!contactId.isEmpty()) {
        const auto contact = m_contacts.find(contactId);
        if (!contact || contact->volunteerId != me->id) {
            refuse(s, e, ErrorCode::NotFound, QStringLiteral("no such contact"),
                   QStringLiteral("supervision.request"));
            return;
        }
    }
    // The codec let only names of the vocabulary through.
    const auto kind = protocol::fromString<protocol::SupervisionKind>(e.text("kind"))
                          .value_or(protocol::SupervisionKind::WhenPossible);
    // The request and its audit entry in one commit: one fsync before the supervisors see it.
    Transaction transaction(m_contacts.database());
    const auto created = m_store.create(kind, me->id, contactId, e.text("message"), me->centre);
    if (created)
        audit(s, QStringLiteral("supervision.request"), contactId, created->id);
    if (!created || !transaction.commit()) {
        s.pushError(ErrorCode::Internal, QStringLiteral("could not store the request"), e.id);
        return;
    }
    qCInfo(lcRouting) << "supervision requested:" << protocol::toString(created->kind);
    publish(*created, &s, e.id);
}

void Supervision::cancelOrClose(StaffRecipient &s, const Envelope &e)
{
    const bool cancel = e.messageType == MessageType::SupervisionCancel;
    const QString action = e.type;
    const auto r = m_store.find(e.text("requestId"));
    // Cancel: the requester. Close: the requester or the accepting supervisor.
    const bool mine = r && (r->volunteerId == s.userId() || (!cancel && r->supervisorId == s.userId()));
    if (!mine) {
        refuse(s, e, ErrorCode::NotFound, QStringLiteral("no such request"), action, {}, e.text("requestId"));
        return;
    }
    if (!m_store.finish(
            r->id, cancel ? protocol::SupervisionState::Cancelled : protocol::SupervisionState::Closed)) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("the request is already over"), action, {},
               r->id);
        return;
    }
    audit(s, action, r->contactId, r->id);
    publish(*m_store.find(r->id), &s, e.id);
}

void Supervision::accept(StaffRecipient &s, const Envelope &e)
{
    const QString action = QStringLiteral("supervision.accept");
    const QString id = e.text("requestId");
    if (!isSupervisor(s)) {
        refuse(s, e, ErrorCode::Forbidden, QStringLiteral("only supervisors accept requests"), action, {},
               id);
        return;
    }
    const auto r = m_store.find(id);
    if (!r || r->centre != s.account()->centre) {
        refuse(s, e, ErrorCode::NotFound, QStringLiteral("no such request"), action, {}, id);
        return;
    }
    if (r->volunteerId == s.userId() || !m_store.accept(id, s.userId())) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("the request is no longer waiting"), action,
               r->contactId, id);
        return;
    }
    audit(s, action, r->contactId, id, nameOf(r->volunteerId));
    publish(*m_store.find(id), &s, e.id);
}

// ---- in a conversation

std::optional<ContactRecord> Supervision::supervisedContact(StaffRecipient &s, const Envelope &e,
                                                            const QString &action)
{
    const QString contactId = e.text("contactId");
    auto contact = m_contacts.find(contactId);
    // A trainer coaches in the practice contacts they play (whisper, join as listener).
    const bool coach = contact && contact->practice && s.account()
        && s.account()->role == protocol::Role::Trainer && contact->practiceTrainer == s.userId();
    if (!isSupervisor(s) && !coach) {
        refuse(s, e, ErrorCode::Forbidden, QStringLiteral("only supervisors do this"), action, contactId);
        return std::nullopt;
    }
    if (coach)
        return contact;
    const auto volunteer =
        contact && contact->volunteerId != 0 ? m_accounts.findById(contact->volunteerId) : std::nullopt;
    // Another centre's conversation looks like no conversation at all.
    if (!contact || contact->state != protocol::ContactState::Active || !volunteer
        || volunteer->centre != s.account()->centre) {
        refuse(s, e, ErrorCode::NotFound, QStringLiteral("no such conversation"), action, contactId);
        return std::nullopt;
    }
    return contact;
}

void Supervision::join(StaffRecipient &s, const Envelope &e)
{
    const QString action = QStringLiteral("supervision.join");
    const auto contact = supervisedContact(s, e, action);
    if (!contact)
        return;
    if (contact->volunteerId == s.userId()) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("this is your own conversation"), action,
               contact->id);
        return;
    }
    const bool asked = m_store.acceptedAbout(s.userId(), contact->id);
    const bool allowed =
        asked || m_policy == JoinPolicy::Always || (m_policy == JoinPolicy::Urgent && contact->urgent);
    if (!allowed) {
        refuse(s, e, ErrorCode::Forbidden,
               QStringLiteral("join needs an accepted request about this contact (or an urgent flag)"),
               action, contact->id);
        return;
    }
    m_router.addListener(contact->id, s.userId());
    audit(s, asked ? action : action + QStringLiteral(".unrequested"), contact->id, e.text("requestId"),
          nameOf(contact->volunteerId));
    s.openConversation(*contact, m_contacts.messagesAfter(contact->id, 0), {}, e.id);
    // The volunteer always sees that someone listens, and hears earlier whispers again on reconnect.
    tellVolunteer(*contact, *s.account(), SupervisorMode::Listening);
    if (m_calls)
        m_calls->supervisorJoined(*contact, s.userId()); // the volunteer was told: audio may connect
}

void Supervision::whisper(StaffRecipient &s, const Envelope &e)
{
    const QString action = QStringLiteral("supervision.whisper");
    const auto contact = supervisedContact(s, e, action);
    if (!contact)
        return;
    if (!m_router.isListening(contact->id, s.userId())) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("join the conversation first"), action,
               contact->id);
        return;
    }
    const auto note = m_store.addWhisper(contact->id, s.userId(), e.text("text"), e.text("clientMsgId"));
    if (!note) {
        s.pushError(ErrorCode::Internal, QStringLiteral("the whisper could not be stored"), e.id);
        return;
    }
    const QJsonObject body = noteJson(QStringLiteral("contactId"), contact->id, *note, s.account()->name);
    if (!note->duplicate) {
        audit(s, action, contact->id, {}, nameOf(contact->volunteerId));
        m_router.sendToUser(contact->volunteerId, QStringLiteral("whisper.message"), body);
    }
    // Only staff ever get a whisper: the volunteer and the supervisor's own windows.
    m_router.sendToUser(s.userId(), QStringLiteral("whisper.message"), body, s.connectionKey(), e.id);
}

void Supervision::takeover(StaffRecipient &s, const Envelope &e)
{
    const QString action = QStringLiteral("supervision.takeover");
    const auto contact = supervisedContact(s, e, action);
    if (!contact)
        return;
    if (contact->practice) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("a practice contact is played, not taken over"),
               action, contact->id);
        return;
    }
    if (!m_router.isListening(contact->id, s.userId())) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("join the conversation first"), action,
               contact->id);
        return;
    }
    const qint64 volunteerId = contact->volunteerId;
    if (!m_contacts.transfer(contact->id, volunteerId, s.userId(), QString())) {
        s.pushError(ErrorCode::Internal, QStringLiteral("could not take over"), e.id);
        return;
    }
    const bool stays = e.body.value(QLatin1String("volunteerStays")).toBool(true);
    m_router.removeListener(contact->id, s.userId());
    audit(s, action, contact->id, {}, nameOf(volunteerId));
    tellVolunteer(*contact, *s.account(), SupervisorMode::TookOver, &s, e.id);
    if (const auto taken = m_contacts.find(contact->id))
        m_router.reviewListeners(*taken); // the supervisor now answers: they see who else listens
    if (stays) {
        m_router.addListener(contact->id, volunteerId);
    } else {
        m_router.sendToUser(volunteerId, QStringLiteral("contact.released"),
                            {{QStringLiteral("contactId"), contact->id},
                             {QStringLiteral("reason"), QStringLiteral("taken_over")},
                             {QStringLiteral("toUser"), s.account()->name}});
    }
    m_router.notifyContinued(contact->id); // the help-seeker: "another person continues"
    if (m_calls)
        m_calls->supervisorTookOver(*contact, s.userId(), stays);
    qCInfo(lcRouting) << "supervisor took over a conversation";
}

void Supervision::leave(StaffRecipient &s, const Envelope &e)
{
    const QString action = QStringLiteral("supervision.leave");
    const auto contact = supervisedContact(s, e, action);
    if (!contact)
        return;
    if (!m_router.isListening(contact->id, s.userId())) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("you are not in this conversation"), action,
               contact->id);
        return;
    }
    m_router.removeListener(contact->id, s.userId());
    audit(s, action, contact->id, {}, nameOf(contact->volunteerId));
    tellVolunteer(*contact, *s.account(), SupervisorMode::Left, &s, e.id);
    if (m_calls)
        m_calls->supervisorLeft(*contact, s.userId());
}

// ---- debriefs and the audit log

void Supervision::debrief(StaffRecipient &s, const Envelope &e)
{
    const QString action = QStringLiteral("debrief.send");
    const auto r = m_store.find(e.text("requestId"));
    const bool party = r && (r->volunteerId == s.userId() || r->supervisorId == s.userId());
    if (!party) {
        refuse(s, e, ErrorCode::NotFound, QStringLiteral("no such debrief"), action, {}, e.text("requestId"));
        return;
    }
    if (r->kind != protocol::SupervisionKind::Debrief || r->state != protocol::SupervisionState::Accepted) {
        refuse(s, e, ErrorCode::InvalidState, QStringLiteral("the debrief has not been accepted or is over"),
               action, r->contactId, r->id);
        return;
    }
    const auto note = m_store.addDebrief(r->id, s.userId(), e.text("text"), e.text("clientMsgId"));
    if (!note) {
        s.pushError(ErrorCode::Internal, QStringLiteral("the message could not be stored"), e.id);
        return;
    }
    const QJsonObject body = noteJson(QStringLiteral("requestId"), r->id, *note, s.account()->name);
    const qint64 other = r->volunteerId == s.userId() ? r->supervisorId : r->volunteerId;
    if (!note->duplicate)
        m_router.sendToUser(other, QStringLiteral("debrief.message"), body);
    m_router.sendToUser(s.userId(), QStringLiteral("debrief.message"), body, s.connectionKey(), e.id);
}

void Supervision::auditGet(StaffRecipient &s, const Envelope &e)
{
    if (!s.account() || s.account()->role != protocol::Role::Admin) {
        refuse(s, e, ErrorCode::Forbidden, QStringLiteral("only admins read the audit log"),
               QStringLiteral("audit.get"));
        return;
    }
    const int limit =
        std::clamp(e.body.value(QLatin1String("limit")).toInt(kDefaultAuditLimit), 1, kMaxAuditLimit);
    s.push(QStringLiteral("audit.snapshot"), {{QStringLiteral("entries"), m_audit.latest(limit)}}, e.id);
}

void Supervision::sessionReady(StaffRecipient &s)
{
    const Account *me = s.account();
    if (!me)
        return;
    if (me->role == protocol::Role::Supervisor) {
        QJsonArray requests;
        for (const SupervisionRequestRecord &r : m_store.openIn(me->centre))
            requests.append(toJson(r));
        s.push(QStringLiteral("supervision.queue"), {{QStringLiteral("requests"), requests}});
    }
    // Their own open requests (a volunteer who logs in again sees where they stand).
    for (const SupervisionRequestRecord &r : m_store.openOf(me->id))
        s.push(QStringLiteral("supervision.update"), {{QStringLiteral("request"), toJson(r)}});
    for (const ContactRecord &contact : m_contacts.activeFor(me->id)) {
        tellWhoListens(s, contact);
        for (const SupervisionNote &w : m_store.whispersOf(contact.id)) {
            SupervisionNote replay = w;
            replay.clientMsgId.clear(); // the author's copy only
            s.push(QStringLiteral("whisper.message"),
                   noteJson(QStringLiteral("contactId"), contact.id, replay, nameOf(w.authorId)));
        }
    }
}

} // namespace ecoute::server
