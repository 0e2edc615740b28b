// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision through the real widgets and a real ecoute-server: a volunteer
// raises an urgent request with the shortcut, a supervisor's queue shows it,
// the supervisor accepts and joins, the volunteer sees the banner and the
// whisper (apart from the transcript); the supervisor takes over.

#include "ServerProcess.h"
#include "TestClient.h"
#include "UiLogin.h"
#include "UiTestSupport.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/supervision/SupervisionQueueView.h"
#include "ui/supervision/WhisperView.h"
#include "ui/window/MainWindow.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Conversation;
using ecoute::models::Presence;
using ecoute::models::SupervisionRequestModel;
using ecoute::models::Workstation;
using ecoute::testing::child;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::ConversationPane;
using ecoute::ui::MainWindow;
using ecoute::ui::TranscriptPresentation;

namespace {
constexpr int kTimeout = 15000;

bool activate(QWidget &window)
{
    window.raise();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}
} // namespace

class TestUiSupervision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void urgentShortcutQueueJoinWhisperTakeover();

private:
    bool logIn(Workstation &workstation, const QString &user);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiSupervision::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), "ecoute-server did not start");
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestUiSupervision::cleanupTestCase()
{
    m_server.reset();
    m_dir.reset();
}

bool TestUiSupervision::logIn(Workstation &workstation, const QString &user)
{
    return ecoute::testing::logInThroughDialog(workstation, *m_server, user, kTimeout);
}

