// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/ReportDraft.h"

#include <QJsonArray>

#include <algorithm>

namespace ecoute::models {

namespace {

template<protocol::VocabularyEnum E> QJsonArray namesOf(const QList<E> &values)
{
    QJsonArray array;
    for (E value : values)
        array.append(protocol::toString(value));
    return array;
}

template<protocol::VocabularyEnum E> QList<E> valuesOf(const QJsonValue &value)
{
    QList<E> values;
    for (const QJsonValue &name : value.toArray()) {
        const auto parsed = protocol::fromString<E>(name.toString());
        if (parsed && !values.contains(*parsed))
            values.append(*parsed);
    }
    // Wire order follows the vocabulary: the same report always reads the same.
    std::sort(values.begin(), values.end());
    return values;
}

template<protocol::VocabularyEnum E> E valueOf(const QJsonValue &value, E fallback)
{
    return protocol::fromString<E>(value.toString()).value_or(fallback);
}

QStringList stringsOf(const QJsonValue &value, int limit)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        const QString text = item.toString();
        if (!text.isEmpty() && !list.contains(text) && list.size() < limit)
            list.append(text);
    }
    return list;
}

template<class E> void toggle(QList<E> &list, E value, bool on)
{
    if (on && !list.contains(value)) {
        list.append(value);
        std::sort(list.begin(), list.end());
    } else if (!on) {
        list.removeAll(value);
    }
}

} // namespace

bool ReportDraft::setTopic(const QString &id, bool on)
{
    if (!on) {
        topics.removeAll(id);
        return true;
    }
    if (topics.contains(id))
        return true;
    if (topics.size() >= maxTopics)
        return false;
    topics.append(id);
    return true;
}

void ReportDraft::setAsked(protocol::RiskQuestion question, bool on)
{
    toggle(asked, question, on);
}

void ReportDraft::setOutcome(protocol::ReportOutcome outcome, bool on)
{
    toggle(outcomes, outcome, on);
}

void ReportDraft::addReferral(const QString &serviceId)
{
    if (serviceId.isEmpty())
        return;
    if (!referrals.contains(serviceId) && referrals.size() < maxReferrals)
        referrals.append(serviceId);
    setOutcome(protocol::ReportOutcome::Referred, true);
}

bool ReportDraft::isComplete() const
{
    if (outcomes.isEmpty())
        return false;
    return !hasOutcome(protocol::ReportOutcome::Referred) || !referrals.isEmpty();
}

QJsonObject ReportDraft::toJson() const
{
    return {{QStringLiteral("topics"), QJsonArray::fromStringList(topics)},
            {QStringLiteral("risk"), protocol::toString(risk)},
            {QStringLiteral("asked"), namesOf(asked)},
            {QStringLiteral("age"), protocol::toString(age)},
            {QStringLiteral("gender"), protocol::toString(gender)},
            {QStringLiteral("history"), protocol::toString(history)},
            {QStringLiteral("outcomes"), namesOf(outcomes)},
            {QStringLiteral("referrals"), QJsonArray::fromStringList(referrals)}};
}

ReportDraft ReportDraft::fromJson(const QJsonObject &json)
{
    ReportDraft draft;
    draft.topics = stringsOf(json.value(QLatin1String("topics")), maxTopics);
    draft.risk = valueOf(json.value(QLatin1String("risk")), draft.risk);
    draft.asked = valuesOf<protocol::RiskQuestion>(json.value(QLatin1String("asked")));
    draft.age = valueOf(json.value(QLatin1String("age")), draft.age);
    draft.gender = valueOf(json.value(QLatin1String("gender")), draft.gender);
    draft.history = valueOf(json.value(QLatin1String("history")), draft.history);
    if (json.contains(QLatin1String("outcomes")))
        draft.outcomes = valuesOf<protocol::ReportOutcome>(json.value(QLatin1String("outcomes")));
    draft.referrals = stringsOf(json.value(QLatin1String("referrals")), maxReferrals);
    return draft;
}

QJsonObject ReportDraft::toSubmit(const QString &contactId) const
{
    QJsonObject body = toJson();
    body.insert(QStringLiteral("contactId"), contactId);
    // Optional on the wire: left out when empty.
    if (asked.isEmpty())
        body.remove(QStringLiteral("asked"));
    if (referrals.isEmpty())
        body.remove(QStringLiteral("referrals"));
    return body;
}

} // namespace ecoute::models
