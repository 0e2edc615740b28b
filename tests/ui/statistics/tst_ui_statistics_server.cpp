// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics view with a real ecoute-server's stats.snapshot: a help-seeker who gave up is one
// contact, under the server's minimum count, so the figures arrive suppressed (null); the view and
// the yearly report say "hidden", never 0, and every chart still draws.

#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "models/statistics/StatisticsModel.h"
#include "ui/statistics/HeatmapChart.h"
#include "ui/statistics/StatisticsView.h"

#include <QChartView>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::StatisticsModel;
using ecoute::protocol::Envelope;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::StatisticsView;

class TestUiStatisticsServer : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void suppressedFiguresSayHidden()
    {
        TestClient seeker;
        QVERIFY(seeker.open(m_server.seekerUrl(), m_server.origin()));
        QVERIFY(seeker.hello());
        QVERIFY(seeker.request(QStringLiteral("seeker.start"),
                               {{QStringLiteral("language"), QStringLiteral("fr")}}));
        QVERIFY(seeker.request(QStringLiteral("seeker.leave")));

        TestClient admin;
        QVERIFY(logInStaff(admin, m_server, QStringLiteral("admin")));
        std::optional<Envelope> snapshot;
        StatisticsModel model([&](const Envelope &e) {
            snapshot = admin.request(e.type, e.body);
            return snapshot ? snapshot->re : QString();
        });
        StatisticsView view(model);
        QTemporaryDir dir;
        view.setSavePath(
            [&](const QString &, const QString &name, const QString &) { return dir.filePath(name); });
        view.resize(1400, 1000);
        view.show(); // asks for this year
        QVERIFY(snapshot);
        QCOMPARE(snapshot->type, QStringLiteral("stats.snapshot"));
        QVERIFY(model.handle(*snapshot));
        QVERIFY(model.figures().loaded);
        QVERIFY(!model.figures().contacts.has_value()); // 1 < 5: suppressed
        QCOMPARE(model.figures().offered.present, true);

        const QString headlines = view.headlineText();
        QVERIFY2(headlines.contains(QStringLiteral("Contacts: hidden (<5)")), qPrintable(headlines));
        QVERIFY(!headlines.contains(QStringLiteral("Contacts: 0")));
        for (QChartView *chart : view.chartViews())
            QVERIFY(!chart->grab().isNull());
        QVERIFY(!view.heatmap()->grab().isNull());

        QVERIFY(view.exportPdf());
        const QStringList pdfs = QDir(dir.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), 1);
        if (QStringLiteral(PDFTOTEXT).isEmpty()
            || QStringLiteral(PDFTOTEXT).endsWith(QStringLiteral("NOTFOUND")))
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess text;
        text.start(QStringLiteral(PDFTOTEXT),
                   {QStringLiteral("-layout"), dir.filePath(pdfs.first()), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(QRegularExpression(QStringLiteral("Contacts\\s+hidden \\(<5\\)")).match(report).hasMatch(),
                 qPrintable(report));
    }
};

QTEST_MAIN(TestUiStatisticsServer)
#include "tst_ui_statistics_server.moc"
