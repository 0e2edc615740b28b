// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statistics/StatisticsText.h"

#include "models/workstation/VocabularyText.h"
#include "protocol/Vocabulary.h"

#include <QLocale>

namespace ecoute::models {

const CountList &groupOf(const StatisticsFigures &f, StatisticsGroup group)
{
    switch (group) {
    case StatisticsGroup::Channels:
        return f.channels;
    case StatisticsGroup::Languages:
        return f.languages;
    case StatisticsGroup::Months:
        return f.months;
    case StatisticsGroup::Endings:
        return f.endings;
    case StatisticsGroup::Durations:
        return f.durations;
    case StatisticsGroup::Topics:
        return f.topics;
    case StatisticsGroup::Risks:
        return f.risks;
    case StatisticsGroup::Outcomes:
        return f.outcomes;
    case StatisticsGroup::Histories:
        return f.histories;
    }
    return f.channels;
}

namespace {

QString riskLabel(const QString &key)
{
    using protocol::RiskLevel;
    const auto level = protocol::fromString<RiskLevel>(key);
    if (!level)
        return key == QLatin1String("unreported") ? StatisticsText::tr("no report") : key;
    switch (*level) {
    case RiskLevel::None:
        return StatisticsText::tr("no risk");
    case RiskLevel::Low:
        return StatisticsText::tr("low");
    case RiskLevel::Moderate:
        return StatisticsText::tr("moderate");
    case RiskLevel::High:
        return StatisticsText::tr("high");
    case RiskLevel::Imminent:
        return StatisticsText::tr("imminent");
    }
    return key;
}

QString outcomeLabel(const QString &key)
{
    using protocol::ReportOutcome;
    const auto outcome = protocol::fromString<ReportOutcome>(key);
    if (!outcome)
        return key;
    switch (*outcome) {
    case ReportOutcome::Listened:
        return StatisticsText::tr("listened");
    case ReportOutcome::Information:
        return StatisticsText::tr("gave information");
    case ReportOutcome::Referred:
        return StatisticsText::tr("referred");
    case ReportOutcome::Supervisor:
        return StatisticsText::tr("supervisor involved");
    case ReportOutcome::Emergency:
        return StatisticsText::tr("emergency services");
    }
    return key;
}

QString historyLabel(const QString &key)
{
    if (key == QLatin1String("first"))
        return StatisticsText::tr("first contact");
    if (key == QLatin1String("repeat"))
        return StatisticsText::tr("repeat contact");
    if (key == QLatin1String("unknown"))
        return StatisticsText::tr("not known");
    if (key == QLatin1String("unreported"))
        return StatisticsText::tr("no report");
    return key;
}

QString endingLabel(const QString &key)
{
    if (key == QLatin1String("volunteer"))
        return StatisticsText::tr("ended by the volunteer");
    if (key == QLatin1String("seeker"))
        return StatisticsText::tr("ended by the person");
    if (key == QLatin1String("other"))
        return StatisticsText::tr("ended otherwise");
    if (key == QLatin1String("abandoned"))
        return StatisticsText::tr("left while waiting");
    if (key == QLatin1String("open"))
        return StatisticsText::tr("still open");
    return key;
}

QString durationLabel(const QString &key)
{
    if (key == QLatin1String("under5"))
        return StatisticsText::tr("under 5 min");
    if (key == QLatin1String("5to15"))
        return StatisticsText::tr("5–15 min");
    if (key == QLatin1String("15to30"))
        return StatisticsText::tr("15–30 min");
    if (key == QLatin1String("30to60"))
        return StatisticsText::tr("30–60 min");
    if (key == QLatin1String("over60"))
        return StatisticsText::tr("over 60 min");
    return key;
}

} // namespace

QString StatisticsText::keyLabel(StatisticsGroup group, const QString &key,
                                 const QHash<QString, QString> &topicLabels)
{
    switch (group) {
    case StatisticsGroup::Channels:
        return VocabularyText::channel(key);
    case StatisticsGroup::Languages:
        return key == QLatin1String("other") ? tr("other languages") : VocabularyText::language(key);
    case StatisticsGroup::Months:
        return month(key);
    case StatisticsGroup::Endings:
        return endingLabel(key);
    case StatisticsGroup::Durations:
        return durationLabel(key);
    case StatisticsGroup::Topics:
        return topicLabels.value(key, key);
    case StatisticsGroup::Risks:
        return riskLabel(key);
    case StatisticsGroup::Outcomes:
        return outcomeLabel(key);
    case StatisticsGroup::Histories:
        return historyLabel(key);
    }
    return key;
}

QString StatisticsText::groupTitle(StatisticsGroup group)
{
    switch (group) {
    case StatisticsGroup::Channels:
        return tr("Contacts by channel");
    case StatisticsGroup::Languages:
        return tr("Contacts by language");
    case StatisticsGroup::Months:
        return tr("Contacts per month");
    case StatisticsGroup::Endings:
        return tr("How contacts ended");
    case StatisticsGroup::Durations:
        return tr("Length of answered contacts");
    case StatisticsGroup::Topics:
        return tr("Topics");
    case StatisticsGroup::Risks:
        return tr("Suicide risk assessed");
    case StatisticsGroup::Outcomes:
        return tr("Outcomes");
    case StatisticsGroup::Histories:
        return tr("First and repeat contacts");
    }
    return {};
}

QString StatisticsText::hidden(int minCount)
{
    return tr("hidden (<%1)").arg(qMax(minCount, 1));
}

QString StatisticsText::count(const Count &value, int minCount)
{
    return value ? QLocale().toString(*value) : hidden(minCount);
}

QString StatisticsText::share(const std::optional<double> &value, int minCount)
{
    if (!value)
        return hidden(minCount);
    return tr("%1 %").arg(QLocale().toString(*value * 100.0, 'f', 0));
}

QString StatisticsText::minutes(const Count &seconds, int minCount)
{
    if (!seconds)
        return hidden(minCount);
    return tr("%1 min").arg(QLocale().toString(*seconds / 60.0, 'f', 1));
}

QString StatisticsText::month(const QString &yearMonth, bool shortForm)
{
    const QDate date = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    if (!date.isValid())
        return yearMonth;
    if (shortForm)
        return QLocale().monthName(date.month(), QLocale::ShortFormat);
    return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(date.month()),
                                       QString::number(date.year()));
}

QString StatisticsText::weekday(int mondayBased, bool shortForm)
{
    return QLocale().dayName(mondayBased + 1, shortForm ? QLocale::ShortFormat : QLocale::LongFormat);
}

QString StatisticsText::period(const QDate &from, const QDate &toExclusive)
{
    if (!from.isValid() || !toExclusive.isValid())
        return tr("no period");
    const QLocale locale;
    //: A QDate format for the first and last day of a statistics period (German: "d. MMMM yyyy").
    const QString format = tr("d MMMM yyyy");
    return tr("%1 – %2").arg(locale.toString(from, format), locale.toString(toExclusive.addDays(-1), format));
}

} // namespace ecoute::models
