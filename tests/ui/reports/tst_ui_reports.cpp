// SPDX-License-Identifier: GPL-3.0-or-later
// The end-of-contact report and the imminent-risk workflow in the real window, by keyboard: frames
// from the server are fed to the workstation (as tst_ui_widgets does) and what the workstation
// sends is read by a plain WebSocket server on loopback that only records.
#include "models/workstation/Workstation.h"
#include "protocol/Codec.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/directory/DirectoryView.h"
#include "ui/report/ReportPane.h"
#include "ui/report/RiskPanel.h"
#include "ui/report/ShiftSummaryDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ReportWiring.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using ecoute::models::ReportDraft;
using ecoute::models::Workstation;
using ecoute::protocol::Codec;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
using ecoute::protocol::Route;
using ecoute::ui::ConversationPane;
using ecoute::ui::MainWindow;
using ecoute::ui::ReportPane;
using ecoute::ui::RiskPanel;
using ecoute::ui::ShiftSummaryDialog;

namespace {

/// Records every frame the workstation sends; answers nothing.
class RecordingServer : public QObject
{
public:
    RecordingServer() : m_server(QStringLiteral("recorder"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                    const auto decoded = Codec::decode(text.toUtf8(), Route::StaffToServer);
                    QVERIFY2(!Codec::isError(decoded), qPrintable(text)); // only valid frames leave
                    received << std::get<Envelope>(decoded);
                });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }

    /// The last frame of that type, waiting for it.
    std::optional<Envelope> waitFor(MessageType type, int after = 0)
    {
        std::optional<Envelope> found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = received.size() - 1; i >= after; --i) {
                    if (received.at(i).messageType == type) {
                        found = received.at(i);
                        return true;
                    }
                }
                return false;
            },
            5000);
        return found;
    }
    int count(MessageType type) const
    {
        return int(std::count_if(received.begin(), received.end(),
                                 [type](const Envelope &e) { return e.messageType == type; }));
    }

    QList<Envelope> received;

private:
    QWebSocketServer m_server;
};

QJsonObject contactJson(const QString &id, bool urgent = false)
{
    return {{"id", id},
            {"channel", "chat"},
            {"pseudonym", "Colibri " + id},
            {"language", "fr"},
            {"state", "active"},
            {"createdAt", QDateTime::currentDateTimeUtc().addSecs(-300).toString(Qt::ISODate)},
            {"urgent", urgent}};
}

QJsonArray topics()
{
    auto topic = [](const char *id, const char *fr, const char *en) {
        return QJsonObject {{"id", id}, {"labels", QJsonObject {{"fr", fr}, {"en", en}, {"de", en}}}};
    };
    return {topic("loneliness", "Solitude", "Loneliness"),
            topic("relationships", "Relations", "Relationships"),
            topic("mental_health", "Santé psychique", "Mental health")};
}

/// A workstation connected to the recorder, and its window, fed by hand.
struct Desk
{
    Desk()
        : settings(dir.filePath("ecoute.ini"), QSettings::IniFormat), workstation(settings),
          window(workstation)
    {
        workstation.connection().open(ecoute::models::ServerAddress::parse(server.url()));
        QTRY_VERIFY(workstation.connection().isConnected());
        workstation.reportForm().setLanguage("en");
        workstation.handleEnvelope(Envelope::make(MessageType::ReportForm, {{"topics", topics()}}));
        window.show();
    }
    void open(const QString &id, bool urgent = false)
    {
        workstation.handleEnvelope(
            Envelope::make(MessageType::ConversationOpen,
                           {{"contact", contactJson(id, urgent)}, {"messages", QJsonArray {}}}));
    }
    ConversationPane *pane() { return window.conversations()->currentPane(); }

    RecordingServer server;
    QTemporaryDir dir;
    QSettings settings;
    Workstation workstation;
    MainWindow window;
};

} // namespace

