// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation widgets fed with server frames directly (no server): inbox,
// conversation tab, pending messages, end of conversation, accessibility.

#include "models/ErrorText.h"
#include "models/Workstation.h"
#include "ui/ConversationPane.h"
#include "ui/ConversationTabs.h"
#include "ui/InboxView.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QIcon>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::InboxModel;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::ui::MainWindow;

namespace {
QJsonObject contactJson(const QString &id, const QString &channel, const QString &state)
{
    return {{"id", id},
            {"channel", channel},
            {"pseudonym", "Colibri " + id},
            {"language", "fr"},
            {"state", state},
            {"createdAt", QDateTime::currentDateTimeUtc().addSecs(-90).toString(Qt::ISODate)},
            {"urgent", false}};
}
} // namespace

class TestUiWidgets : public QObject
{
    Q_OBJECT

private slots:
    void inboxConversationAndEnd()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        Workstation workstation(settings);
        MainWindow window(workstation);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        workstation.handleEnvelope(Envelope::make(
            "inbox.snapshot",
            {{"contacts",
              QJsonArray {contactJson("k1", "chat", "waiting"), contactJson("k2", "email", "waiting")}}}));
        auto *table = window.findChild<QTableView *>("inboxTable");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        const QModelIndex channel = table->model()->index(0, InboxModel::ChannelColumn);
        QVERIFY(!channel.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(window.inbox()->selectedContactId(), QStringLiteral("k1")); // Enter takes the first

        QSignalSpy accepted(window.inbox(), &ecoute::ui::InboxView::acceptRequested);
        window.findChild<QPushButton *>("acceptButton")->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().first().toString(), QStringLiteral("k1"));

        workstation.handleEnvelope(Envelope::make(
            "conversation.open",
            {{"contact", contactJson("k1", "chat", "active")},
             {"messages",
              QJsonArray {QJsonObject {
                  {"seq", 1}, {"from", "seeker"}, {"text", "Bonsoir"}, {"at", "2026-01-10T21:00:00Z"}}}}}));
        QCOMPARE(table->model()->rowCount(), 1);
        ecoute::ui::ConversationPane *pane = window.conversations()->currentPane();
        QVERIFY(pane);
        QCOMPARE(pane->conversation().transcript()->rowCount(), 1);

        // Not connected: the reply waits in the outbox and shows as pending.
        auto *composer = pane->findChild<QPlainTextEdit *>("composer");
        QTest::keyClicks(composer, "Bonsoir, je vous ecoute.");
        pane->findChild<QPushButton *>("sendButton")->click();
        QVERIFY(composer->toPlainText().isEmpty());
        QCOMPARE(pane->conversation().transcript()->pendingCount(), 1);
        QCOMPARE(pane->conversation().outboxSize(), 1);

        if (qEnvironmentVariableIsSet("ECOUTE_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("ECOUTE_SCREENSHOT_DIR") + "/mainwindow.png");

        workstation.handleEnvelope(Envelope::make("contact.ended", {{"contactId", "k1"}, {"by", "seeker"}}));
        QVERIFY(composer->isReadOnly());
        auto *close = pane->findChild<QPushButton *>("closeButton");
        QVERIFY(close->isVisible());
        close->click();
        QTRY_COMPARE(window.conversations()->count(), 0);
        QTRY_VERIFY(!workstation.conversations().find("k1"));
    }

    void loginDialogExplainsProblems()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        Workstation workstation(settings);
        ecoute::ui::LoginDialog dialog(workstation);
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>("serverAddress");
        auto *user = dialog.findChild<QLineEdit *>("userName");
        auto *password = dialog.findChild<QLineEdit *>("password");

        // Unencrypted to a remote host is refused before anything is sent.
        QTest::keyClicks(address, "http://ecoute.example.org:8080");
        QTest::keyClicks(user, "volunteer");
        QTest::keyClicks(password, "secret");
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.statusText().contains("encrypted"));
        QCOMPARE(workstation.connection().state(), ecoute::models::Connection::State::Closed);

        // Nothing listens there: the dialog says so, and Ecoute keeps trying.
        address->clear();
        QTest::keyClicks(address, "ws://127.0.0.1:1");
        QTest::keyClicks(password, "secret");
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(password->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.statusText(), ecoute::models::ErrorText::unreachable(), 15000);
        QVERIFY(address->isEnabled()); // the volunteer can fix the address

        dialog.reject(); // stops retrying
        QCOMPARE(workstation.connection().state(), ecoute::models::Connection::State::Closed);
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        Workstation workstation(settings);
        MainWindow window(workstation);
        workstation.handleEnvelope(
            Envelope::make("conversation.open",
                           {{"contact", contactJson("k1", "phone", "active")}, {"messages", QJsonArray {}}}));
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QAbstractItemView *>(w);
            // Qt's own parts of a composite widget (table header and corner, tab scroll buttons).
            bool part = w->objectName().startsWith("qt_");
            for (QWidget *p = w->parentWidget(); p && p != &window; p = p->parentWidget())
                part = part || qobject_cast<QAbstractItemView *>(p) || qobject_cast<QTabBar *>(p);
            if (interactive && !part)
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(QStringLiteral("%1 %2 in %3")
                                        .arg(w->metaObject()->className(), w->objectName(),
                                             w->parentWidget()->metaObject()->className())));
        }
    }
};

QTEST_MAIN(TestUiWidgets)
#include "tst_ui_widgets.moc"
