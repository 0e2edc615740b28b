// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics view fed with a whole year's stats.snapshot (with hidden counts): it asks for the
// year when shown and on Ctrl+R, every chart and the heatmap draw something, a hidden count is shown
// as hidden and never as 0, the CSV export writes what it shows, and the yearly PDF carries the
// headline figures (read back with pdftotext). ECOUTE_STATS_SCREENSHOT=<png> saves the populated view,
// ECOUTE_STATS_PDF=<pdf> a copy of the report.

#include "models/statistics/StatisticsModel.h"
#include "tests/unit/workstation_statistics/StatisticsSample.h"
#include "ui/statistics/HeatmapChart.h"
#include "ui/statistics/StatisticsCharts.h"
#include "ui/statistics/StatisticsView.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::StatisticsCsv;
using ecoute::models::StatisticsModel;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
using ecoute::ui::HeatmapChart;
using ecoute::ui::StatisticsView;

namespace {

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return colours.size();
}

} // namespace

class TestUiStatistics : public QObject
{
    Q_OBJECT

private:
    QList<Envelope> m_sent;
    std::unique_ptr<StatisticsModel> m_model;
    std::unique_ptr<StatisticsView> m_view;
    QTemporaryDir m_dir;
    QString m_nextPath;

    void feedYear()
    {
        QVERIFY(!m_sent.isEmpty());
        QVERIFY(m_model->handle(Envelope::make(MessageType::StatsSnapshot, statistics_sample::yearBody(),
                                               QStringLiteral("c-%1").arg(m_sent.size()))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = std::make_unique<StatisticsModel>([this](const Envelope &e) {
            m_sent.append(e);
            return QStringLiteral("c-%1").arg(m_sent.size());
        });
        m_model->setTopicLabels({{"suicidality", "Suicidal thoughts"},
                                 {"loneliness", "Loneliness"},
                                 {"work", "Work & money <job>"}});
        m_view = std::make_unique<StatisticsView>(*m_model);
        m_view->setSavePath([this](const QString &, const QString &suggested, const QString &) {
            Q_UNUSED(suggested);
            return m_nextPath.isEmpty() ? QString() : m_dir.filePath(m_nextPath);
        });
        m_view->resize(1400, 1000);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void asksForTheYearWhenShown()
    {
        QCOMPARE(m_sent.size(), 1);
        QCOMPARE(m_sent[0].messageType, MessageType::StatsGet);
        const int year = QDate::currentDate().year();
        QCOMPARE(m_sent[0].text("from"), QDate(year, 1, 1).toString(Qt::ISODate));
        QCOMPARE(m_sent[0].text("to"), QDate(year + 1, 1, 1).toString(Qt::ISODate));
        auto *pdf = m_view->findChild<QPushButton *>();
        QVERIFY(pdf);
        QVERIFY(!m_view->exportPdf()); // nothing to export yet
    }

    void refreshesWithCtrlR()
    {
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->heatmap()->setFocus();
        QTest::keyClick(m_view->heatmap(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent[1].messageType, MessageType::StatsGet);
        feedYear();
        QVERIFY(m_model->figures().loaded);
    }

    void everyChartDraws()
    {
        const QList<QChartView *> views = m_view->chartViews();
        QCOMPARE(views.size(), 6);
        for (QChartView *view : views) {
            QVERIFY2(!view->chart()->series().isEmpty(), qPrintable(view->accessibleName()));
            QVERIFY(!view->accessibleName().isEmpty());
            QVERIFY2(!view->accessibleDescription().isEmpty(), qPrintable(view->accessibleName()));
            const QImage image = view->grab().toImage();
            QVERIFY2(colourCount(image) > 3, qPrintable(view->accessibleName()));
        }
        const QImage heat = m_view->heatmap()->grab().toImage();
        QVERIFY(colourCount(heat) > 3);
        if (const QByteArray shot = qgetenv("ECOUTE_STATS_SCREENSHOT"); !shot.isEmpty()) {
            // The whole populated view, every figure unrolled (for the documentation).
            auto *scroll = m_view->findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
            Q_UNUSED(scroll);
            m_view->resize(1400, 2520);
            QTest::qWait(50);
            QVERIFY(m_view->grab().save(QString::fromLocal8Bit(shot)));
            m_view->resize(1400, 1000);
        }
    }

    void hiddenCountsSayHidden()
    {
        const QString hidden = QStringLiteral("hidden (<5)");
        const QString headlines = m_view->headlineText();
        QVERIFY2(headlines.contains(QStringLiteral("Hard contacts: ") + hidden), qPrintable(headlines));
        QVERIFY(headlines.contains(QStringLiteral("Contacts: ") + QLocale().toString(1234)));
        QVERIFY(headlines.contains(QStringLiteral("email ") + hidden));
        QVERIFY(!headlines.contains(QStringLiteral("email 0")));

        // The channel chart: e-mail's real bar is empty, a hatched "hidden" bar stands up to the threshold.
        QChartView *channels = nullptr;
        for (QChartView *view : m_view->chartViews()) {
            if (view->accessibleName() == QStringLiteral("Contacts by channel chart"))
                channels = view;
        }
        QVERIFY(channels);
        QVERIFY(channels->accessibleDescription().contains(QStringLiteral("email: ") + hidden));
        QVERIFY(!channels->accessibleDescription().contains(QStringLiteral("email: 0")));
        auto *series = qobject_cast<QAbstractBarSeries *>(channels->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QBarSet *hiddenSet = series->barSets().at(1);
        QCOMPARE(hiddenSet->label(), hidden.toHtmlEscaped()); // legends are rich text
        QCOMPARE(hiddenSet->brush().style(), Qt::BDiagPattern);
        QCOMPARE(hiddenSet->at(1), 5.0); // e-mail
        QCOMPARE(hiddenSet->at(0), 0.0);

        // The pie: the hidden share is a hatched slice that says so.
        QChartView *repeat = nullptr;
        for (QChartView *view : m_view->chartViews()) {
            if (view->accessibleName() == QStringLiteral("First and repeat contacts chart"))
                repeat = view;
        }
        QVERIFY(repeat);
        auto *pie = qobject_cast<QPieSeries *>(repeat->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 4);
        QCOMPARE(pie->slices().at(3)->label(), QStringLiteral("no report: ") + hidden.toHtmlEscaped());
        QCOMPARE(pie->slices().at(3)->brush().style(), Qt::BDiagPattern);
        QCOMPARE(pie->slices().at(1)->label(), QStringLiteral("repeat contact: 410"));

        // The heatmap: a hidden hour is hatched (two colours), an empty one is a flat cell.
        const QString summary = m_view->heatmap()->summary();
        QVERIFY2(summary.contains(QStringLiteral("14 hour(s) hidden")), qPrintable(summary));
        QCOMPARE(m_view->heatmap()->accessibleDescription(), summary);

        // The topics take the form's labels.
        bool labelled = false;
        for (QChartView *view : m_view->chartViews())
            labelled =
                labelled || view->accessibleDescription().contains(QStringLiteral("Suicidal thoughts: 57"));
        QVERIFY(labelled);
    }

    void stacksMonthsByChannelWhenSent()
    {
        QJsonObject body = statistics_sample::yearBody();
        body.insert(
            "monthsByChannel",
            QJsonObject {{"2026-01", QJsonObject {{"chat", 50}, {"email", QJsonValue::Null}, {"phone", 40}}},
                         {"2026-02", QJsonObject {{"chat", 60}, {"email", 7}, {"phone", 30}}}});
        const auto figures = ecoute::models::StatisticsFigures::fromBody(body);
        std::unique_ptr<QChart> chart(ecoute::ui::StatisticsCharts::contactsPerMonth(figures));
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 4); // chat, email, phone, hidden
        QCOMPARE(series->barSets().at(1)->at(0), 0.0);
        QCOMPARE(series->barSets().at(3)->at(0), 5.0); // January's e-mail, hatched
        QCOMPARE(series->barSets().at(1)->at(1), 7.0);
    }

    void aDarkDesktopKeepsTheHatching()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        QApplication::setPalette(dark);
        const auto look = ecoute::ui::StatisticsCharts::Look::forDesktop();
        QApplication::setPalette(light);
        QCOMPARE(look.theme, QChart::ChartThemeDark);
        const auto figures = ecoute::models::StatisticsFigures::fromBody(statistics_sample::yearBody());
        std::unique_ptr<QChart> chart(ecoute::ui::StatisticsCharts::group(
            figures, ecoute::models::StatisticsGroup::Channels, {}, look));
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().at(1)->brush().style(),
                 Qt::BDiagPattern); // the theme did not paint over it
        QCOMPARE(series->barSets().at(1)->brush().color(), look.hidden);
    }

    void drawsAnOlderServersFigures()
    {
        QJsonObject body = statistics_sample::yearBody();
        for (const char *key : {"topics", "risks", "outcomes", "histories", "answeredByMonth", "waitByMonth",
                                "heatmap", "timeZone", "monthsByChannel", "wait"})
            body.remove(QLatin1String(key));
        StatisticsModel model([](const Envelope &) { return QStringLiteral("x-1"); });
        StatisticsView view(model);
        view.resize(1200, 900);
        QVERIFY(model.handle(Envelope::make(MessageType::StatsSnapshot, body, QStringLiteral("x-1"))));
        for (QChartView *chart : view.chartViews())
            QVERIFY(!chart->grab().isNull());
        QVERIFY(view.heatmap()->summary().contains(QStringLiteral("no figures")));
        QVERIFY(view.headlineText().contains(QStringLiteral("Contacts by channel: chat 812")));
    }

    void exportsCsv()
    {
        m_nextPath = QStringLiteral("channels.csv");
        QVERIFY(m_view->exportCsv(StatisticsCsv::Figure::Channels));
        QFile file(m_dir.filePath(m_nextPath));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QStringLiteral("key,label,count,note\r\n")));
        QVERIFY(csv.contains(QStringLiteral("email,email,,hidden (<5)\r\n")));
        QVERIFY(csv.contains(QStringLiteral("phone,phone,418,\r\n")));

        // Every "Export CSV…" button writes a file.
        int buttons = 0;
        for (QPushButton *button : m_view->findChildren<QPushButton *>()) {
            if (!button->text().startsWith(QStringLiteral("Export"))
                || button->text().contains(QStringLiteral("PDF")))
                continue;
            m_nextPath = QStringLiteral("button-%1.csv").arg(++buttons);
            button->click();
            QVERIFY2(QFile::exists(m_dir.filePath(m_nextPath)), qPrintable(button->accessibleName()));
        }
        QCOMPARE(buttons, 9);

        m_nextPath.clear(); // cancelled dialog
        QVERIFY(!m_view->exportCsv(StatisticsCsv::Figure::Topics));
    }

