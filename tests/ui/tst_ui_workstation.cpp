// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real workstation widgets against a real ecoute-server: log in,
// take a contact from the inbox, chat, end; survive a server restart.

#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSupport.h"
#include "models/workstation/Workstation.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/LoginDialog.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/conversation/TransferDialog.h"
#include "ui/conversation/WrapupBar.h"
#include "ui/inbox/OfferAlert.h"
#include "ui/inbox/OfferBar.h"
#include "ui/inbox/ShiftBar.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Presence;
using ecoute::models::Session;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::testing::child;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::ConversationPane;
using ecoute::ui::EndConversationDialog;
using ecoute::ui::LoginDialog;
using ecoute::ui::MainWindow;

namespace {
constexpr int kTimeout = 15000;

bool transcriptContains(ConversationPane *pane, const QString &text)
{
    const QAbstractItemModel *model = pane->conversation().transcript();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == text)
            return true;
    }
    return false;
}

/// Waits for a chat.message with this sender and text on the seeker's side.
bool seekerReceives(TestClient &seeker, const QString &from, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 2 * kTimeout) {
        const auto message = seeker.waitFor(QStringLiteral("chat.message"), kTimeout);
        if (!message)
            return false;
        if (message->body.value(QLatin1String("from")).toString() == from
            && message->body.value(QLatin1String("text")).toString() == text)
            return true;
    }
    return false;
}

QString origin(const ServerProcess &server)
{
    return server.baseUrl().toString(QUrl::StripTrailingSlash);
}
} // namespace

class TestUiWorkstation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wrongPasswordShowsTranslatedError();
    void acceptChatAndEnd();
    void serverRestartKeepsTypedText();
    void offerRingsThenWrapup();
    void unansweredOfferIsWithdrawn();
    void pauseWithReasonShows();
    void transferWithHandoverNote();

private:
    void logIn(LoginDialog &dialog, const QString &user, const QString &password);
    bool logInAsVolunteer();
    /// Seeker starts a chat and writes text; returns the contact id.
    QString startSeeker(TestClient &seeker, const QString &text);
    ConversationPane *acceptFirstContact(MainWindow &window);
    /// Restarts the server with extra routing options (before logging in).
    bool restartServerWith(const QStringList &args);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workstation> m_workstation;
    QString m_seekerToken;
};

void TestUiWorkstation::init()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), "ecoute-server did not start");
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
    m_workstation = std::make_unique<Workstation>(*m_settings);
}

void TestUiWorkstation::cleanup()
{
    m_workstation.reset();
    m_settings.reset();
    m_dir.reset();
    m_server.reset();
}

void TestUiWorkstation::logIn(LoginDialog &dialog, const QString &user, const QString &password)
{
    auto *address = child<QLineEdit>(&dialog, "serverAddress");
    auto *userName = child<QLineEdit>(&dialog, "userName");
    auto *passwordField = child<QLineEdit>(&dialog, "password");
    QVERIFY(address && userName && passwordField);
    address->clear();
    QTest::keyClicks(address, m_server->staffUrl().toString());
    userName->clear();
    QTest::keyClicks(userName, user);
    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return); // Enter logs in
    QVERIFY(passwordField->text().isEmpty()); // cleared as soon as read
}

bool TestUiWorkstation::logInAsVolunteer()
{
    LoginDialog dialog(*m_workstation);
    dialog.show();
    logIn(dialog, QStringLiteral("volunteer"), m_server->demoPassword(QStringLiteral("volunteer")));
    if (QTest::currentTestFailed())
        return false;
    if (!QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, kTimeout)) {
        qWarning() << "login did not succeed:" << dialog.statusText();
        return false;
    }
    return m_workstation->session().isLoggedIn();
}

QString TestUiWorkstation::startSeeker(TestClient &seeker, const QString &text)
{
    if (!seeker.open(m_server->seekerUrl(), origin(*m_server)) || !seeker.hello())
        return {};
    seeker.send(QStringLiteral("seeker.start"), {{"language", "fr"}});
    const auto session = seeker.waitFor(QStringLiteral("seeker.session"));
    if (!session)
        return {};
    m_seekerToken = session->body.value(QLatin1String("token")).toString();
    seeker.send(QStringLiteral("chat.send"), {{"clientMsgId", "seeker-1"}, {"text", text}});
    if (!seeker.waitFor(QStringLiteral("chat.ack")))
        return {};
    return session->body.value(QLatin1String("contactId")).toString();
}

