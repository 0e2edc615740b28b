// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A stats.snapshot body for a whole year (2026) with counts hidden by small-count suppression
// (null), shared by the statistics tests of the workstation.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace statistics_sample {

inline QJsonValue hidden()
{
    return QJsonValue(QJsonValue::Null);
}

inline QString month(int m)
{
    return QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0'));
}

/// Hidden: February everywhere, the e-mail channel (and e-mail and phone in July), hard contacts, two
/// topics, night hours 3 and 4.
inline QJsonObject yearBody()
{
    QJsonObject months;
    QJsonObject answeredByMonth;
    QJsonObject waitByMonth;
    QJsonObject monthsByChannel;
    for (int m = 1; m <= 12; ++m) {
        const bool feb = m == 2;
        const bool july = m == 7; // e-mail under 5, and phone hidden with it (the group's next smallest)
        monthsByChannel.insert(
            month(m),
            feb ? QJsonObject {{"chat", hidden()}, {"email", hidden()}, {"phone", hidden()}}
                : QJsonObject {{"chat", 50 + m},
                               {"email", july ? hidden() : QJsonValue(12)},
                               {"phone", july ? hidden() : QJsonValue(28 + 2 * m)}});
        months.insert(month(m), feb ? hidden() : QJsonValue(90 + m * 3));
        answeredByMonth.insert(month(m),
                               feb ? QJsonObject {{"answered", hidden()}, {"unanswered", hidden()}}
                                   : QJsonObject {{"answered", 80 + m * 3}, {"unanswered", 10}});
        waitByMonth.insert(month(m),
                           feb ? QJsonObject {{"p50", hidden()}, {"p90", hidden()}}
                               : QJsonObject {{"p50", 42 + m * 6}, {"p90", 300 + m * 20}});
    }
    QJsonArray offered;
    QJsonArray answered;
    for (int day = 0; day < 7; ++day) {
        QJsonArray o;
        QJsonArray a;
        for (int hour = 0; hour < 24; ++hour) {
            if (hour == 3 || hour == 4) {
                o.append(hidden());
                a.append(hidden());
            } else if (hour < 8) {
                o.append(0);
                a.append(0);
            } else {
                o.append(5 + (hour % 7) * 2 + day);
                a.append(5 + (hour % 7) + day);
            }
        }
        offered.append(o);
        answered.append(a);
    }
    return QJsonObject {
        {"from", "2026-01-01"},
        {"to", "2027-01-01"},
        {"minCount", 5},
        {"totals",
         QJsonObject {{"contacts", 1234}, {"answered", 1100}, {"unanswered", 134}, {"hard", hidden()}}},
        {"channels", QJsonObject {{"chat", 812}, {"email", hidden()}, {"phone", 418}}},
        {"languages",
         QJsonObject {
             {"fr", 600}, {"de", 300}, {"en", 200}, {"lb", 130}, {"pt", hidden()}, {"other", hidden()}}},
        {"months", months},
        {"endings",
         QJsonObject {{"volunteer", 700}, {"seeker", 400}, {"other", 34}, {"abandoned", 100}, {"open", 0}}},
        {"durations",
         QJsonObject {{"under5", 100}, {"5to15", 300}, {"15to30", 400}, {"30to60", 250}, {"over60", 50}}},
        {"topics",
         QJsonObject {{"suicidality", 57},
                      {"loneliness", 310},
                      {"relationships", 220},
                      {"family", 140},
                      {"work", 90},
                      {"health", 65},
                      {"addiction", hidden()},
                      {"violence", hidden()}}},
        {"risks",
         QJsonObject {{"none", 700},
                      {"low", 150},
                      {"moderate", 60},
                      {"high", 23},
                      {"imminent", 7},
                      {"unreported", 294}}},
        {"outcomes",
         QJsonObject {{"listened", 900},
                      {"information", 300},
                      {"referred", 120},
                      {"supervisor", 40},
                      {"emergency", 6}}},
        {"histories",
         QJsonObject {{"first", 640}, {"repeat", 410}, {"unknown", 150}, {"unreported", hidden()}}},
        {"answeredByMonth", answeredByMonth},
        {"waitByMonth", waitByMonth},
        {"heatmap", QJsonObject {{"offered", offered}, {"answered", answered}}},
        {"timeZone", "Europe/Luxembourg"},
        {"monthsByChannel", monthsByChannel},
        {"wait", QJsonObject {{"p50", 72}, {"p90", 612}}},
    };
}

} // namespace statistics_sample