    void exportsTheYearlyPdf()
    {
        m_nextPath = QStringLiteral("report.pdf");
        m_view->heatmap()->setFocus();
        QTest::keyClick(m_view->heatmap(), Qt::Key_E, Qt::ControlModifier); // Export yearly report (PDF)…
        const QString pdf = m_dir.filePath(m_nextPath);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        if (const QString copy = qEnvironmentVariable("ECOUTE_STATS_PDF"); !copy.isEmpty()) {
            QFile::remove(copy);
            QVERIFY(QFile::copy(pdf, copy)); // a sample report, for the documentation
        }
        if (QStringLiteral(PDFTOTEXT).isEmpty()
            || QStringLiteral(PDFTOTEXT).endsWith(QStringLiteral("NOTFOUND")))
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const auto line = [&](const QString &label, const QString &value) {
            const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("\\s+")
                                        + QRegularExpression::escape(value));
            return re.match(text).hasMatch();
        };
        QVERIFY2(text.contains(QStringLiteral("Yearly report")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 January 2026 – 31 December 2026")));
        QVERIFY2(line(QStringLiteral("Contacts"), QLocale().toString(1234)), qPrintable(text));
        QVERIFY(line(QStringLiteral("Contacts by channel"),
                     QStringLiteral("chat 812, email hidden (<5), phone 418")));
        QVERIFY(line(QStringLiteral("Answered"), QLocale().toString(1100) + QStringLiteral(" (89 %)")));
        QVERIFY(line(QStringLiteral("Hard contacts"), QStringLiteral("hidden (<5)")));
        QVERIFY(line(QStringLiteral("Contacts about suicidality"), QStringLiteral("57")));
        QVERIFY(line(QStringLiteral("High suicide risk"), QStringLiteral("23")));
        QVERIFY(line(QStringLiteral("Imminent suicide risk"), QStringLiteral("7")));
        QVERIFY(line(QStringLiteral("Repeat contacts (of those known)"), QStringLiteral("39 %")));
        QVERIFY(line(QStringLiteral("Wait before an answer, median (p50)"), QStringLiteral("1.2 min")));
        QVERIFY(!text.contains(QStringLiteral("email 0")));
        // Charts follow the headlines: more than one page.
        QVERIFY(text.count(QLatin1Char('\f')) >= 2);

        m_nextPath = QStringLiteral("missing/dir/report.pdf");
        QVERIFY(!m_view->exportPdf());
    }
};

QTEST_MAIN(TestUiStatistics)
#include "tst_ui_statistics.moc"