ConversationPane *TestUiWorkstation::acceptFirstContact(MainWindow &window)
{
    auto *table = child<QListView>(&window, "inboxList");
    if (!table || !QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, kTimeout))
        return nullptr;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, table->modelColumn()));
    QTest::keyClick(table, Qt::Key_Return); // Enter accepts
    if (!QTest::qWaitFor([&] { return window.conversations()->currentPane() != nullptr; }, kTimeout))
        return nullptr;
    return window.conversations()->currentPane();
}

void TestUiWorkstation::wrongPasswordShowsTranslatedError()
{
    LoginDialog dialog(*m_workstation);
    dialog.show();
    logIn(dialog, QStringLiteral("volunteer"), QStringLiteral("not-the-password"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(), QStringLiteral("Wrong user name or password."), kTimeout);
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_workstation->session().isLoggedIn());
    QCOMPARE(child<QLineEdit>(&dialog, "userName")->text(), QStringLiteral("volunteer")); // kept
}

void TestUiWorkstation::acceptChatAndEnd()
{
    QVERIFY(logInAsVolunteer());
    MainWindow window(*m_workstation);
    window.show();
    window.activateWindow(); // shortcuts only fire in the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Ecoute"));

    child<QPushButton>(&window, "presenceAvailable")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);

    TestClient seeker;
    const QString seekerText = QStringLiteral("Bonjour, j'ai besoin de parler à quelqu'un.");
    QVERIFY(!startSeeker(seeker, seekerText).isEmpty());

    ConversationPane *pane = acceptFirstContact(window);
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptContains(pane, seekerText), kTimeout);

    auto *composer = child<QPlainTextEdit>(pane, "composer");
    QVERIFY(composer);
    const QString reply = QStringLiteral("Bonjour, je vous ecoute.");
    QTest::keyClicks(composer, reply);
    child<QPushButton>(pane, "sendButton")->click();
    QVERIFY(composer->toPlainText().isEmpty());
    QVERIFY(seekerReceives(seeker, QStringLiteral("volunteer"), reply));
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().transcript()->pendingCount() == 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptContains(pane, reply), kTimeout);
    // Each message shown exactly once, even though the server echoes our own.
    QCOMPARE(pane->conversation().transcript()->rowCount(), 2);

    pane->setEndConfirmation([](QWidget *) { return EndConversationDialog::Choice::End; });
    child<QPushButton>(pane, "endButton")->click();
    QVERIFY(seeker.waitFor(QStringLiteral("contact.ended")));
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().isEnded(), kTimeout);
    QVERIFY(child<QPlainTextEdit>(pane, "composer")->isReadOnly());
}

void TestUiWorkstation::serverRestartKeepsTypedText()
{
    QVERIFY(logInAsVolunteer());
    MainWindow window(*m_workstation);
    window.show();
    window.activateWindow(); // shortcuts only fire in the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    child<QPushButton>(&window, "presenceAvailable")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);

    TestClient seeker;
    const QString seekerText = QStringLiteral("Vous êtes là ?");
    QVERIFY(!startSeeker(seeker, seekerText).isEmpty());
    ConversationPane *pane = acceptFirstContact(window);
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptContains(pane, seekerText), kTimeout);

    auto *composer = child<QPlainTextEdit>(pane, "composer");
    const QString draft = QStringLiteral("Oui, je suis la. Prenez votre temps.");
    QTest::keyClicks(composer, draft);

    m_server->kill(); // crash mid-chat
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible() && window.banner()->isReconnecting(), kTimeout);
    QCOMPARE(m_workstation->session().state(), Session::State::Resuming);
    QCOMPARE(composer->toPlainText(), draft);

    QVERIFY(m_server->restart());
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->session().isLoggedIn(), 2 * kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->isVisible(), kTimeout);
    QCOMPARE(window.conversations()->currentPane(), pane); // same pane, not rebuilt
    QCOMPARE(composer->toPlainText(), draft);
    QVERIFY(!pane->conversation().isEnded());

    // The seeker's page reconnects with its token.
    QVERIFY(seeker.open(m_server->seekerUrl(), origin(*m_server)));
    QVERIFY(seeker.hello());
    seeker.send(QStringLiteral("seeker.start"), {{"language", "fr"}, {"resume", m_seekerToken}});
    QVERIFY(seeker.waitFor(QStringLiteral("seeker.session")));

    composer->setFocus();
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return sends
    QTRY_VERIFY_WITH_TIMEOUT(composer->toPlainText().isEmpty(), kTimeout);
    QVERIFY(seekerReceives(seeker, QStringLiteral("volunteer"), draft));
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().transcript()->pendingCount() == 0, kTimeout);
}

