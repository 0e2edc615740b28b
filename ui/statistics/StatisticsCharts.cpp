// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/StatisticsCharts.h"

#include "models/workstation/VocabularyText.h"
#include "protocol/Vocabulary.h"
#include "ui/style/Theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ecoute::ui {

using models::Count;
using models::CountEntry;
using models::CountList;
using models::StatisticsFigures;
using models::StatisticsGroup;
using models::StatisticsText;

namespace {

/// Chart labels are rich text: "hidden (<5)" or a centre's topic label must not read as markup.
QString plain(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList plain(const QStringList &texts)
{
    QStringList out;
    for (const QString &text : texts)
        out.append(plain(text));
    return out;
}

QBrush hiddenBrush(const StatisticsCharts::Look &look)
{
    return QBrush(look.hidden, Qt::BDiagPattern);
}

/// The theme comes first: set later, it would repaint the hatching of hidden counts.
QChart *newChart(const QString &title, const StatisticsCharts::Look &look)
{
    auto *chart = new QChart;
    chart->setTheme(look.theme);
    chart->setTitle(plain(title));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    return chart;
}

/// The set that marks hidden counts: a hatched bar up to the threshold.
QBarSet *hiddenSet(int minCount, const StatisticsCharts::Look &look)
{
    auto *set = new QBarSet(plain(StatisticsText::hidden(minCount)));
    set->setBrush(hiddenBrush(look));
    set->setPen(QPen(look.hidden));
    return set;
}

int threshold(const StatisticsFigures &f)
{
    return qMax(f.minCount, 1);
}

/// Shared by every bar chart: categories on one axis, counts on the other.
void attachAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, bool horizontal,
                qreal maximum)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(plain(categories));
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, qMax<qreal>(maximum * 1.1, 5));
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

/// Adds the hidden set only when something is hidden (the legend then explains the hatching).
void appendHidden(QAbstractBarSeries *series, QBarSet *hidden)
{
    if (hidden->sum() > 0)
        series->append(hidden);
    else
        delete hidden;
}

QString summaryOf(const QList<std::pair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[label, value] : items)
        parts.append(StatisticsCharts::tr("%1: %2").arg(label, value));
    return parts.join(QStringLiteral("; "));
}

} // namespace

StatisticsChartLook StatisticsChartLook::forDesktop()
{
    StatisticsChartLook look;
    switch (Theme::mode()) {
    case Theme::Mode::Light:
        break;
    case Theme::Mode::Dark:
        look.theme = QChart::ChartThemeDark;
        look.hidden = QColor(200, 200, 200);
        look.median = QColor(120, 220, 150);
        look.slow = QColor(255, 170, 90);
        break;
    case Theme::Mode::HighContrast:
        look.theme = QChart::ChartThemeHighContrast;
        look.hidden = QApplication::palette().color(QPalette::WindowText);
        look.median = look.hidden;
        look.slow = look.hidden;
        break;
    }
    return look;
}

QChart *StatisticsCharts::contactsPerMonth(const StatisticsFigures &f, const Look &look)
{
    QChart *chart = newChart(tr("Contacts per month"), look);
    auto *series = new QStackedBarSeries;
    QBarSet *hidden = hiddenSet(f.minCount, look);
    QStringList categories;
    qreal maximum = 0;
    if (!f.monthsByChannel.isEmpty()) {
        QList<QBarSet *> sets;
        for (const QString &channel : protocol::names<protocol::Channel>())
            sets.append(new QBarSet(plain(models::VocabularyText::channel(channel))));
        for (const models::MonthChannels &month : f.monthsByChannel) {
            categories.append(StatisticsText::month(month.month, true));
            qreal total = 0;
            qreal hiddenHere = 0;
            for (int i = 0; i < sets.size(); ++i) {
                const Count c = models::countOf(month.channels, protocol::names<protocol::Channel>().at(i));
                sets[i]->append(c.value_or(0));
                total += c.value_or(0);
                if (!c && month.channels.size() > i)
                    hiddenHere += threshold(f);
            }
            hidden->append(hiddenHere);
            maximum = qMax(maximum, total + hiddenHere);
        }
        for (QBarSet *set : sets)
            series->append(set);
    } else {
        auto *all = new QBarSet(plain(tr("all channels")));
        for (const CountEntry &month : f.months) {
            categories.append(StatisticsText::month(month.key, true));
            all->append(month.count.value_or(0));
            hidden->append(month.count ? 0 : threshold(f));
            maximum = qMax<qreal>(maximum, month.count.value_or(threshold(f)));
        }
        series->append(all);
    }
    appendHidden(series, hidden);
    attachAxes(chart, series, categories, false, maximum);
    return chart;
}

QChart *StatisticsCharts::group(const StatisticsFigures &f, StatisticsGroup group,
                                const QHash<QString, QString> &topicLabels, const Look &look)
{
    QChart *chart = newChart(StatisticsText::groupTitle(group), look);
    CountList entries = models::groupOf(f, group);
    const bool horizontal = group == StatisticsGroup::Topics;
    if (horizontal) {
        // Most frequent at the top (a horizontal axis lists its first category at the bottom).
        std::stable_sort(entries.begin(), entries.end(), [](const CountEntry &a, const CountEntry &b) {
            return a.count.value_or(0) < b.count.value_or(0);
        });
    }
    QAbstractBarSeries *series = horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
        : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    auto *counted = new QBarSet(plain(tr("contacts")));
    QBarSet *hidden = hiddenSet(f.minCount, look);
    QStringList categories;
    qreal maximum = 0;
    for (const CountEntry &entry : entries) {
        categories.append(StatisticsText::keyLabel(group, entry.key, topicLabels));
        counted->append(entry.count.value_or(0));
        hidden->append(entry.count ? 0 : threshold(f));
        maximum = qMax<qreal>(maximum, entry.count.value_or(threshold(f)));
    }
    series->append(counted);
    appendHidden(series, hidden);
    attachAxes(chart, series, categories, horizontal, maximum);
    if (series->count() == 1)
        chart->legend()->hide();
    return chart;
}

