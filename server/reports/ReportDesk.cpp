// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/ReportDesk.h"

#include "server/routing/Recipients.h"
#include "server/routing/Router.h"

#include <QJsonArray>
#include <QSet>

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {
/// The strings of a list, each once, in the order given; nullopt if an element is not a string
/// accepted by isKnown.
template<class Known> std::optional<QStringList> distinctStrings(const QJsonValue &value, Known isKnown)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || !isKnown(item.toString()))
            return std::nullopt;
        if (!list.contains(item.toString()))
            list.append(item.toString());
    }
    return list;
}

template<protocol::VocabularyEnum E> bool inVocabulary(const QString &name)
{
    return protocol::fromString<E>(name).has_value();
}
} // namespace

const ReportDesk::Handlers &ReportDesk::handlers()
{
    static constexpr Handlers table {
        {MessageType::ReportPendingGet, &ReportDesk::pendingGet},
        {MessageType::ReportSubmit, &ReportDesk::submit},
        {MessageType::RiskStep, &ReportDesk::riskStep},
        {MessageType::RiskLocation, &ReportDesk::riskLocation},
    };
    return table;
}

QList<MessageType> ReportDesk::handledTypes()
{
    return handlers().types();
}

bool ReportDesk::handle(StaffRecipient &s, const Envelope &e)
{
    return handlers().dispatch(*this, e.messageType, s, e);
}

QJsonObject ReportDesk::pendingBody(qint64 userId) const
{
    QJsonArray contacts;
    for (const PendingReport &p : m_s.store.pendingFor(userId, m_s.clock.now().addDays(-kPendingDays)))
        contacts.append(p.toJson());
    return {{QStringLiteral("contacts"), contacts}};
}

void ReportDesk::sessionReady(StaffRecipient &s)
{
    if (!s.account())
        return;
    s.push(QStringLiteral("report.form"), {{QStringLiteral("topics"), m_s.topics.toJson()}});
    if (s.canTakeContacts())
        s.push(QStringLiteral("report.pending"), pendingBody(s.userId()));
    m_s.risks.sessionReady(s);
}

void ReportDesk::pendingGet(StaffRecipient &s, const Envelope &e)
{
    s.push(QStringLiteral("report.pending"), pendingBody(s.userId()), e.id);
}

ReportDesk::Checked ReportDesk::check(const QJsonObject &body) const
{
    const auto bad = [](const char *field, const QString &why) {
        return Checked {std::nullopt, QStringLiteral("body.") + QLatin1String(field), why};
    };
    ReportRecord r;
    r.contactId = body.value(QLatin1String("contactId")).toString();
    const auto topics = distinctStrings(body.value(QLatin1String("topics")),
                                        [this](const QString &id) { return m_s.topics.contains(id); });
    if (!topics)
        return bad("topics", QStringLiteral("not a topic of this centre"));
    const auto asked =
        distinctStrings(body.value(QLatin1String("asked")), inVocabulary<protocol::RiskQuestion>);
    if (!asked)
        return bad("asked", QStringLiteral("not a question of the risk assessment"));
    const auto outcomes =
        distinctStrings(body.value(QLatin1String("outcomes")), inVocabulary<protocol::ReportOutcome>);
    if (!outcomes || outcomes->isEmpty())
        return bad("outcomes", QStringLiteral("one or more of the report's outcomes"));
    const auto referrals = distinctStrings(body.value(QLatin1String("referrals")),
                                           [this](const QString &id) { return m_s.store.serviceExists(id); });
    if (!referrals)
        return bad("referrals", QStringLiteral("not a service of the directory"));
    if (outcomes->contains(protocol::toString(protocol::ReportOutcome::Referred)) && referrals->isEmpty())
        return bad("referrals", QStringLiteral("a referral needs the service it was to"));
    // The codec checked these against their vocabularies.
    const auto risk = protocol::fromString<protocol::RiskLevel>(body.value(QLatin1String("risk")).toString());
    const auto age = protocol::fromString<protocol::AgeBracket>(body.value(QLatin1String("age")).toString());
    const auto gender =
        protocol::fromString<protocol::Gender>(body.value(QLatin1String("gender")).toString());
    const auto history =
        protocol::fromString<protocol::ContactHistory>(body.value(QLatin1String("history")).toString());
    if (!risk)
        return bad("risk", QStringLiteral("unknown risk level"));
    if (!age)
        return bad("age", QStringLiteral("unknown age bracket"));
    if (!gender)
        return bad("gender", QStringLiteral("unknown gender"));
    if (!history)
        return bad("history", QStringLiteral("unknown history"));
    r.topics = *topics;
    r.asked = *asked;
    r.outcomes = *outcomes;
    r.referrals = *referrals;
    r.risk = *risk;
    r.age = *age;
    r.gender = *gender;
    r.history = *history;
    return {r, {}, {}};
}

void ReportDesk::submit(StaffRecipient &s, const Envelope &e)
{
    const Account *me = s.account();
    const auto contact = m_s.contacts.find(e.text("contactId"));
    // Someone else's contact looks like no contact at all.
    if (!me || !contact || contact->volunteerId == 0 || contact->volunteerId != me->id) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such contact of yours"), e.id);
        return;
    }
    if (contact->state != protocol::ContactState::Ended) {
        s.pushError(ErrorCode::InvalidState, QStringLiteral("the contact has not ended"), e.id);
        return;
    }
    Checked checked = check(e.body);
    if (!checked.report) {
        s.pushError(ErrorCode::WrongType, checked.why, e.id, -1, checked.field);
        return;
    }
    checked.report->authorId = me->id;
    switch (m_s.store.insert(*checked.report, m_s.clock.now())) {
    case ReportStore::Insert::Duplicate:
        s.pushError(ErrorCode::InvalidState, QStringLiteral("this contact is already reported"), e.id);
        return;
    case ReportStore::Insert::Failed:
        s.pushError(ErrorCode::Internal, QStringLiteral("the report could not be stored"), e.id);
        return;
    case ReportStore::Insert::Stored:
        break;
    }
    m_s.audit.record({me->name, QStringLiteral("report.saved"), contact->id, {}, {}});
    // Every window of the author hears it; the requester's copies answer the request.
    m_s.router.sendToUser(me->id, QStringLiteral("report.saved"),
                          {{QStringLiteral("contactId"), contact->id}}, s.connectionKey(), e.id);
    m_s.router.sendToUser(me->id, QStringLiteral("report.pending"), pendingBody(me->id), s.connectionKey(),
                          e.id);
}

} // namespace ecoute::server