bool TestUiWorkstation::restartServerWith(const QStringList &args)
{
    m_server = std::make_unique<ServerProcess>();
    ServerProcess::Options options;
    options.extraArgs = args;
    return m_server->start(options);
}

void TestUiWorkstation::offerRingsThenWrapup()
{
    QVERIFY(restartServerWith({QStringLiteral("--wrapup-seconds"), QStringLiteral("60")}));
    QVERIFY(logInAsVolunteer());
    MainWindow window(*m_workstation);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.shiftBar()->stateText(), QStringLiteral("Off shift"), kTimeout);

    child<QPushButton>(&window, "presenceAvailable")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);
    QCOMPARE(window.shiftBar()->stateText(), QStringLiteral("Available"));

    QSignalSpy notified(window.offerAlert(), &ecoute::ui::OfferAlert::notified);
    TestClient seeker;
    const QString seekerText = QStringLiteral("Il y a quelqu'un ?");
    const QString contactId = startSeeker(seeker, seekerText);
    QVERIFY(!contactId.isEmpty());

    // The offer rings: the bar, the notification, the row marked in the inbox.
    QTRY_VERIFY_WITH_TIMEOUT(window.offerBar()->isVisible(), kTimeout);
    QCOMPARE(window.offerBar()->contactId(), contactId);
    QCOMPARE(notified.count(), 1);
    QVERIFY(m_workstation->inbox().isOfferedToMe(contactId));

    ConversationPane *pane = acceptFirstContact(window); // Enter in the inbox
    QVERIFY(pane);
    QCOMPARE(pane->conversation().contactId(), contactId);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptContains(pane, seekerText), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.offerBar()->isVisible(), kTimeout);
    QVERIFY(!window.offerAlert()->isRinging());

    pane->setEndConfirmation([](QWidget *) { return EndConversationDialog::Choice::End; });
    child<QPushButton>(pane, "endButton")->click();
    QVERIFY(seeker.waitFor(QStringLiteral("contact.ended")));

    // Wrap-up: the bar with the time left, +2 min, then end it.
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Wrapup, kTimeout);
    QVERIFY(window.wrapupBar()->isVisible());
    QVERIFY(window.shiftBar()->stateText().startsWith(QStringLiteral("Wrap-up: ")));
    const QDateTime until = m_workstation->session().presenceStatus().wrapupUntil;
    QVERIFY(until.isValid());
    child<QPushButton>(window.wrapupBar(), "extendWrapupButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->session().presenceStatus().wrapupUntil >= until.addSecs(100),
                             kTimeout);
    child<QPushButton>(window.wrapupBar(), "endWrapupButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);
    QVERIFY(!window.wrapupBar()->isVisible());
    QCOMPARE(window.shiftBar()->stateText(), QStringLiteral("Available"));
}

