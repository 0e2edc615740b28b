// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real workstation widgets against a real ecoute-server: log in,
// take a contact from the inbox, chat, end; survive a server restart.

#include "ServerProcess.h"
#include "TestClient.h"
#include "models/Workstation.h"
#include "ui/ConnectionBanner.h"
#include "ui/ConversationPane.h"
#include "ui/ConversationTabs.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Presence;
using ecoute::models::Session;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::ConversationPane;
using ecoute::ui::LoginDialog;
using ecoute::ui::MainWindow;

namespace {
constexpr int kTimeout = 15000;

template<typename T> T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no child named" << name;
    return widget;
}

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

private:
    void logIn(LoginDialog &dialog, const QString &user, const QString &password);
    bool logInAsVolunteer();
    /// Seeker starts a chat and writes text; returns the contact id.
    QString startSeeker(TestClient &seeker, const QString &text);
    ConversationPane *acceptFirstContact(MainWindow &window);

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
    auto *table = child<QTableView>(&window, "inboxTable");
    if (!table || !QTest::qWaitFor([&] { return table->model()->rowCount() == 1; }, kTimeout))
        return nullptr;
    table->setFocus();
    table->selectRow(0);
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

    pane->setEndConfirmation([](QWidget *) { return true; });
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

QTEST_MAIN(TestUiWorkstation)
#include "tst_ui_workstation.moc"
