// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsCsv.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QCheckBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ecoute::models {
class StatisticsModel;
} // namespace ecoute::models

namespace ecoute::ui {

class HeatmapChart;

/// The anonymous statistics (admins and supervisors): a period (a year, or chosen dates), the
/// headline figures and the charts, each with its CSV export, and the yearly report as a PDF.
/// The server counts; this view only draws what it sent. Ctrl+R refreshes, Ctrl+E exports the PDF.
class StatisticsView : public QWidget
{
    Q_OBJECT

public:
    /// Asks where to save: (dialog title, suggested file name, filter) → path, empty to cancel.
    using SavePath = std::function<QString(const QString &, const QString &, const QString &)>;

    explicit StatisticsView(models::StatisticsModel &model, QWidget *parent = nullptr);

    /// Replaces the file dialog (tests, or a fixed folder).
    void setSavePath(SavePath savePath) { m_savePath = std::move(savePath); }
    /// The centre's name on the report's title (optional).
    void setCentreName(const QString &name) { m_centreName = name; }

    HeatmapChart *heatmap() const { return m_heatmap; }
    QList<QChartView *> chartViews() const { return m_charts.values(); }
    /// The headline figures as shown (label → value), for tests and screen readers.
    QString headlineText() const;

public slots:
    /// Asks the server for the chosen period.
    void refresh();
    bool exportPdf();
    bool exportCsv(models::StatisticsCsv::Figure figure);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class ChartId { Months, Channels, Answered, Topics, Risks, Repeat };

    QWidget *buildPeriodBar();
    QWidget *buildHeadlines();
    QWidget *figureBox(const QString &title, QWidget *content,
                       const QList<models::StatisticsCsv::Figure> &csv);
    QChartView *chartView(ChartId id, const QString &accessibleName);
    void showFigures();
    void setChart(ChartId id, QChart *chart, const QString &summary);
    void say(const QString &text);
    QString askPath(const QString &title, const QString &suggested, const QString &filter);

    models::StatisticsModel &m_model;
    SavePath m_savePath;
    QString m_centreName;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_custom = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_period = nullptr;
    QFormLayout *m_headlines = nullptr;
    QMap<ChartId, QChartView *> m_charts;
    HeatmapChart *m_heatmap = nullptr;
    bool m_requested = false;
};

} // namespace ecoute::ui
