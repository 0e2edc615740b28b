// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsFigures.h"

#include <QWidget>

namespace ecoute::ui {

/// When people reached the line and when someone answered: two weekday × hour grids (offered
/// above, answered below), darker for more contacts. A hidden cell (small-count suppression) is
/// hatched, never drawn as an empty (zero) cell; the legend says so. The accessible description
/// is a text summary (the busiest hours, how many cells are hidden).
class HeatmapChart : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapChart(QWidget *parent = nullptr);

    void setFigures(const models::StatisticsFigures &figures);
    /// The text a screen reader gets instead of the picture.
    QString summary() const;
    /// Paints both grids and the legend into any painter (the widget, the PDF).
    void paintHeatmap(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintGrid(QPainter &painter, const QRectF &area, const QString &title,
                   const models::HeatmapGrid &grid, int maximum) const;
    QString gridSummary(const QString &title, const models::HeatmapGrid &grid) const;

    models::StatisticsFigures m_figures;
};

} // namespace ecoute::ui
