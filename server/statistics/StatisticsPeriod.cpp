// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/StatisticsPeriod.h"

#include <QRegularExpression>

namespace ecoute::server {

namespace {
/// Exactly YYYY-MM-DD: QDate alone would also take other ISO forms.
QDate strictDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}
} // namespace

std::variant<StatisticsPeriod, StatisticsPeriod::Error>
StatisticsPeriod::parse(const QString &fromText, const QString &toText, const QDate &today)
{
    const QDate from = strictDate(fromText);
    const QDate to = strictDate(toText);
    if (!fromText.isEmpty() && !from.isValid())
        return Error {QStringLiteral("from"), tr("from must be a date YYYY-MM-DD")};
    if (!toText.isEmpty() && !to.isValid())
        return Error {QStringLiteral("to"), tr("to must be a date YYYY-MM-DD")};

    StatisticsPeriod period;
    if (from.isValid() && to.isValid())
        period = {from, to};
    else if (from.isValid())
        period = {from, from.addYears(1)};
    else if (to.isValid())
        period = {to.addYears(-1), to};
    else
        period = {QDate(today.year(), 1, 1), QDate(today.year() + 1, 1, 1)};

    if (period.to <= period.from)
        return Error {QStringLiteral("to"), tr("to must be after from (to is not counted)")};
    if (period.from.daysTo(period.to) > kMaxDays)
        return Error {QStringLiteral("to"), tr("the period is at most %1 days").arg(kMaxDays)};
    return period;
}

} // namespace ecoute::server
