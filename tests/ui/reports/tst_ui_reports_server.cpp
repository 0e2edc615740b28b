// SPDX-License-Identifier: GPL-3.0-or-later
// The report round trip against a real ecoute-server: a volunteer answers a chat, ends it, fills
// the report by keyboard in the wrap-up and sends it with Ctrl+Return; the server stores it
// (report.saved) and the contact is no longer left to report. Then the imminent-risk panel's first
// step reaches the server and comes back as risk.update, ticked with its time.
#include "TestClient.h"
#include "models/workstation/Workstation.h"
#include "tests/ui/UiLogin.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/report/ReportPane.h"
#include "ui/report/RiskPanel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Presence;
using ecoute::models::Workstation;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::ConversationPane;
using ecoute::ui::EndConversationDialog;
using ecoute::ui::MainWindow;

namespace {
constexpr int kTimeout = 15000;
}

class TestUiReportsServer : public QObject
{
    Q_OBJECT

private slots:
    void reportRoundTripAndRiskStep()
    {
        ServerProcess server;
        QVERIFY2(server.start(), "ecoute-server did not start");
        QTemporaryDir dir;
        QSettings settings(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        Workstation workstation(settings);
        workstation.reportForm().setLanguage("en");
        QVERIFY(ecoute::testing::logInThroughDialog(workstation, server, "volunteer"));
        QTRY_VERIFY_WITH_TIMEOUT(!workstation.reportForm().topics().isEmpty(),
                                 kTimeout); // report.form at login
        MainWindow window(workstation);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ecoute::testing::child<QPushButton>(&window, "presenceAvailable")->click();
        QTRY_COMPARE_WITH_TIMEOUT(workstation.session().presence(), Presence::Available, kTimeout);

        TestClient seeker;
        QVERIFY(seeker.open(server.seekerUrl(), server.baseUrl().toString(QUrl::StripTrailingSlash)));
        QVERIFY(seeker.hello());
        seeker.send("seeker.start", {{"language", "fr"}});
        QVERIFY(seeker.waitFor("seeker.session"));
        seeker.send("chat.send", {{"clientMsgId", "s1"}, {"text", "Je me sens seul."}});
        QVERIFY(seeker.waitFor("chat.ack"));

        auto *inbox = ecoute::testing::child<QListView>(&window, "inboxList");
        QVERIFY(inbox);
        QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->rowCount(), 1, kTimeout);
        inbox->setFocus();
        inbox->setCurrentIndex(inbox->model()->index(0, inbox->modelColumn()));
        QTest::keyClick(inbox, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.conversations()->currentPane(), kTimeout);
        ConversationPane *pane = window.conversations()->currentPane();
        const QString contactId = pane->conversation().contactId();

        // The imminent-risk panel during the contact: the first step reaches the server and comes back.
        QTest::keyClick(pane, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(workstation.riskCases().find(contactId).has_value(), kTimeout);
        auto *engage = pane->riskPanel()->stepBox(ecoute::protocol::RiskStep::Engage);
        QTRY_COMPARE(QApplication::focusWidget(), engage); // the first step has the focus
        QTest::keyClick(engage, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(
            workstation.riskCases().find(contactId)->hasStep(ecoute::protocol::RiskStep::Engage), kTimeout);
        QVERIFY(!pane->riskPanel()->findChild<QLabel *>("riskStepTime_engage")->text().isEmpty());

        pane->setEndConfirmation([](QWidget *) { return EndConversationDialog::Choice::End; });
        ecoute::testing::child<QPushButton>(pane, "endButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().isEnded(), kTimeout);
        auto *report = pane->reportPane();
        QTRY_VERIFY_WITH_TIMEOUT(report->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(workstation.pendingReports().find(contactId).has_value(), kTimeout);

        report->topicFilter()->setFocus();
        QTest::keyClicks(report->topicFilter(), "lonel");
        QTest::keyClick(report->topicFilter(), Qt::Key_Return);
        QTest::keyClick(report->topicFilter(), Qt::Key_Down);
        QTest::keyClick(report->topicList(), Qt::Key_1); // low risk
        QSignalSpy saved(&workstation.pendingReports(), &ecoute::models::PendingReports::saved);
        QTest::keyClick(report->topicList(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(kTimeout));
        QCOMPARE(saved.first().first().toString(), contactId);
        QTRY_VERIFY_WITH_TIMEOUT(!workstation.pendingReports().find(contactId).has_value(), kTimeout);
        QVERIFY(report->statusText().startsWith("Report sent"));
    }
};

QTEST_MAIN(TestUiReportsServer)
#include "tst_ui_reports_server.moc"
