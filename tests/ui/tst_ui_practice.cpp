// SPDX-License-Identifier: GPL-3.0-or-later
// A practice session through the real widgets and a real ecoute-server: the
// trainer starts it from the Practice menu, plays the person from a console with
// the scenario's guidance beside it, coaches with a whisper and ends it; the
// trainee answers in their ordinary workstation, where everything says PRACTICE;
// then feedback per learning goal reaches the trainee and their history.

#include "ServerProcess.h"
#include "UiLogin.h"
#include "UiTestSupport.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/practice/PracticeDesk.h"
#include "ui/practice/PracticeFeedbackDialog.h"
#include "ui/practice/PracticeFeedbackView.h"
#include "ui/practice/PracticeGuidancePane.h"
#include "ui/practice/PracticeStartDialog.h"
#include "ui/practice/ScenarioEditorDialog.h"
#include "ui/practice/ScenarioLibraryView.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Conversation;
using ecoute::models::InboxModel;
using ecoute::models::Workstation;
using ecoute::testing::child;
using ecoute::testing::ServerProcess;
using ecoute::ui::ConversationPane;
using ecoute::ui::MainWindow;

namespace {
constexpr int kTimeout = 15000;

QAction *action(QWidget &window, const char *name)
{
    return child<QAction>(&window, name);
}

/// Shortcuts only reach the active window.
bool activate(QWidget &window)
{
    window.raise();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}
} // namespace

