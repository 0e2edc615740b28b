// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <variant>

namespace ecoute::server {

/// The days [from, to) (UTC) that anonymous statistics cover. Shared by
/// stats.get and "ecoute-server stats" so both accept and refuse the same periods.
struct StatisticsPeriod
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsPeriod)

public:
    /// A year and a leap day: a yearly report fits, however it is cut.
    static constexpr qint64 kMaxDays = 366;

    QDate from; ///< first day counted
    QDate to; ///< first day no longer counted

    /// Why a period was refused: the offending field ("from" or "to") and an English sentence.
    struct Error
    {
        QString field;
        QString message;
    };

    /// Dates are "YYYY-MM-DD", each optional: neither gives the calendar year
    /// of today; only one gives the year that starts or ends there.
    static std::variant<StatisticsPeriod, Error> parse(const QString &from, const QString &to,
                                                       const QDate &today);
};

} // namespace ecoute::server
