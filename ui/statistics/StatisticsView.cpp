// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/StatisticsView.h"

#include "models/statistics/StatisticsModel.h"
#include "models/statistics/StatisticsText.h"
#include "ui/accessibility/Announcer.h"
#include "ui/statistics/HeatmapChart.h"
#include "ui/statistics/StatisticsCharts.h"
#include "ui/statistics/YearlyReportPdf.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::StatisticsCsv;
using models::StatisticsGroup;
using models::StatisticsText;

StatisticsView::StatisticsView(models::StatisticsModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setAccessibleName(tr("Statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPeriodBar());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Statistics status"));
    layout->addWidget(m_status);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(figureBox(tr("Headline figures"), buildHeadlines(), {StatisticsCsv::Figure::Totals}), 0,
                    0, 1, 2);
    grid->addWidget(figureBox(tr("Contacts per month"),
                              chartView(ChartId::Months, tr("Contacts per month chart")),
                              {StatisticsCsv::Figure::Months}),
                    1, 0);
    grid->addWidget(figureBox(tr("Contacts by channel"),
                              chartView(ChartId::Channels, tr("Contacts by channel chart")),
                              {StatisticsCsv::Figure::Channels}),
                    1, 1);
    grid->addWidget(figureBox(tr("Answered, unanswered and the wait"),
                              chartView(ChartId::Answered, tr("Answered and unanswered per month chart")),
                              {StatisticsCsv::Figure::AnsweredByMonth, StatisticsCsv::Figure::WaitByMonth}),
                    2, 0, 1, 2);
    grid->addWidget(figureBox(tr("Topics"), chartView(ChartId::Topics, tr("Topics chart")),
                              {StatisticsCsv::Figure::Topics}),
                    3, 0);
    grid->addWidget(figureBox(tr("Suicide risk assessed"),
                              chartView(ChartId::Risks, tr("Suicide risk chart")),
                              {StatisticsCsv::Figure::Risks}),
                    3, 1);
    grid->addWidget(figureBox(tr("First and repeat contacts"),
                              chartView(ChartId::Repeat, tr("First and repeat contacts chart")),
                              {StatisticsCsv::Figure::Histories}),
                    4, 0);
    m_heatmap = new HeatmapChart;
    grid->addWidget(
        figureBox(tr("When people reached the line"), m_heatmap, {StatisticsCsv::Figure::Heatmap}), 5, 0, 1,
        2);
    grid->setRowStretch(6, 1); // spare height below the figures, not inside them
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setAccessibleName(tr("Statistics figures"));
    layout->addWidget(scroll, 1);

    auto *refreshKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &StatisticsView::refresh);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *pdfKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &StatisticsView::exportPdf);
    pdfKey->setContext(Qt::WidgetWithChildrenShortcut);

    connect(&m_model, &models::StatisticsModel::changed, this, &StatisticsView::showFigures);
    connect(&m_model, &models::StatisticsModel::errorMessage, this, &StatisticsView::say);
    showFigures();
}

QWidget *StatisticsView::buildPeriodBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDate::currentDate();

    auto *yearLabel = new QLabel(tr("&Year:"), bar);
    m_year = new QSpinBox(bar);
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_year->setAccessibleName(tr("Year"));
    yearLabel->setBuddy(m_year);

    m_custom = new QCheckBox(tr("&Chosen dates"), bar);
    m_custom->setAccessibleName(tr("Choose the dates instead of a year"));
    m_from = new QDateEdit(QDate(today.year(), 1, 1), bar);
    m_to = new QDateEdit(today, bar);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *fromLabel = new QLabel(tr("&From:"), bar);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), bar);
    toLabel->setBuddy(m_to);
    connect(m_custom, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_year->setEnabled(!on);
    });

    const QString refreshKeys = QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText);
    m_refresh = new QPushButton(tr("&Refresh"), bar);
    m_refresh->setAccessibleName(tr("Refresh the statistics"));
    m_refresh->setToolTip(tr("Ask the server for the figures of this period (%1)").arg(refreshKeys));
    connect(m_refresh, &QPushButton::clicked, this, &StatisticsView::refresh);

    const QString pdfKeys = QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText);
    m_pdf = new QPushButton(tr("Export yearly report (&PDF)…"), bar);
    m_pdf->setAccessibleName(tr("Export the yearly report as a PDF"));
    m_pdf->setToolTip(tr("Save these figures and charts as a PDF report (%1)").arg(pdfKeys));
    connect(m_pdf, &QPushButton::clicked, this, &StatisticsView::exportPdf);

    for (QWidget *w : std::initializer_list<QWidget *> {yearLabel, m_year, m_custom, fromLabel, m_from,
                                                        toLabel, m_to, m_refresh})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(m_pdf);
    return bar;
}

QWidget *StatisticsView::buildHeadlines()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    m_period = new QLabel(box);
    m_period->setAccessibleName(tr("Period counted"));
    column->addWidget(m_period);
    m_headlines = new QFormLayout;
    column->addLayout(m_headlines);
    return box;
}

