// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/practice/PracticeFeedback.h"

#include <QJsonArray>

namespace ecoute::models {

namespace {

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

PracticeFeedback PracticeFeedback::fromJson(const QJsonObject &o)
{
    PracticeFeedback f;
    f.contactId = o.value(QLatin1String("contactId")).toString();
    f.slug = o.value(QLatin1String("slug")).toString();
    f.language = o.value(QLatin1String("language")).toString();
    f.title = o.value(QLatin1String("title")).toString();
    f.trainer = o.value(QLatin1String("trainer")).toString();
    f.text = o.value(QLatin1String("text")).toString();
    f.at = timestamp(o.value(QLatin1String("at")));
    for (const auto &value : o.value(QLatin1String("goals")).toArray()) {
        const QJsonObject g = value.toObject();
        f.goals.append({g.value(QLatin1String("goal")).toString(), g.value(QLatin1String("rating")).toInt(),
                        g.value(QLatin1String("comment")).toString()});
    }
    return f;
}

QJsonObject PracticeFeedback::toSendBody() const
{
    QJsonArray list;
    for (const GoalAssessment &g : goals)
        list.append(QJsonObject {{QStringLiteral("goal"), g.goal},
                                 {QStringLiteral("rating"), g.rating},
                                 {QStringLiteral("comment"), g.comment}});
    return {{QStringLiteral("contactId"), contactId},
            {QStringLiteral("goals"), list},
            {QStringLiteral("text"), text}};
}

PracticeHistoryEntry PracticeHistoryEntry::fromJson(const QJsonObject &o)
{
    PracticeHistoryEntry e;
    e.contactId = o.value(QLatin1String("contactId")).toString();
    e.at = timestamp(o.value(QLatin1String("at")));
    e.slug = o.value(QLatin1String("slug")).toString();
    e.language = o.value(QLatin1String("language")).toString();
    e.title = o.value(QLatin1String("title")).toString();
    e.trainer = o.value(QLatin1String("trainer")).toString();
    const QJsonObject feedback = o.value(QLatin1String("feedback")).toObject();
    if (!feedback.isEmpty())
        e.feedback = PracticeFeedback::fromJson(feedback);
    return e;
}

} // namespace ecoute::models
