// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statistics/StatisticsCsv.h"

#include "protocol/Vocabulary.h"

#include <QSaveFile>

namespace ecoute::models {

namespace {

const QString kCrLf = QStringLiteral("\r\n");

/// The count cell and the note cell of a count.
QStringList countCells(const Count &count, int minCount)
{
    if (!count)
        return {QString(), StatisticsText::hidden(minCount)};
    return {QString::number(*count), QString()};
}

QString figureSlug(StatisticsCsv::Figure figure)
{
    using F = StatisticsCsv::Figure;
    switch (figure) {
    case F::Totals:
        return QStringLiteral("totals");
    case F::Channels:
        return QStringLiteral("channels");
    case F::Languages:
        return QStringLiteral("languages");
    case F::Months:
        return QStringLiteral("months");
    case F::Endings:
        return QStringLiteral("endings");
    case F::Durations:
        return QStringLiteral("durations");
    case F::Topics:
        return QStringLiteral("topics");
    case F::Risks:
        return QStringLiteral("risks");
    case F::Outcomes:
        return QStringLiteral("outcomes");
    case F::Histories:
        return QStringLiteral("histories");
    case F::AnsweredByMonth:
        return QStringLiteral("answered-by-month");
    case F::WaitByMonth:
        return QStringLiteral("wait-by-month");
    case F::Heatmap:
        return QStringLiteral("heatmap");
    }
    return QStringLiteral("figure");
}

} // namespace

QList<StatisticsCsv::Figure> StatisticsCsv::allFigures()
{
    return {Figure::Totals,   Figure::Channels,  Figure::Languages,       Figure::Months,
            Figure::Endings,  Figure::Durations, Figure::Topics,          Figure::Risks,
            Figure::Outcomes, Figure::Histories, Figure::AnsweredByMonth, Figure::WaitByMonth,
            Figure::Heatmap};
}

std::optional<StatisticsGroup> StatisticsCsv::groupOf(Figure figure)
{
    switch (figure) {
    case Figure::Channels:
        return StatisticsGroup::Channels;
    case Figure::Languages:
        return StatisticsGroup::Languages;
    case Figure::Months:
        return StatisticsGroup::Months;
    case Figure::Endings:
        return StatisticsGroup::Endings;
    case Figure::Durations:
        return StatisticsGroup::Durations;
    case Figure::Topics:
        return StatisticsGroup::Topics;
    case Figure::Risks:
        return StatisticsGroup::Risks;
    case Figure::Outcomes:
        return StatisticsGroup::Outcomes;
    case Figure::Histories:
        return StatisticsGroup::Histories;
    default:
        return std::nullopt;
    }
}

QString StatisticsCsv::field(const QString &text)
{
    QString value = text;
    // Formula injection: a spreadsheet runs a cell that starts with one of these.
    static const QString starters = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && starters.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString StatisticsCsv::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(',')) + kCrLf;
}

QString StatisticsCsv::csv(Figure figure, const StatisticsFigures &f,
                           const QHash<QString, QString> &topicLabels)
{
    const int min = f.minCount;
    QString out;
    if (figure == Figure::Months && !f.monthsByChannel.isEmpty())
        return monthsByChannel(f);
    if (const auto group = groupOf(figure)) {
        out += row({tr("key"), tr("label"), tr("count"), tr("note")});
        for (const CountEntry &entry : models::groupOf(f, *group))
            out += row(QStringList {entry.key, StatisticsText::keyLabel(*group, entry.key, topicLabels)}
                       + countCells(entry.count, min));
        return out;
    }
    switch (figure) {
    case Figure::Totals: {
        out += row({tr("key"), tr("label"), tr("count"), tr("note")});
        const std::pair<const char *, std::pair<QString, Count>> totals[] = {
            {"contacts", {tr("contacts"), f.contacts}},
            {"answered", {tr("answered"), f.answered}},
            {"unanswered", {tr("unanswered"), f.unanswered}},
            {"hard", {tr("hard contacts"), f.hard}}};
        for (const auto &[key, value] : totals)
            out += row(QStringList {QString::fromLatin1(key), value.first} + countCells(value.second, min));
        break;
    }
    case Figure::AnsweredByMonth:
        out +=
            row({tr("month"), tr("answered"), tr("answered note"), tr("unanswered"), tr("unanswered note")});
        for (const MonthAnswered &m : f.answeredByMonth)
            out += row(QStringList {m.month} + countCells(m.answered, min) + countCells(m.unanswered, min));
        break;
    case Figure::WaitByMonth:
        out += row({tr("month"), tr("wait p50 (seconds)"), tr("p50 note"), tr("wait p90 (seconds)"),
                    tr("p90 note")});
        for (const MonthWait &m : f.waitByMonth)
            out += row(QStringList {m.month} + countCells(m.wait.p50, min) + countCells(m.wait.p90, min));
        break;
    case Figure::Heatmap:
        // Long form: one row per cell, so a hidden cell keeps its note.
        out += row({tr("grid"), tr("weekday"), tr("hour"), tr("count"), tr("note")});
        for (const auto &[name, grid] : {std::pair {QStringLiteral("offered"), &f.offered},
                                         std::pair {QStringLiteral("answered"), &f.answeredGrid}}) {
            if (!grid->present)
                continue;
            for (int day = 0; day < 7; ++day) {
                for (int hour = 0; hour < 24; ++hour)
                    out += row(QStringList {name, QString::number(day + 1), QString::number(hour)}
                               + countCells(grid->cells[day][hour], min));
            }
        }
        break;
    default:
        break;
    }
    return out;
}

QString StatisticsCsv::monthsByChannel(const StatisticsFigures &f)
{
    // The months' totals, then each channel's count of the month (what the stacked chart shows).
    const QStringList channels = protocol::names<protocol::Channel>();
    QStringList header {tr("key"), tr("label"), tr("count"), tr("note")};
    for (const QString &channel : channels)
        header << channel << tr("%1 note").arg(channel);
    QString out = row(header);
    for (const CountEntry &month : f.months) {
        QStringList cells {month.key, StatisticsText::month(month.key)};
        cells += countCells(month.count, f.minCount);
        CountList perChannel;
        for (const MonthChannels &m : f.monthsByChannel) {
            if (m.month == month.key)
                perChannel = m.channels;
        }
        for (const QString &channel : channels)
            cells += countCells(countOf(perChannel, channel), f.minCount);
        out += row(cells);
    }
    return out;
}

QString StatisticsCsv::fileName(Figure figure, const StatisticsFigures &figures)
{
    const QString from =
        figures.from.isValid() ? figures.from.toString(Qt::ISODate) : QStringLiteral("period");
    return QStringLiteral("ecoute-statistics-%1-%2.csv").arg(figureSlug(figure), from);
}

bool StatisticsCsv::write(const QString &path, Figure figure, const StatisticsFigures &figures,
                          const QHash<QString, QString> &topicLabels)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(csv(figure, figures, topicLabels).toUtf8());
    return file.commit();
}

} // namespace ecoute::models
