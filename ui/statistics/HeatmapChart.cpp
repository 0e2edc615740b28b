// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/HeatmapChart.h"

#include "models/statistics/StatisticsText.h"

#include <QPaintEvent>
#include <QPainter>

namespace ecoute::ui {

using models::Count;
using models::HeatmapGrid;
using models::StatisticsText;

namespace {

const QColor kLow(245, 247, 250);
const QColor kHigh(20, 70, 140);
const QColor kHiddenInk(90, 90, 90);

QColor shade(int value, int maximum)
{
    const double t = maximum > 0 ? double(value) / double(maximum) : 0.0;
    return QColor::fromRgbF(float(kLow.redF() + (kHigh.redF() - kLow.redF()) * t),
                            float(kLow.greenF() + (kHigh.greenF() - kLow.greenF()) * t),
                            float(kLow.blueF() + (kHigh.blueF() - kLow.blueF()) * t));
}

int maximumOf(const HeatmapGrid &grid)
{
    int maximum = 0;
    for (const auto &row : grid.cells) {
        for (const Count &c : row)
            maximum = qMax(maximum, c.value_or(0));
    }
    return maximum;
}

void paintHiddenCell(QPainter &painter, const QRectF &cell)
{
    painter.fillRect(cell, Qt::white);
    painter.fillRect(cell, QBrush(kHiddenInk, Qt::BDiagPattern));
}

} // namespace

HeatmapChart::HeatmapChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Contacts by weekday and hour"));
    setFocusPolicy(Qt::StrongFocus); // so a screen reader user can reach the summary
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeatmapChart::setFigures(const models::StatisticsFigures &figures)
{
    m_figures = figures;
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

QSize HeatmapChart::sizeHint() const
{
    return {760, 460};
}

QSize HeatmapChart::minimumSizeHint() const
{
    return {480, 320};
}

void HeatmapChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    paintHeatmap(painter, QRectF(rect()).adjusted(4, 4, -4, -4));
}

void HeatmapChart::paintHeatmap(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal line = metrics.height();
    const qreal legendHeight = line * 1.6;
    // Both grids share one scale so they can be compared.
    const int maximum = qMax(maximumOf(m_figures.offered), maximumOf(m_figures.answeredGrid));
    const qreal gridHeight = (area.height() - legendHeight) / 2.0;
    paintGrid(painter, QRectF(area.left(), area.top(), area.width(), gridHeight),
              tr("Offered (people reaching the line)"), m_figures.offered, maximum);
    paintGrid(painter, QRectF(area.left(), area.top() + gridHeight, area.width(), gridHeight), tr("Answered"),
              m_figures.answeredGrid, maximum);

    // Legend: the colour ramp from 0 to the maximum, and the hatching of hidden cells.
    const QRectF legend(area.left(), area.bottom() - legendHeight + line * 0.3, area.width(), line);
    qreal x = legend.left();
    painter.setPen(Qt::black);
    const QString zero = QStringLiteral("0");
    painter.drawText(QRectF(x, legend.top(), metrics.horizontalAdvance(zero) + 2, line), Qt::AlignVCenter,
                     zero);
    x += metrics.horizontalAdvance(zero) + line * 0.3;
    const int steps = 8;
    for (int i = 0; i <= steps; ++i) {
        painter.fillRect(QRectF(x, legend.top(), line, line), shade(maximum * i / steps, maximum));
        x += line;
    }
    const QString top = QString::number(maximum);
    painter.drawText(QRectF(x + line * 0.3, legend.top(), metrics.horizontalAdvance(top) + 2, line),
                     Qt::AlignVCenter, top);
    x += metrics.horizontalAdvance(top) + line * 1.5;
    const QRectF hatch(x, legend.top(), line * 1.5, line);
    paintHiddenCell(painter, hatch);
    painter.setPen(kHiddenInk);
    painter.drawRect(hatch);
    painter.setPen(Qt::black);
    const QString hiddenText = StatisticsText::hidden(m_figures.minCount);
    painter.drawText(
        QRectF(hatch.right() + line * 0.3, legend.top(), metrics.horizontalAdvance(hiddenText) + 4, line),
        Qt::AlignVCenter, hiddenText);
    if (!m_figures.timeZone.isEmpty()) {
        const QString zone = tr("time zone: %1").arg(m_figures.timeZone);
        painter.drawText(legend, Qt::AlignVCenter | Qt::AlignRight, zone);
    }
    painter.restore();
}

void HeatmapChart::paintGrid(QPainter &painter, const QRectF &area, const QString &title,
                             const HeatmapGrid &grid, int maximum) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal line = metrics.height();
    qreal labelWidth = 0;
    for (int day = 0; day < 7; ++day)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(StatisticsText::weekday(day, true)));
    labelWidth += line * 0.5;
    painter.setPen(Qt::black);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    painter.restore();

    if (!grid.present) {
        painter.drawText(area, Qt::AlignCenter, tr("The server sent no figures for this."));
        return;
    }
    const QRectF cells(area.left() + labelWidth, area.top() + line * 1.2, area.width() - labelWidth,
                       area.height() - line * 2.6);
    const qreal w = cells.width() / 24.0;
    const qreal h = cells.height() / 7.0;
    for (int day = 0; day < 7; ++day) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), cells.top() + day * h, labelWidth, h),
                         Qt::AlignVCenter | Qt::AlignLeft, StatisticsText::weekday(day, true));
        for (int hour = 0; hour < 24; ++hour) {
            const QRectF cell(cells.left() + hour * w, cells.top() + day * h, w, h);
            const Count value = grid.cells[day][hour];
            if (value)
                painter.fillRect(cell, shade(*value, maximum));
            else
                paintHiddenCell(painter, cell);
            painter.setPen(QColor(220, 220, 220));
            painter.drawRect(cell);
        }
    }
    painter.setPen(Qt::black);
    for (int hour = 0; hour < 24; hour += 3)
        painter.drawText(QRectF(cells.left() + hour * w, cells.bottom(), w * 3, line),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1h").arg(hour));
}

QString HeatmapChart::gridSummary(const QString &title, const HeatmapGrid &grid) const
{
    if (!grid.present)
        return tr("%1: no figures").arg(title);
    int best = -1;
    int bestDay = 0;
    int bestHour = 0;
    int hidden = 0;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const Count c = grid.cells[day][hour];
            if (!c)
                ++hidden;
            else if (*c > best) {
                best = *c;
                bestDay = day;
                bestHour = hour;
            }
        }
    }
    QString text = best > 0 ? tr("%1: busiest %2 %3:00–%4:00 (%n contact(s))", nullptr, best)
                                  .arg(title, StatisticsText::weekday(bestDay))
                                  .arg(bestHour)
                                  .arg(bestHour + 1)
                            : tr("%1: no contacts counted").arg(title);
    if (hidden > 0)
        text += tr(", %n hour(s) hidden (<%1)", nullptr, hidden).arg(qMax(m_figures.minCount, 1));
    return text;
}

QString HeatmapChart::summary() const
{
    if (!m_figures.loaded)
        return tr("No statistics loaded yet.");
    return gridSummary(tr("Offered"), m_figures.offered) + QStringLiteral(". ")
        + gridSummary(tr("Answered"), m_figures.answeredGrid) + QLatin1Char('.');
}

} // namespace ecoute::ui