void TestUiSupervision::urgentShortcutQueueJoinWhisperTakeover()
{
    QSettings volunteerSettings(m_dir->filePath(QStringLiteral("volunteer.ini")), QSettings::IniFormat);
    QSettings supervisorSettings(m_dir->filePath(QStringLiteral("supervisor.ini")), QSettings::IniFormat);
    Workstation volunteer(volunteerSettings);
    Workstation supervisor(supervisorSettings);
    QVERIFY(logIn(volunteer, QStringLiteral("volunteer")));
    QVERIFY(logIn(supervisor, QStringLiteral("supervisor")));
    MainWindow volunteerWindow(volunteer);
    MainWindow supervisorWindow(supervisor);
    volunteerWindow.show();
    supervisorWindow.show();

    // Roles: only the supervisor has the queue and the team board.
    QVERIFY(supervisorWindow.supervisionQueueDock()->isVisible());
    QVERIFY(supervisorWindow.teamBoardDock()->isVisible());
    QVERIFY(!volunteerWindow.supervisionQueueDock()->isVisible());
    QVERIFY(!volunteerWindow.teamBoardDock()->isVisible());
    // The team board loads when shown.
    QTRY_VERIFY_WITH_TIMEOUT(supervisor.teamBoard().updatedAt().isValid(), kTimeout);

    // A conversation with a help-seeker.
    QVERIFY(activate(volunteerWindow));
    child<QPushButton>(&volunteerWindow, "presenceAvailable")->click();
    QTRY_COMPARE_WITH_TIMEOUT(volunteer.session().presence(), Presence::Available, kTimeout);
    TestClient seeker;
    QVERIFY(seeker.open(m_server->seekerUrl(), m_server->baseUrl().toString(QUrl::StripTrailingSlash)));
    QVERIFY(seeker.hello());
    const auto session = seeker.request(QStringLiteral("seeker.start"), {{"language", "fr"}});
    QVERIFY(session);
    const QString contactId = session->body.value(QLatin1String("contactId")).toString();
    QVERIFY(seeker.request(QStringLiteral("chat.send"), {{"clientMsgId", "s1"}, {"text", "J'ai peur."}}));
    volunteer.accept(contactId);
    QTRY_VERIFY_WITH_TIMEOUT(volunteerWindow.conversations()->currentPane(), kTimeout);
    ConversationPane *pane = volunteerWindow.conversations()->currentPane();
    QCOMPARE(pane->conversation().contactId(), contactId);
    QTRY_COMPARE_WITH_TIMEOUT(pane->conversation().transcript()->rowCount(), 1, kTimeout);
    QVERIFY(pane->supervisionText().isEmpty());

    // The shortcut: an urgent request about the conversation shown, at once.
    QVERIFY(activate(volunteerWindow));
    QTest::keyClick(&volunteerWindow, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    SupervisionRequestModel &mine = volunteer.supervision().myRequests();
    QTRY_COMPARE_WITH_TIMEOUT(mine.rowCount(), 1, kTimeout);
    // "My requests" shows once there is one.
    QTRY_VERIFY_WITH_TIMEOUT(volunteerWindow.supervisionDock()->isVisible(), kTimeout);
    QCOMPARE(mine.requestAt(0).kind, ecoute::protocol::SupervisionKind::Urgent);
    QCOMPARE(mine.requestAt(0).contactId, contactId);
    QVERIFY(mine.index(0).data().toString().contains(QStringLiteral("waiting")));

    // The supervisor's queue shows it; accept, then join.
    SupervisionRequestModel &queue = supervisor.supervision().queue();
    QTRY_COMPARE_WITH_TIMEOUT(queue.rowCount(), 1, kTimeout);
    const QString requestId = queue.requestAt(0).id;
    QCOMPARE(requestId, mine.requestAt(0).id);
    QVERIFY(queue.requestAt(0).isUrgent());
    QVERIFY(activate(supervisorWindow));
    supervisorWindow.supervisionQueue()->selectRequest(requestId);
    QTest::keyClick(&supervisorWindow, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // accept
    QTRY_VERIFY_WITH_TIMEOUT(queue.find(requestId).isAccepted(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(mine.find(requestId).isAccepted(), kTimeout);
    QVERIFY(mine.index(0).data().toString().contains(QStringLiteral("accepted by")));
    auto *join = child<QPushButton>(supervisorWindow.supervisionQueue(), "joinConversationButton");
    QTRY_VERIFY_WITH_TIMEOUT(join->isEnabled(), kTimeout);
    join->click();
    QTRY_VERIFY_WITH_TIMEOUT(supervisorWindow.conversations()->paneFor(contactId), kTimeout);
    ConversationPane *listening = supervisorWindow.conversations()->paneFor(contactId);
    QCOMPARE(listening->conversation().access(), Conversation::Access::Supervising);
    QTRY_COMPARE_WITH_TIMEOUT(listening->conversation().transcript()->rowCount(), 1, kTimeout);
    QVERIFY(!child<QPlainTextEdit>(listening, "composer")->isVisible()); // a listener reads
    QVERIFY(child<QPushButton>(listening, "takeOverButton")->isVisible());

    // The volunteer sees, unmistakably, that the supervisor listens.
    QTRY_VERIFY_WITH_TIMEOUT(pane->supervisionText().contains(QStringLiteral("is listening")), kTimeout);
    QVERIFY(child<QWidget>(pane, "supervisionBanner")->isVisible());
    auto *tabs = volunteerWindow.conversations();
    QVERIFY(tabs->tabText(tabs->indexOf(pane)).contains(QStringLiteral("supervisor listening")));

    // A whisper: on both sides, in the timeline as an internal row, never in the transcript itself.
    QVERIFY(activate(supervisorWindow));
    auto *whisperInput = child<QLineEdit>(listening, "whisperInput");
    QVERIFY(whisperInput && whisperInput->isVisible());
    const QString whisper = QStringLiteral("Demandez-lui s'il est en securite.");
    QTest::keyClicks(whisperInput, whisper);
    QTest::keyClick(whisperInput, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(pane->conversation().whispers()->rowCount(), 1, kTimeout);
    QCOMPARE(pane->conversation().whispers()->messageAt(0).text, whisper);
    QTRY_COMPARE_WITH_TIMEOUT(listening->conversation().whispers()->rowCount(), 1, kTimeout);
    QVERIFY(!pane->whisperView()->isVisible()); // the volunteer does not whisper
    QVERIFY(!child<QLineEdit>(pane, "whisperInput")->isVisible());
    const QModelIndex whisperRow = pane->presentation().index(1, 0);
    QCOMPARE(whisperRow.data(TranscriptPresentation::KindRole).value<TranscriptPresentation::Kind>(),
             TranscriptPresentation::Kind::Whisper);
    QVERIFY(whisperRow.data().toString().contains(whisper));
    QCOMPARE(pane->conversation().transcript()->rowCount(), 1);

    // Take over: the supervisor writes, the volunteer reads.
    QTest::keyClick(&supervisorWindow, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(listening->conversation().access(), Conversation::Access::Answering, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(pane->conversation().access(), Conversation::Access::TakenOver, kTimeout);
    QVERIFY(child<QPlainTextEdit>(pane, "composer")->isReadOnly());
    QVERIFY(pane->supervisionText().contains(QStringLiteral("taken over")));
    auto *composer = child<QPlainTextEdit>(listening, "composer");
    QVERIFY(composer->isVisible() && !composer->isReadOnly());
    QTest::keyClicks(composer, QStringLiteral("Je prends le relais."));
    child<QPushButton>(listening, "sendButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(pane->conversation().transcript()->rowCount(), 2, kTimeout);
    // The volunteer sees who wrote it: not "You".
    auto *volunteerLines = child<QListView>(pane, "transcriptView")->model();
    QTRY_COMPARE_WITH_TIMEOUT(volunteerLines->rowCount(), 3, kTimeout); // the whisper between
    QVERIFY(volunteerLines->index(2, 0).data().toString().contains(QStringLiteral("Je prends le relais.")));
    QVERIFY(!volunteerLines->index(2, 0).data().toString().startsWith(QStringLiteral("You")));
    QVERIFY(seeker.waitFor(QStringLiteral("contact.notice")));
}

QTEST_MAIN(TestUiSupervision)
#include "tst_ui_supervision.moc"
