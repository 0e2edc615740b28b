// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/RiskCases.h"

#include "server/routing/Recipients.h"
#include "server/routing/Router.h"

#include <QJsonArray>

namespace ecoute::server {

using protocol::ErrorCode;
using protocol::Role;

namespace {
bool oversees(const Account &a)
{
    return a.role == Role::Supervisor || a.role == Role::Admin;
}
} // namespace

QString RiskCases::nameOf(qint64 userId) const
{
    const auto a = userId != 0 ? m_s.accounts.findById(userId) : std::nullopt;
    return a ? a->name : QString();
}

QString RiskCases::centreOf(const ContactRecord &contact) const
{
    const auto volunteer =
        contact.volunteerId != 0 ? m_s.accounts.findById(contact.volunteerId) : std::nullopt;
    return volunteer ? volunteer->centre : QString();
}

QJsonObject RiskCases::toJson(const RiskCaseRecord &c, const ContactRecord &contact, bool withLocation) const
{
    QJsonArray steps;
    for (const RiskStepRecord &step : c.steps) {
        steps.append(QJsonObject {{QStringLiteral("step"), protocol::toString(step.step)},
                                  {QStringLiteral("at"), step.at},
                                  {QStringLiteral("by"), nameOf(step.byId)}});
    }
    const auto volunteer =
        contact.volunteerId != 0 ? m_s.accounts.findById(contact.volunteerId) : std::nullopt;
    QJsonObject o {{QStringLiteral("contactId"), c.contactId},
                   {QStringLiteral("pseudonym"), contact.pseudonym},
                   {QStringLiteral("channel"), protocol::toString(contact.channel)},
                   {QStringLiteral("volunteer"), volunteer ? volunteer->name : QString()},
                   {QStringLiteral("displayName"), volunteer ? volunteer->displayName : QString()},
                   {QStringLiteral("openedAt"), c.openedAt},
                   {QStringLiteral("open"), c.isOpen()},
                   {QStringLiteral("steps"), steps}};
    if (withLocation && !c.location.isEmpty())
        o.insert(QStringLiteral("location"), c.location);
    return o;
}

std::optional<ContactRecord> RiskCases::actionable(StaffRecipient &s, const protocol::Envelope &e,
                                                   const QString &action)
{
    const Account *me = s.account();
    const QString contactId = e.text("contactId");
    const auto refuse = [&](ErrorCode code, const QString &why) {
        m_s.audit.record({me ? me->name : QString(), action + QStringLiteral(".refused"), contactId, {}, {}});
        s.pushError(code, why, e.id);
        return std::nullopt;
    };
    if (!me)
        return refuse(ErrorCode::NotAuthenticated, QStringLiteral("log in first"));
    const auto contact = m_s.contacts.find(contactId);
    const bool mine = contact && contact->volunteerId == me->id && contact->volunteerId != 0;
    if (mine)
        return contact;
    // A trainer's role never acts on cases; a volunteer is told only that it is not theirs.
    if (!oversees(*me))
        return me->role == Role::Trainer
            ? refuse(ErrorCode::Forbidden, QStringLiteral("only the contact's volunteer or a supervisor"))
            : refuse(ErrorCode::NotFound, QStringLiteral("no such contact"));
    // Another centre's contact looks like no contact at all.
    if (!contact || contact->volunteerId == 0 || contact->practice || centreOf(*contact) != me->centre)
        return refuse(ErrorCode::NotFound, QStringLiteral("no such contact"));
    return contact;
}

void RiskCases::step(StaffRecipient &s, const protocol::Envelope &e)
{
    const auto contact = actionable(s, e, QStringLiteral("risk.step"));
    if (!contact)
        return;
    const auto step = protocol::fromString<protocol::RiskStep>(e.text("step"));
    if (!step) { // the codec checked it against the vocabulary already
        s.pushError(ErrorCode::WrongType, QStringLiteral("unknown step"), e.id, -1,
                    QStringLiteral("body.step"));
        return;
    }
    switch (m_s.store.addStep(contact->id, *step, s.userId(), m_s.clock.now())) {
    case RiskStore::Result::NotOpen:
        s.pushError(ErrorCode::InvalidState, QStringLiteral("no open risk case for this contact"), e.id);
        return;
    case RiskStore::Result::Failed:
        s.pushError(ErrorCode::Internal, QStringLiteral("the step could not be stored"), e.id);
        return;
    case RiskStore::Result::Done:
    case RiskStore::Result::Unchanged:
        break;
    }
    m_s.audit.record({s.account()->name,
                      QStringLiteral("risk.") + protocol::toString(*step),
                      contact->id,
                      {},
                      nameOf(contact->volunteerId)});
    publish(*contact, s, e.id);
}

void RiskCases::location(StaffRecipient &s, const protocol::Envelope &e)
{
    const auto contact = actionable(s, e, QStringLiteral("risk.location"));
    if (!contact)
        return;
    switch (m_s.store.setLocation(contact->id, e.text("text").trimmed())) {
    case RiskStore::Result::NotOpen:
        s.pushError(ErrorCode::InvalidState, QStringLiteral("no open risk case for this contact"), e.id);
        return;
    case RiskStore::Result::Failed:
        s.pushError(ErrorCode::Internal, QStringLiteral("the location could not be stored"), e.id);
        return;
    case RiskStore::Result::Done:
    case RiskStore::Result::Unchanged:
        break;
    }
    m_s.audit.record(
        {s.account()->name, QStringLiteral("risk.location"), contact->id, {}, nameOf(contact->volunteerId)});
    publish(*contact, s, e.id);
}

void RiskCases::publish(const ContactRecord &contact, StaffRecipient &requester, const QString &re)
{
    const auto c = m_s.store.find(contact.id);
    if (!c)
        return;
    const QString type = QStringLiteral("risk.update");
    const ClientConnection *answered = requester.connectionKey();
    // The volunteer's copy never carries the location, even when the volunteer is a supervisor.
    m_s.router.sendToUser(contact.volunteerId, type, {{QStringLiteral("case"), toJson(*c, contact, false)}},
                          answered, re);
    const QJsonObject full {{QStringLiteral("case"), toJson(*c, contact, true)}};
    const QString centre = centreOf(contact);
    bool requesterTold = requester.userId() == contact.volunteerId;
    for (qint64 userId : m_s.router.connectedUsers()) {
        if (userId == contact.volunteerId)
            continue;
        const auto a = m_s.accounts.findById(userId);
        const bool supervisor = a && !a->disabled && a->role == Role::Supervisor && a->centre == centre;
        // An admin who acted hears the answer too (with the location: they may see it).
        if (supervisor || userId == requester.userId()) {
            m_s.router.sendToUser(userId, type, full, answered, re);
            requesterTold = requesterTold || userId == requester.userId();
        }
    }
    if (!requesterTold)
        requester.push(type, full, re);
}

void RiskCases::sessionReady(StaffRecipient &s)
{
    const Account *me = s.account();
    if (!me)
        return;
    QJsonArray cases;
    for (const QString &contactId : m_s.store.openCases()) {
        const auto contact = m_s.contacts.find(contactId);
        if (!contact)
            continue;
        const bool mine = contact->volunteerId == me->id;
        const bool overseen =
            me->role == Role::Supervisor && !contact->practice && centreOf(*contact) == me->centre;
        if (!mine && !overseen)
            continue;
        if (const auto c = m_s.store.find(contactId))
            cases.append(toJson(*c, *contact, !mine));
    }
    s.push(QStringLiteral("risk.cases"), {{QStringLiteral("cases"), cases}});
}

} // namespace ecoute::server