QChart *StatisticsCharts::answeredPerMonth(const StatisticsFigures &f, const Look &look)
{
    QChart *chart = newChart(tr("Answered and unanswered contacts per month, with the wait"), look);
    auto *series = new QStackedBarSeries;
    auto *answered = new QBarSet(plain(tr("answered")));
    auto *unanswered = new QBarSet(plain(tr("unanswered")));
    QBarSet *hidden = hiddenSet(f.minCount, look);
    QStringList categories;
    qreal maximum = 0;
    for (const models::MonthAnswered &m : f.answeredByMonth) {
        categories.append(StatisticsText::month(m.month, true));
        answered->append(m.answered.value_or(0));
        unanswered->append(m.unanswered.value_or(0));
        const qreal hiddenHere = (m.answered ? 0 : threshold(f)) + (m.unanswered ? 0 : threshold(f));
        hidden->append(hiddenHere);
        maximum = qMax(maximum, m.answered.value_or(0) + m.unanswered.value_or(0) + hiddenHere);
    }
    series->append(answered);
    series->append(unanswered);
    appendHidden(series, hidden);
    attachAxes(chart, series, categories, false, maximum);

    // The wait in minutes on a second axis; a month whose wait is hidden breaks the line.
    auto *minutesAxis = new QValueAxis;
    minutesAxis->setTitleText(tr("wait (minutes)"));
    minutesAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(minutesAxis, Qt::AlignRight);
    auto *categoryAxis = chart->axes(Qt::Horizontal).value(0);
    qreal longest = 1;
    const std::pair<QString, Count models::WaitFigures::*> lines[] = {
        {tr("wait p50"), &models::WaitFigures::p50}, {tr("wait p90"), &models::WaitFigures::p90}};
    const QColor colours[] = {look.median, look.slow};
    for (int l = 0; l < 2; ++l) {
        QLineSeries *line = nullptr;
        bool named = false;
        for (int i = 0; i < f.waitByMonth.size(); ++i) {
            const int column = categories.indexOf(StatisticsText::month(f.waitByMonth[i].month, true));
            const Count seconds = f.waitByMonth[i].wait.*(lines[l].second);
            if (!seconds || column < 0) {
                line = nullptr;
                continue;
            }
            if (!line) {
                line = new QLineSeries;
                line->setPen(QPen(colours[l], 2.5, l == 0 ? Qt::SolidLine : Qt::DashLine));
                line->setPointsVisible(true);
                line->setName(plain(lines[l].first));
                chart->addSeries(line);
                line->attachAxis(categoryAxis);
                line->attachAxis(minutesAxis);
                if (named) {
                    const auto markers = chart->legend()->markers(line);
                    for (auto *marker : markers)
                        marker->setVisible(false);
                }
                named = true;
            }
            line->append(column, *seconds / 60.0);
            longest = qMax(longest, *seconds / 60.0);
        }
    }
    minutesAxis->setRange(0, longest * 1.15);
    minutesAxis->applyNiceNumbers();
    return chart;
}

QChart *StatisticsCharts::repeatShare(const StatisticsFigures &f, const Look &look)
{
    QChart *chart = newChart(tr("First and repeat contacts"), look);
    auto *series = new QPieSeries;
    for (const CountEntry &entry : f.histories) {
        const QString label = StatisticsText::keyLabel(StatisticsGroup::Histories, entry.key);
        QPieSlice *slice =
            series->append(plain(tr("%1: %2").arg(label, StatisticsText::count(entry.count, f.minCount))),
                           entry.count.value_or(threshold(f)));
        if (!entry.count) {
            slice->setBrush(hiddenBrush(look));
            slice->setPen(QPen(look.hidden));
        }
    }
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QString StatisticsCharts::groupSummary(const StatisticsFigures &f, StatisticsGroup group,
                                       const QHash<QString, QString> &topicLabels)
{
    QList<std::pair<QString, QString>> items;
    for (const CountEntry &entry : models::groupOf(f, group))
        items.append({StatisticsText::keyLabel(group, entry.key, topicLabels),
                      StatisticsText::count(entry.count, f.minCount)});
    return summaryOf(items);
}

QString StatisticsCharts::answeredSummary(const StatisticsFigures &f)
{
    QStringList parts;
    for (const models::MonthAnswered &m : f.answeredByMonth) {
        models::WaitFigures wait;
        for (const models::MonthWait &w : f.waitByMonth) {
            if (w.month == m.month)
                wait = w.wait;
        }
        parts.append(tr("%1: %2 answered, %3 unanswered, wait p50 %4, p90 %5")
                         .arg(StatisticsText::month(m.month), StatisticsText::count(m.answered, f.minCount),
                              StatisticsText::count(m.unanswered, f.minCount),
                              StatisticsText::minutes(wait.p50, f.minCount),
                              StatisticsText::minutes(wait.p90, f.minCount)));
    }
    return parts.join(QStringLiteral("; "));
}

QString StatisticsCharts::monthsSummary(const StatisticsFigures &f)
{
    return groupSummary(f, StatisticsGroup::Months);
}

} // namespace ecoute::ui