class TestUiPractice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), "ecoute-server did not start");
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_dir.reset();
    }

    void trainerRunsASessionAgainstATraineeWindow();
    void trainerEditsAScenarioInTheWorkstation();

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiPractice::trainerRunsASessionAgainstATraineeWindow()
{
    QSettings trainerSettings(m_dir->filePath(QStringLiteral("trainer.ini")), QSettings::IniFormat);
    QSettings traineeSettings(m_dir->filePath(QStringLiteral("trainee.ini")), QSettings::IniFormat);
    Workstation trainer(trainerSettings);
    Workstation trainee(traineeSettings);
    QVERIFY(ecoute::testing::logInThroughDialog(trainer, *m_server, QStringLiteral("trainer")));
    QVERIFY(ecoute::testing::logInThroughDialog(trainee, *m_server, QStringLiteral("volunteer2")));
    MainWindow trainerWindow(trainer);
    MainWindow traineeWindow(trainee);
    trainerWindow.show();
    traineeWindow.show();

    // Only trainers start sessions and edit scenarios; everyone has a practice history.
    QVERIFY(action(trainerWindow, "startPracticeAction")->isVisible());
    QVERIFY(!action(traineeWindow, "startPracticeAction")->isVisible());
    QVERIFY(!action(traineeWindow, "newScenarioAction")->isVisible());
    QVERIFY(action(traineeWindow, "practiceHistoryAction")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(trainer.practice().scenarios().rowCount() >= 8, kTimeout);

    // Start: a scenario and a trainee.
    action(trainerWindow, "startPracticeAction")->trigger();
    auto *start = trainerWindow.findChild<ecoute::ui::PracticeStartDialog *>();
    QVERIFY(start);
    start->setScenario(QStringLiteral("panic-attack"), QStringLiteral("fr"));
    QCOMPARE(start->slug(), QStringLiteral("panic-attack"));
    auto *startButton = child<QPushButton>(start, "practiceStartButton");
    QVERIFY(!startButton->isEnabled()); // no trainee yet
    QTest::keyClicks(child<QLineEdit>(start, "practiceTrainees"), QStringLiteral("volunteer2"));
    QVERIFY(startButton->isEnabled());
    startButton->click();

    // The trainer's console: the played conversation with the scenario beside it.
    QTRY_VERIFY_WITH_TIMEOUT(trainerWindow.conversations()->currentPane(), kTimeout);
    ConversationPane *console = trainerWindow.conversations()->currentPane();
    Conversation &played = console->conversation();
    QVERIFY(played.isPlayed());
    QCOMPARE(played.trainee(), QStringLiteral("volunteer2"));
    QVERIFY(!console->practiceText().isEmpty());
    QVERIFY(console->supervisionText().contains(QStringLiteral("volunteer2")));
    auto *guidance = qobject_cast<ecoute::ui::PracticeGuidancePane *>(console->sidePane());
    QVERIFY(guidance);
    const ecoute::protocol::Scenario scenario = trainer.practice().scenarioOf(played.contactId());
    QVERIFY(!scenario.guidance.isEmpty());
    QVERIFY(guidance->text().contains(scenario.goals.first()));
    QVERIFY(trainerWindow.windowTitle().contains(played.contact().pseudonym));

    // The trainee's inbox has the practice contact, marked as such.
    QTRY_COMPARE_WITH_TIMEOUT(trainee.inbox().rowCount(), 1, kTimeout);
    QVERIFY(trainee.inbox().data(trainee.inbox().index(0, 0), InboxModel::PracticeRole).toBool());
    trainee.accept(played.contactId());
    QTRY_VERIFY_WITH_TIMEOUT(traineeWindow.conversations()->currentPane(), kTimeout);
    ConversationPane *answering = traineeWindow.conversations()->currentPane();
    QVERIFY(answering->conversation().isPractice());
    QVERIFY(!answering->practiceText().isEmpty());
    QVERIFY(traineeWindow.windowTitle().contains(QStringLiteral("PRACTICE")));
    // The trainee sees who follows the exercise: the trainer, playing the person.
    QTRY_VERIFY_WITH_TIMEOUT(answering->supervisionText().contains(QStringLiteral("plays the person")),
                             kTimeout);

    // The trainer writes the opening as the person; the trainee reads it as the person's.
    child<QPushButton>(guidance, "writeOpeningButton")->click();
    auto *composer = child<QPlainTextEdit>(console, "composer");
    QCOMPARE(composer->toPlainText(), scenario.opening);
    QVERIFY(activate(trainerWindow));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(answering->conversation().transcript()->rowCount(), 1, kTimeout);
    QVERIFY(answering->conversation().transcript()->index(0, 0).data().toString().contains(
        scenario.opening.left(10)));

    // The trainee answers; the trainer reads it.
    auto *reply = child<QPlainTextEdit>(answering, "composer");
    QTest::keyClicks(reply, QStringLiteral("Je suis la. Vous n'etes pas seule."));
    child<QPushButton>(answering, "sendButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(played.transcript()->rowCount(), 2, kTimeout);
    // The console says whose lines are whose: the trainer's as the person, the trainee's as theirs.
    const QAbstractItemModel *lines = child<QListView>(console, "transcriptView")->model();
    QVERIFY(lines->index(0, 0).data().toString().contains(played.contact().pseudonym));
    QVERIFY(!lines->index(0, 0).data().toString().contains(QStringLiteral("volunteer2")));
    QVERIFY(lines->index(1, 0).data().toString().contains(QStringLiteral("volunteer2")));

    // Coaching: a whisper reaches the trainee apart from the transcript.
    auto *whisper = child<QLineEdit>(console, "whisperInput");
    QVERIFY(whisper && whisper->isVisibleTo(console));
    QTest::keyClicks(whisper, QStringLiteral("Demande-lui si c'est la premiere fois."));
    QTest::keyClick(whisper, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(answering->conversation().whispers()->rowCount(), 1, kTimeout);
    QCOMPARE(answering->conversation().transcript()->rowCount(), 2);

    // The end of the exercise, for both.
    child<QPushButton>(console, "endButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(answering->conversation().isEnded(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(played.isEnded(), kTimeout);

    // Feedback per learning goal, by keyboard and mouse.
    child<QPushButton>(guidance, "practiceFeedbackButton")->click();
    auto *form = trainerWindow.findChild<ecoute::ui::PracticeFeedbackDialog *>();
    QVERIFY(form);
    auto *send = child<QPushButton>(form, "sendFeedbackButton");
    QVERIFY(!send->isEnabled());
    for (int goal = 1; goal <= scenario.goals.size(); ++goal)
        child<QRadioButton>(form, QStringLiteral("goal%1Rating3").arg(goal).toLatin1().constData())->click();
    QTest::keyClicks(child<QPlainTextEdit>(form, "feedbackText"), QStringLiteral("Tres bon accueil."));
    QVERIFY(send->isEnabled());
    send->click();

    // The trainee sees it at once, and keeps it in their history.
    QTRY_VERIFY_WITH_TIMEOUT(traineeWindow.findChild<QDialog *>(QStringLiteral("practiceFeedbackReceived")),
                             kTimeout);
    auto *received = traineeWindow.findChild<QDialog *>(QStringLiteral("practiceFeedbackReceived"));
    auto *view = received->findChild<ecoute::ui::PracticeFeedbackView *>();
    QVERIFY(view->toPlainText().contains(QStringLiteral("Tres bon accueil.")));
    QCOMPARE(view->feedback().goals.size(), scenario.goals.size());
    action(traineeWindow, "practiceHistoryAction")->trigger();
    auto &history = traineeWindow.practiceDesk()->history();
    QTRY_COMPARE_WITH_TIMEOUT(history.rowCount(), 1, kTimeout);
    QVERIFY(history.entry(0).feedback.has_value());
    QCOMPARE(history.entry(0).slug, QStringLiteral("panic-attack"));
}

void TestUiPractice::trainerEditsAScenarioInTheWorkstation()
{
    QSettings settings(m_dir->filePath(QStringLiteral("editor.ini")), QSettings::IniFormat);
    Workstation trainer(settings);
    QVERIFY(ecoute::testing::logInThroughDialog(trainer, *m_server, QStringLiteral("trainer")));
    MainWindow window(trainer);
    window.show();
    // A trainer's window opens on the practice console (the scenarios).
    QVERIFY(action(window, "showScenariosAction")->isChecked());
    ecoute::ui::ScenarioLibraryView *library = window.practiceDesk()->scenarioLibrary();
    QVERIFY(library->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(trainer.practice().scenarios().indexOf("loneliness-older-person", "fr") >= 0,
                             kTimeout);
    library->selectScenario(QStringLiteral("loneliness-older-person"), QStringLiteral("fr"));
    child<QPushButton>(library, "editScenarioButton")->click();

    // The whole scenario arrives in the editor; the trainer changes the title and saves.
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ecoute::ui::ScenarioEditorDialog *>(), kTimeout);
    auto *editor = window.findChild<ecoute::ui::ScenarioEditorDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->scenario().guidance.isEmpty(), kTimeout);
    QPointer<ecoute::ui::ScenarioEditorDialog> watched(editor);
    auto *title = child<QLineEdit>(editor, "titleEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Solitude le dimanche"));
    QVERIFY(editor->isValid());
    child<QPushButton>(editor, "saveScenarioButton")->click();

    // Stored by the server: the editor closes and the library shows the new title at once.
    QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), kTimeout);
    const auto &scenarios = trainer.practice().scenarios();
    QCOMPARE(scenarios.summary(scenarios.indexOf("loneliness-older-person", "fr")).title,
             QStringLiteral("Solitude le dimanche"));
    // And anyone listing the scenarios afterwards gets it from the server.
    QSignalSpy reloaded(&scenarios, &ecoute::models::ScenarioListModel::loaded);
    trainer.practice().requestScenarios();
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, kTimeout);
    QCOMPARE(scenarios.summary(scenarios.indexOf("loneliness-older-person", "fr")).title,
             QStringLiteral("Solitude le dimanche"));
}

QTEST_MAIN(TestUiPractice)
#include "tst_ui_practice.moc"