class TestUiReports : public QObject
{
    Q_OBJECT

private slots:
    void reportInWrapupByKeyboard()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.open("k1");
        QTRY_VERIFY(desk.pane());
        ConversationPane *pane = desk.pane();
        QVERIFY(pane->reportPane());
        QVERIFY(!pane->reportPane()->isVisible()); // not before the contact ends
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == "composer");

        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::ContactEnded, {{"contactId", "k1"}, {"by", "seeker"}}));
        QVERIFY(desk.server.waitFor(MessageType::ReportPendingGet)); // the list is asked for again
        desk.workstation.handleEnvelope(Envelope::make(
            MessageType::ReportPending,
            {{"contacts",
              QJsonArray {QJsonObject {{"contactId", "k1"},
                                       {"channel", "chat"},
                                       {"pseudonym", "Colibri k1"},
                                       {"endedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                       {"durationSeconds", 185},
                                       {"history", "repeat"},
                                       {"practice", false},
                                       {"urgent", false}}}}}));
        ReportPane *report = pane->reportPane();
        QTRY_VERIFY(report->isVisible());
        QCOMPARE(report->contactId(), QString("k1"));
        QCOMPARE(report->leftText(), QString("1 contact(s) left to report"));
        QVERIFY(report->findChild<QLabel *>("reportDuration")->text().contains("3 min 5 s"));
        QVERIFY(!report->findChild<QLabel *>("reportHint")->text().isEmpty()); // notes, not here
        QTRY_COMPARE(QApplication::focusWidget(), report->topicFilter()); // the wrap-up starts here

        // Type to find a topic, Return ticks it; Down to the list, 2 = moderate risk; Ctrl+Return sends.
        QTest::keyClicks(report->topicFilter(), "lone");
        QTest::keyClick(report->topicFilter(), Qt::Key_Return);
        QCOMPARE(report->draft().topics, QStringList {"loneliness"});
        QTest::keyClick(report->topicFilter(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), report->topicList());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QCOMPARE(report->draft().risk, ecoute::protocol::RiskLevel::Moderate);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

        const auto submit = desk.server.waitFor(MessageType::ReportSubmit);
        QVERIFY(submit);
        const QJsonObject body = submit->body;
        QCOMPARE(body.value("contactId").toString(), QString("k1"));
        QCOMPARE(body.value("topics").toArray(), QJsonArray {"loneliness"});
        QCOMPARE(body.value("risk").toString(), QString("moderate"));
        QCOMPARE(body.value("age").toString(), QString("unsaid"));
        QCOMPARE(body.value("gender").toString(), QString("unsaid"));
        QCOMPARE(body.value("history").toString(), QString("repeat")); // pre-filled from the server
        QCOMPARE(body.value("outcomes").toArray(), QJsonArray {"listened"});

        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::ReportSaved, {{"contactId", "k1"}}, submit->id));
        QVERIFY(report->statusText().startsWith("Report sent"));
        QCOMPARE(desk.workstation.pendingReports().count(), 0);
        QVERIFY(!report->topicList()->isEnabled()); // sent: nothing more to tick
    }

    void imminentRiskPanel()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.open("k2");
        QTRY_VERIFY(desk.pane());
        ConversationPane *pane = desk.pane();
        QVERIFY(!pane->riskPanel());
        // The key in the conversation opens the panel and the case.
        QTest::keyClick(pane, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(pane->riskPanel() && pane->riskPanel()->isVisible());
        RiskPanel *panel = pane->riskPanel();
        auto opened = desk.server.waitFor(MessageType::RiskStep);
        QVERIFY(opened);
        QCOMPARE(opened->body.value("step").toString(), QString("opened"));
        QCOMPARE(opened->body.value("contactId").toString(), QString("k2"));
        auto caseWith = [](const QJsonArray &steps) {
            return QJsonObject {{"contactId", "k2"},
                                {"pseudonym", "Colibri k2"},
                                {"channel", "chat"},
                                {"volunteer", "claire"},
                                {"displayName", "Claire"},
                                {"openedAt", "2026-01-05T09:00:00Z"},
                                {"open", true},
                                {"steps", steps}};
        };
        const QJsonObject openedStep {{"step", "opened"}, {"at", "2026-01-05T09:00:00Z"}, {"by", "claire"}};
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::RiskUpdate, {{"case", caseWith({openedStep})}}, opened->id));

        // Engage has the focus: Space ticks it, risk.step engage goes out.
        QTRY_COMPARE(QApplication::focusWidget(), panel->stepBox(ecoute::protocol::RiskStep::Engage));
        const int before = desk.server.received.size();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        const auto engage = desk.server.waitFor(MessageType::RiskStep, before);
        QVERIFY(engage);
        QCOMPARE(engage->body.value("step").toString(), QString("engage"));
        QVERIFY(panel->stepBox(ecoute::protocol::RiskStep::Engage)->isChecked());
        QVERIFY(!panel->stepBox(ecoute::protocol::RiskStep::Engage)->isEnabled());
        desk.workstation.handleEnvelope(Envelope::make(
            MessageType::RiskUpdate,
            {{"case",
              caseWith(
                  {openedStep,
                   QJsonObject {{"step", "engage"}, {"at", "2026-01-05T09:02:00Z"}, {"by", "claire"}}})}}));
        QVERIFY(!panel->findChild<QLabel *>("riskStepTime_engage")->text().isEmpty()); // ticked with its time
        QVERIFY(panel->findChild<QLabel *>("riskStepTime_assess")->text().isEmpty());

        // The emergency step is recorded like the others.
        const int beforeEmergency = desk.server.received.size();
        QTest::mouseClick(panel->stepBox(ecoute::protocol::RiskStep::Emergency), Qt::LeftButton, {},
                          QPoint(6, 8));
        const auto emergency = desk.server.waitFor(MessageType::RiskStep, beforeEmergency);
        QVERIFY(emergency);
        QCOMPARE(emergency->body.value("step").toString(), QString("emergency"));
        // What the step did is the report's outcome too.
        QVERIFY(desk.workstation.pendingReports().draft("k2").hasOutcome(
            ecoute::protocol::ReportOutcome::Emergency));

        // The location the person gave: typed, Return sends it to the supervisor.
        panel->locationField()->setFocus();
        QTest::keyClicks(panel->locationField(), "Gare de Lausanne, quai 3");
        QTest::keyClick(panel->locationField(), Qt::Key_Return);
        const auto location = desk.server.waitFor(MessageType::RiskLocation);
        QVERIFY(location);
        QCOMPARE(location->body.value("text").toString(), QString("Gare de Lausanne, quai 3"));
        QCOMPARE(location->body.value("contactId").toString(), QString("k2"));
        QVERIFY(panel->locationField()->text().isEmpty());

        // One key raises the existing urgent supervision request, and so does the panel's button.
        QTest::keyClick(&desk.window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        auto urgent = desk.server.waitFor(MessageType::SupervisionRequest);
        QVERIFY(urgent);
        QCOMPARE(urgent->body.value("kind").toString(), QString("urgent"));
        QCOMPARE(urgent->body.value("contactId").toString(), QString("k2"));
        const int requests = desk.server.count(MessageType::SupervisionRequest);
        QTest::mouseClick(panel->urgentButton(), Qt::LeftButton);
        QTRY_COMPARE(desk.server.count(MessageType::SupervisionRequest), requests + 1);
    }

    void imminentFromReportAndUrgentContact()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        // The help-seeker said they are in danger now: the panel is there from the start.
        desk.open("k3", true);
        QTRY_VERIFY(desk.pane());
        QTRY_VERIFY(desk.pane()->riskPanel() && desk.pane()->riskPanel()->isVisible());

        desk.open("k4");
        QTRY_COMPARE(desk.pane()->conversation().contactId(), QString("k4"));
        ConversationPane *pane = desk.pane();
        QVERIFY(!pane->riskPanel());
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::ContactEnded, {{"contactId", "k4"}, {"by", "volunteer"}}));
        QTRY_VERIFY(pane->reportPane()->isVisible());
        // 4 = imminent in the report: the risk panel opens beside the conversation.
        pane->reportPane()->topicList()->setFocus();
        QTest::keyClick(pane->reportPane()->topicList(), Qt::Key_4);
        QCOMPARE(pane->reportPane()->draft().risk, ecoute::protocol::RiskLevel::Imminent);
        QTRY_VERIFY(pane->riskPanel() && pane->riskPanel()->isVisible());
    }

    void shiftSummaryOffersDebrief()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::ReportPending,
                           {{"contacts",
                             QJsonArray {QJsonObject {{"contactId", "k9"},
                                                      {"channel", "phone"},
                                                      {"pseudonym", "Merle"},
                                                      {"endedAt", "2026-01-05T09:00:00Z"},
                                                      {"durationSeconds", 60},
                                                      {"history", "unknown"},
                                                      {"practice", false},
                                                      {"urgent", false}}}}}));
        desk.workstation.handleEnvelope(Envelope::make(
            MessageType::ShiftSummary,
            {{"since", "2026-01-05T08:00:00Z"}, {"contacts", 5}, {"hard", 2}, {"imminent", 1}}));
        QTRY_VERIFY(desk.window.reporting()->shiftSummary());
        ShiftSummaryDialog *dialog = desk.window.reporting()->shiftSummary();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->summaryText().contains("5 contact(s)"));
        QVERIFY(dialog->summaryText().contains("2 of them were hard"));
        QVERIFY(dialog->summaryText().contains("1 involved an imminent risk"));
        QVERIFY(dialog->reminderText().contains("1 contact(s) left to report"));
        QVERIFY(dialog->debriefButton()->isVisible());
        QTest::mouseClick(dialog->debriefButton(), Qt::LeftButton);
        const auto debrief = desk.server.waitFor(MessageType::SupervisionRequest);
        QVERIFY(debrief);
        QCOMPARE(debrief->body.value("kind").toString(), QString("debrief"));
        QVERIFY(!dialog->debriefButton()->isEnabled()); // asked once

        // "Report them now" opens the contacts left to report.
        QTest::mouseClick(dialog->reportButton(), Qt::LeftButton);
        QTRY_VERIFY(desk.window.reporting()->reportsWindow()
                    && desk.window.reporting()->reportsWindow()->isVisible());
        QCOMPARE(desk.window.reporting()->reportsPane()->contactId(), QString("k9"));

        // A quiet shift: no debrief offered, nothing to report.
        ShiftSummaryDialog quiet({QDateTime::currentDateTimeUtc(), 3, 0, 0}, 0);
        quiet.setDebriefHandler([] {});
        QVERIFY(!quiet.debriefButton()->isVisibleTo(&quiet));
        QVERIFY(quiet.reminderText().isEmpty());
    }

    void referralGoesIntoReplyAndReport()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::Directory,
                           {{"services",
                             QJsonArray {QJsonObject {{"id", "svc-1"},
                                                      {"name", "Ligne Exemple"},
                                                      {"helpsWith", "Deuil"},
                                                      {"phone", "0800 000 000"},
                                                      {"web", "https://example.org"},
                                                      {"hours", "24/7"},
                                                      {"languages", QJsonArray {"fr"}},
                                                      {"region", "VD"},
                                                      {"example", true}}}}}));
        desk.open("k5");
        QTRY_VERIFY(desk.pane());
        ConversationPane *pane = desk.pane();
        auto *referral = pane->findChild<QPushButton *>("referralButton");
        QVERIFY(referral && referral->isVisible());
        QTest::mouseClick(referral, Qt::LeftButton);
        QTRY_VERIFY(desk.window.directoryDock()->isVisible());

        emit desk.window.reporting()->directoryView()->insertRequested("Ligne Exemple, 0800 000 000",
                                                                       "svc-1");
        QCOMPARE(pane->findChild<QPlainTextEdit *>("composer")->toPlainText(),
                 QString("Ligne Exemple, 0800 000 000"));
        const ReportDraft draft = desk.workstation.pendingReports().draft("k5");
        QCOMPARE(draft.referrals, QStringList {"svc-1"});
        QVERIFY(draft.hasOutcome(ecoute::protocol::ReportOutcome::Referred));

        // The report starts from it once the contact ends.
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::ContactEnded, {{"contactId", "k5"}, {"by", "seeker"}}));
        QTRY_VERIFY(pane->reportPane()->isVisible());
        QCOMPARE(pane->reportPane()->draft().referrals, QStringList {"svc-1"});
        QVERIFY(pane->reportPane()->findChild<QAbstractButton *>("outcome_referred")->isChecked());
    }

    void supervisorSeesOpenRiskCasesFirst()
    {
        Desk desk;
        auto riskCase = [](const char *id, bool open, const char *at) {
            return QJsonObject {
                {"contactId", id},       {"pseudonym", QString("P ") + id}, {"channel", "chat"},
                {"volunteer", "claire"}, {"displayName", "Claire"},         {"openedAt", at},
                {"open", open},          {"steps", QJsonArray {}},          {"location", "Bern"}};
        };
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::RiskCases,
                           {{"cases",
                             QJsonArray {riskCase("old", false, "2026-01-05T10:00:00Z"),
                                         riskCase("now", true, "2026-01-05T08:00:00Z")}}}));
        QListView *view = desk.window.reporting()->riskCasesView();
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(view->model()->index(0, 0).data().toString().startsWith("Open: P now"));
        QVERIFY(view->model()->index(1, 0).data().toString().startsWith("Closed: P old"));

        // A supervisor listening to that contact: the same panel beside it, with the location and no
        // field to type it.
        desk.workstation.handleEnvelope(
            Envelope::make(MessageType::ConversationOpen,
                           {{"contact", contactJson("now")},
                            {"messages", QJsonArray {}},
                            {"supervision", QJsonObject {{"mode", "listening"}, {"volunteer", "claire"}}}}));
        QTRY_VERIFY(desk.pane() && desk.pane()->conversation().contactId() == "now");
        RiskPanel *panel = desk.pane()->riskPanel();
        QVERIFY(panel && panel->isVisibleTo(desk.pane()));
        QVERIFY(!panel->locationField());
        QVERIFY(panel->findChild<QLabel *>("riskLocationShown")->text().contains("Bern"));
        QVERIFY(!desk.pane()->reportPane()->isVisibleTo(desk.pane())); // reports are the volunteer's
    }
};

QTEST_MAIN(TestUiReports)
#include "tst_ui_reports.moc"