void TestUiWorkstation::unansweredOfferIsWithdrawn()
{
    QVERIFY(restartServerWith({QStringLiteral("--offer-timeout"), QStringLiteral("2000")}));
    QVERIFY(logInAsVolunteer());
    MainWindow window(*m_workstation);
    window.show();
    child<QPushButton>(&window, "presenceAvailable")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);

    QSignalSpy withdrawn(m_workstation.get(), &Workstation::offerWithdrawn);
    TestClient seeker;
    const QString contactId = startSeeker(seeker, QStringLiteral("Bonjour"));
    QVERIFY(!contactId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.offerBar()->isVisible(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(withdrawn.count() >= 1, kTimeout);
    const QString expected = QStringLiteral("Offer passed to another volunteer (no answer in time).");
    QCOMPARE(withdrawn.first().at(1).toString(), expected);
    QCOMPARE(window.statusBar()->currentMessage(), expected);
}

void TestUiWorkstation::pauseWithReasonShows()
{
    QVERIFY(logInAsVolunteer());
    MainWindow window(*m_workstation);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *reason = child<QLineEdit>(&window, "pauseReason");
    QVERIFY(reason);
    QTest::keyClicks(reason, QStringLiteral("Repas"));
    QTest::keyClick(reason, Qt::Key_Return); // Enter starts the pause with the reason
    QTRY_COMPARE_WITH_TIMEOUT(window.shiftBar()->stateText(), QStringLiteral("Pause: Repas"), kTimeout);
    QVERIFY(child<QPushButton>(&window, "presencePause")->isChecked());

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // Ctrl+1: available
    QTRY_COMPARE_WITH_TIMEOUT(window.shiftBar()->stateText(), QStringLiteral("Available"), kTimeout);
    QVERIFY(child<QPushButton>(&window, "presenceAvailable")->isChecked());
}

void TestUiWorkstation::transferWithHandoverNote()
{
    // Two volunteers on shift; the one offered the contact passes it on to the other.
    QVERIFY(logInAsVolunteer());
    QTemporaryDir otherDir;
    QSettings otherSettings(otherDir.filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
    Workstation other(otherSettings);
    {
        LoginDialog dialog(other);
        dialog.show();
        logIn(dialog, QStringLiteral("volunteer2"), m_server->demoPassword(QStringLiteral("volunteer2")));
        QTRY_VERIFY_WITH_TIMEOUT(other.session().isLoggedIn(), kTimeout);
    }
    MainWindow window(*m_workstation);
    MainWindow otherWindow(other);
    window.show();
    otherWindow.show();
    m_workstation->session().setPresence(Presence::Available);
    other.session().setPresence(Presence::Available);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(other.session().presence(), Presence::Available, kTimeout);

    TestClient seeker;
    const QString contactId = startSeeker(seeker, QStringLiteral("Bonsoir"));
    QVERIFY(!contactId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_workstation->inbox().isOfferedToMe(contactId) || other.inbox().isOfferedToMe(contactId), kTimeout);
    const bool mine = m_workstation->inbox().isOfferedToMe(contactId);
    Workstation &from = mine ? *m_workstation : other;
    Workstation &to = mine ? other : *m_workstation;
    MainWindow &fromWindow = mine ? window : otherWindow;
    MainWindow &toWindow = mine ? otherWindow : window;
    const QString toUser = mine ? QStringLiteral("volunteer2") : QStringLiteral("volunteer");

    child<QPushButton>(fromWindow.offerBar(), "acceptOfferButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(fromWindow.conversations()->paneFor(contactId), kTimeout);
    ConversationPane *pane = fromWindow.conversations()->paneFor(contactId);
    auto *composer = child<QPlainTextEdit>(pane, "composer");
    QTest::keyClicks(composer, QStringLiteral("Un brouillon"));

    child<QPushButton>(pane, "transferButton")->click();
    ecoute::ui::TransferDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = fromWindow.findChild<ecoute::ui::TransferDialog *>()) && dialog->isVisible(), kTimeout);
    auto *team = child<QListView>(dialog, "teamList");
    QTRY_VERIFY_WITH_TIMEOUT(from.team().isLoaded() && team->model()->rowCount() >= 1, kTimeout);
    for (int row = 0; row < team->model()->rowCount(); ++row) {
        if (team->model()->index(row, 0).data(ecoute::models::TeamModel::UserRole).toString() == toUser)
            team->setCurrentIndex(team->model()->index(row, 0));
    }
    QCOMPARE(dialog->selectedUser(), toUser);
    const QString note = QStringLiteral("Parle de son travail ; très fatiguée.");
    child<QPlainTextEdit>(dialog, "handoverNoteEdit")->setPlainText(note);
    child<QPushButton>(dialog, "transferButton")->click();

    // The sender's tab turns read-only and keeps the draft; the receiver sees the note apart.
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().isReleased(), kTimeout);
    QVERIFY(composer->isReadOnly());
    QCOMPARE(composer->toPlainText(), QStringLiteral("Un brouillon"));
    QTRY_VERIFY_WITH_TIMEOUT(toWindow.conversations()->paneFor(contactId), kTimeout);
    ConversationPane *received = toWindow.conversations()->paneFor(contactId);
    QCOMPARE(received->conversation().handover().note, note);
    QVERIFY(child<QLabel>(received, "handoverNote")->text().contains(note));
    QVERIFY(!transcriptContains(received, note));
    QVERIFY(seeker.waitFor(QStringLiteral("contact.notice")));
    to.session().logout();
}

QTEST_MAIN(TestUiWorkstation)
#include "tst_ui_workstation.moc"
