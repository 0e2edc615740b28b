// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/YearlyReportPdf.h"

#include "models/statistics/StatisticsText.h"
#include "models/workstation/VocabularyText.h"
#include "protocol/Vocabulary.h"
#include "ui/statistics/HeatmapChart.h"
#include "ui/statistics/StatisticsCharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace ecoute::ui {

using models::Count;
using models::StatisticsFigures;
using models::StatisticsGroup;
using models::StatisticsText;

namespace {

/// The wait of the whole period when the server sends it; otherwise the range of the months'.
QString waitText(const StatisticsFigures &f, Count models::WaitFigures::*which)
{
    if (f.wait)
        return StatisticsText::minutes((*f.wait).*which, f.minCount);
    std::optional<int> low;
    std::optional<int> high;
    for (const models::MonthWait &m : f.waitByMonth) {
        const Count seconds = m.wait.*which;
        if (!seconds)
            continue;
        low = low ? qMin(*low, *seconds) : *seconds;
        high = high ? qMax(*high, *seconds) : *seconds;
    }
    if (!low)
        return StatisticsText::hidden(f.minCount);
    return YearlyReportPdf::tr("%1 to %2 by month")
        .arg(StatisticsText::minutes(low, f.minCount), StatisticsText::minutes(high, f.minCount));
}

/// A widget drawn at a fixed logical size, twice as sharp, as an image: its fonts are laid out for
/// the screen, so drawing it straight into the 300 dpi painter would scale the text apart.
QImage snapshot(QWidget &widget, const QSize &logical)
{
    widget.resize(logical);
    QImage image(logical * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    widget.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

void renderChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    QChartView view(chart); // takes the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setBackgroundBrush(Qt::white); // not the window's grey around the chart on paper
    painter.drawImage(target, snapshot(view, QSize(760, 350)));
}

} // namespace

QList<YearlyReportPdf::Line> YearlyReportPdf::headlines(const StatisticsFigures &f)
{
    const int min = f.minCount;
    QStringList byChannel;
    for (const models::CountEntry &entry : f.channels)
        byChannel.append(tr("%1 %2").arg(models::VocabularyText::channel(entry.key),
                                         StatisticsText::count(entry.count, min)));
    const Count high = models::countOf(f.risks, protocol::toString(protocol::RiskLevel::High));
    return {
        {tr("Contacts"), StatisticsText::count(f.contacts, min)},
        {tr("Contacts by channel"), byChannel.join(QStringLiteral(", "))},
        {tr("Answered"),
         tr("%1 (%2)").arg(StatisticsText::count(f.answered, min),
                           StatisticsText::share(f.answeredShare(), min))},
        {tr("Unanswered"), StatisticsText::count(f.unanswered, min)},
        {tr("Hard contacts"), StatisticsText::count(f.hard, min)},
        {tr("Contacts about suicidality"), StatisticsText::count(f.suicidality(), min)},
        {tr("High suicide risk"), StatisticsText::count(high, min)},
        {tr("Imminent suicide risk"), StatisticsText::count(f.imminent(), min)},
        {tr("Repeat contacts (of those known)"), StatisticsText::share(f.repeatShare(), min)},
        {tr("Wait before an answer, median (p50)"), waitText(f, &models::WaitFigures::p50)},
        {tr("Wait before an answer, 90th percentile (p90)"), waitText(f, &models::WaitFigures::p90)},
    };
}

QString YearlyReportPdf::fileName(const StatisticsFigures &f)
{
    const QString year = f.from.isValid() ? QString::number(f.from.year()) : QStringLiteral("period");
    return QStringLiteral("ecoute-yearly-report-%1.pdf").arg(year);
}

bool YearlyReportPdf::write(const QString &path, const StatisticsFigures &f,
                            const QHash<QString, QString> &topicLabels, const QString &centreName,
                            QString *error)
{
    {
        // QPdfWriter does not report an unwritable path; find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("The report could not be written: %1").arg(probe.errorString());
            return false;
        }
    }
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(tr("Yearly report %1").arg(StatisticsText::period(f.from, f.to)));
    pdf.setCreator(QStringLiteral("Ecoute"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("The report could not be written.");
        return false;
    }
    const QRectF page(0, 0, pdf.width(), pdf.height());
    qreal y = 0;

    QFont title = painter.font();
    title.setPointSizeF(18);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(10.5);
    QFont heading = body;
    heading.setBold(true);
    heading.setPointSizeF(12.5);

    painter.setFont(title);
    const QString heading1 =
        centreName.isEmpty() ? tr("Yearly report") : tr("Yearly report — %1").arg(centreName);
    QRectF used;
    painter.drawText(QRectF(0, y, page.width(), page.height()), Qt::AlignLeft | Qt::TextWordWrap, heading1,
                     &used);
    y += used.height();
    painter.setFont(heading);
    painter.drawText(QRectF(0, y, page.width(), page.height()), Qt::AlignLeft | Qt::TextWordWrap,
                     StatisticsText::period(f.from, f.to), &used);
    y += used.height() * 1.6;

    painter.setFont(body);
    const qreal lineHeight = QFontMetricsF(body, &pdf).height() * 1.35;
    const qreal labelWidth = page.width() * 0.55;
    for (const Line &line : headlines(f)) {
        painter.drawText(QRectF(0, y, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line.label);
        painter.drawText(QRectF(labelWidth, y, page.width() - labelWidth, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, line.value, &used);
        y += qMax(lineHeight, used.height());
    }
    y += lineHeight * 0.5;
    const QString note =
        tr("Counts above 0 but under %1 are hidden to keep the figures anonymous (shown as \"%2\"). Practice "
           "contacts are never counted. Topics, risk and outcomes come from the volunteers' reports.")
            .arg(qMax(f.minCount, 1))
            .arg(StatisticsText::hidden(f.minCount));
    painter.drawText(QRectF(0, y, page.width(), page.height() - y), Qt::AlignLeft | Qt::TextWordWrap, note,
                     &used);
    y += used.height() + lineHeight;

    // The charts, two per page after the first.
    const qreal chartHeight = page.width() * 350.0 / 760.0;
    auto place = [&](qreal height) {
        if (y + height > page.height()) {
            pdf.newPage();
            y = 0;
        }
        const QRectF target(0, y, page.width(), height);
        y += height + lineHeight;
        return target;
    };
    const QList<QChart *> charts {StatisticsCharts::contactsPerMonth(f),
                                  StatisticsCharts::group(f, StatisticsGroup::Channels),
                                  StatisticsCharts::answeredPerMonth(f),
                                  StatisticsCharts::group(f, StatisticsGroup::Topics, topicLabels),
                                  StatisticsCharts::group(f, StatisticsGroup::Risks),
                                  StatisticsCharts::repeatShare(f)};
    for (QChart *chart : charts)
        renderChart(painter, chart, place(chartHeight));

    HeatmapChart heatmap;
    heatmap.setFigures(f);
    const QRectF heatTarget = place(page.width() * 460.0 / 760.0);
    painter.drawImage(heatTarget, snapshot(heatmap, QSize(760, 460)));

    painter.setFont(body);
    painter.drawText(QRectF(0, page.height() - lineHeight, page.width(), lineHeight), Qt::AlignRight,
                     tr("Made on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    return painter.end();
}

} // namespace ecoute::ui