QWidget *StatisticsView::figureBox(const QString &title, QWidget *content,
                                   const QList<StatisticsCsv::Figure> &csv)
{
    auto *box = new QGroupBox(title, this);
    box->setAccessibleName(title);
    auto *column = new QVBoxLayout(box);
    column->addWidget(content, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const StatisticsCsv::Figure figure : csv) {
        const bool wait = figure == StatisticsCsv::Figure::WaitByMonth;
        auto *button = new QPushButton(wait ? tr("Export wait CSV…") : tr("Export CSV…"), box);
        button->setAccessibleName(wait ? tr("Export the wait of %1 as CSV").arg(title)
                                       : tr("Export %1 as CSV").arg(title));
        connect(button, &QPushButton::clicked, this, [this, figure] { exportCsv(figure); });
        buttons->addWidget(button);
    }
    column->addLayout(buttons);
    return box;
}

QChartView *StatisticsView::chartView(ChartId id, const QString &accessibleName)
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(id == ChartId::Answered ? 340 : 300);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::StrongFocus); // reachable, so its text summary can be read
    m_charts.insert(id, view);
    return view;
}

void StatisticsView::setChart(ChartId id, QChart *chart, const QString &summary)
{
    QChartView *view = m_charts.value(id);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // the view lets go of the previous chart without deleting it
    view->setAccessibleDescription(summary);
    view->setToolTip(summary);
}

void StatisticsView::showFigures()
{
    const models::StatisticsFigures &f = m_model.figures();
    const QHash<QString, QString> &labels = m_model.topicLabels();
    m_pdf->setEnabled(f.loaded);
    m_period->setText(f.loaded ? tr("Period: %1").arg(StatisticsText::period(f.from, f.to))
                               : tr("No figures yet: choose a period and refresh."));

    while (m_headlines->rowCount() > 0)
        m_headlines->removeRow(0);
    if (f.loaded) {
        for (const YearlyReportPdf::Line &line : YearlyReportPdf::headlines(f)) {
            auto *value = new QLabel(line.value);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            value->setAccessibleName(line.label);
            m_headlines->addRow(line.label + QLatin1Char(':'), value);
        }
    }

    using Charts = StatisticsCharts;
    const Charts::Look look = Charts::Look::forDesktop();
    setChart(ChartId::Months, Charts::contactsPerMonth(f, look), Charts::monthsSummary(f));
    setChart(ChartId::Channels, Charts::group(f, StatisticsGroup::Channels, {}, look),
             Charts::groupSummary(f, StatisticsGroup::Channels));
    setChart(ChartId::Answered, Charts::answeredPerMonth(f, look), Charts::answeredSummary(f));
    setChart(ChartId::Topics, Charts::group(f, StatisticsGroup::Topics, labels, look),
             Charts::groupSummary(f, StatisticsGroup::Topics, labels));
    setChart(ChartId::Risks, Charts::group(f, StatisticsGroup::Risks, {}, look),
             Charts::groupSummary(f, StatisticsGroup::Risks));
    setChart(ChartId::Repeat, Charts::repeatShare(f, look),
             Charts::groupSummary(f, StatisticsGroup::Histories));
    m_heatmap->setFigures(f);
    if (f.loaded)
        say(tr("Statistics for %1 shown.").arg(StatisticsText::period(f.from, f.to)));
}

QString StatisticsView::headlineText() const
{
    QStringList lines;
    for (int row = 0; row < m_headlines->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_headlines->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_headlines->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines.append(label->text() + QLatin1Char(' ') + value->text());
    }
    return lines.join(QLatin1Char('\n'));
}

void StatisticsView::refresh()
{
    QDate from;
    QDate to;
    if (m_custom->isChecked()) {
        from = m_from->date();
        to = m_to->date().addDays(1); // the server does not count "to"; the user means the last day
        if (to <= from) {
            say(tr("The last day must not be before the first day."));
            return;
        }
    } else {
        from = QDate(m_year->value(), 1, 1);
        to = from.addYears(1);
    }
    m_requested = true;
    if (m_model.request(from, to))
        say(tr("Asking the server for the statistics…"));
}

void StatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_requested && !m_model.figures().loaded)
        refresh();
}

void StatisticsView::say(const QString &text)
{
    m_status->setText(text);
    Announcer::announce(this, text); // the status line is not focused: tell the screen reader too
}

QString StatisticsView::askPath(const QString &title, const QString &suggested, const QString &filter)
{
    if (m_savePath)
        return m_savePath(title, suggested, filter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(suggested), filter);
}

bool StatisticsView::exportCsv(StatisticsCsv::Figure figure)
{
    const models::StatisticsFigures &f = m_model.figures();
    if (!f.loaded) {
        say(tr("There are no figures to export yet."));
        return false;
    }
    const QString path =
        askPath(tr("Export CSV"), StatisticsCsv::fileName(figure, f), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (!StatisticsCsv::write(path, figure, f, m_model.topicLabels())) {
        say(tr("The CSV file could not be saved."));
        return false;
    }
    say(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool StatisticsView::exportPdf()
{
    const models::StatisticsFigures &f = m_model.figures();
    if (!f.loaded) {
        say(tr("There are no figures to export yet."));
        return false;
    }
    const QString path =
        askPath(tr("Export yearly report"), YearlyReportPdf::fileName(f), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!YearlyReportPdf::write(path, f, m_model.topicLabels(), m_centreName, &error)) {
        say(error);
        return false;
    }
    say(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ecoute::ui
