// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation widgets fed with server frames directly (no server): inbox,
// conversation tab, pending messages, end of conversation, accessibility.

#include "models/connection/ErrorText.h"
#include "models/workstation/Workstation.h"
#include "ui/connection/LoginDialog.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/conversation/HardContactDialog.h"
#include "ui/conversation/TransferDialog.h"
#include "ui/conversation/WrapupBar.h"
#include "ui/inbox/InboxView.h"
#include "ui/inbox/OfferAlert.h"
#include "ui/inbox/OfferBar.h"
#include "ui/inbox/ShiftBar.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::InboxModel;
using ecoute::models::Presence;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::ui::ConversationPane;
using ecoute::ui::EndConversationDialog;
using ecoute::ui::MainWindow;
using ecoute::ui::OffShiftDialog;

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

Envelope offerFor(const QString &id, int timeoutMs = 30000)
{
    return Envelope::make(
        "offer",
        {{"contact", contactJson(id, "chat", "offered")},
         {"expiresAt", QDateTime::currentDateTimeUtc().addMSecs(timeoutMs).toString(Qt::ISODateWithMs)},
         {"timeoutMs", timeoutMs}});
}

Envelope presence(const QString &state, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert("state", state);
    return Envelope::make("presence.state", body);
}

/// A workstation and its window, fed by hand.
struct Desk
{
    Desk()
        : settings(dir.filePath("ecoute.ini"), QSettings::IniFormat), workstation(settings),
          window(workstation)
    {
        window.show();
    }
    QTemporaryDir dir;
    QSettings settings;
    Workstation workstation;
    MainWindow window;
};
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
        auto *table = window.findChild<QListView *>("inboxList");
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
        QVERIFY(!pane->findChild<QPushButton *>("transferButton")->isVisible());
        auto *close = pane->findChild<QPushButton *>("closeButton");
        QVERIFY(close->isVisible());
        close->click();
        QTRY_COMPARE(window.conversations()->count(), 0);
        QTRY_VERIFY(!workstation.conversations().find("k1"));
    }

    void offerRingsAndCanBeDeclined()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        auto *bar = desk.window.offerBar();
        QVERIFY(!bar->isVisible());
        QSignalSpy notified(desk.window.offerAlert(), &ecoute::ui::OfferAlert::notified);

        desk.workstation.handleEnvelope(Envelope::make(
            "inbox.snapshot", {{"contacts", QJsonArray {contactJson("k0", "chat", "waiting")}}}));
        desk.workstation.handleEnvelope(offerFor("k1"));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->contactId(), QStringLiteral("k1"));
        QVERIFY(bar->text().contains("Colibri k1"));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Contact offered to you"));
        QVERIFY(desk.window.offerAlert()->isRinging());
        // The offered row comes first and is selected: Enter in the inbox takes it.
        QCOMPARE(desk.window.inbox()->selectedContactId(), QStringLiteral("k1"));
        auto *accept = bar->findChild<QPushButton *>("acceptOfferButton");
        auto *decline = bar->findChild<QPushButton *>("declineOfferButton");
        QVERIFY(!accept->accessibleName().isEmpty() && !accept->shortcut().isEmpty());
        QVERIFY(!decline->accessibleName().isEmpty() && !decline->shortcut().isEmpty());

        QSignalSpy acceptRequested(desk.window.inbox(), &ecoute::ui::InboxView::acceptRequested);
        desk.window.findChild<QPushButton *>("acceptButton")->click();
        QCOMPARE(acceptRequested.count(), 1);
        QCOMPARE(acceptRequested.first().first().toString(), QStringLiteral("k1"));

        decline->click();
        QVERIFY(!bar->isVisible());
        QVERIFY(!desk.window.offerAlert()->isRinging());
        QCOMPARE(desk.workstation.inbox().rowCount(), 2); // still waiting, for someone else

        // Withdrawn because nobody answered: the ringing stops and the status bar says why.
        desk.workstation.handleEnvelope(offerFor("k2"));
        QVERIFY(bar->isVisible());
        desk.workstation.handleEnvelope(
            Envelope::make("offer.withdrawn", {{"contactId", "k2"}, {"reason", "timeout"}}));
        QVERIFY(!bar->isVisible());
        QCOMPARE(desk.window.statusBar()->currentMessage(),
                 QStringLiteral("Offer passed to another volunteer (no answer in time)."));
    }

    void presenceAndWrapupShow()
    {
        Desk desk;
        auto *shift = desk.window.shiftBar();
        auto *available = desk.window.findChild<QPushButton *>("presenceAvailable");
        auto *pause = desk.window.findChild<QPushButton *>("presencePause");
        auto *wrapup = desk.window.wrapupBar();
        QVERIFY(!wrapup->isVisible());

        desk.workstation.handleEnvelope(presence("available", {{"chosen", "available"}}));
        QVERIFY(available->isChecked());
        QCOMPARE(shift->stateText(), QStringLiteral("Available"));

        desk.workstation.handleEnvelope(presence("busy", {{"chosen", "available"}}));
        QVERIFY(available->isChecked());
        QCOMPARE(shift->stateText(), QStringLiteral("Busy (at capacity)"));

        const QString until = QDateTime::currentDateTimeUtc().addSecs(90).toString(Qt::ISODateWithMs);
        desk.workstation.handleEnvelope(
            presence("wrapup", {{"chosen", "available"}, {"wrapupUntil", until}}));
        QVERIFY(wrapup->isVisible());
        QVERIFY(wrapup->text().contains("1:30") || wrapup->text().contains("1:29"));
        QVERIFY(shift->stateText().startsWith("Wrap-up: "));
        QVERIFY(available->isChecked());
        for (const char *name : {"endWrapupButton", "extendWrapupButton"}) {
            auto *button = wrapup->findChild<QPushButton *>(name);
            QVERIFY(button && !button->accessibleName().isEmpty() && !button->shortcut().isEmpty());
        }

        desk.workstation.handleEnvelope(presence("pause", {{"chosen", "pause"}, {"reason", "repas"}}));
        QVERIFY(!wrapup->isVisible());
        QVERIFY(pause->isChecked());
        QCOMPARE(shift->stateText(), QStringLiteral("Pause: repas"));
        QCOMPARE(desk.window.findChild<QLineEdit *>("pauseReason")->text(), QStringLiteral("repas"));
    }

    void goingOffShiftAsksAboutActiveConversations()
    {
        Desk desk;
        desk.workstation.handleEnvelope(presence("available", {{"chosen", "available"}}));
        desk.workstation.handleEnvelope(
            Envelope::make("conversation.open",
                           {{"contact", contactJson("k1", "chat", "active")}, {"messages", QJsonArray {}}}));
        int asked = 0;
        desk.window.shiftBar()->setOffShiftQuestion([&](QWidget *, int active) {
            asked = active;
            return OffShiftDialog::Choice::Cancel;
        });
        auto *off = desk.window.findChild<QPushButton *>("presenceOff");
        off->click();
        QCOMPARE(asked, 1);
        QVERIFY(!off->isChecked()); // cancelled: still available
        QVERIFY(desk.window.findChild<QPushButton *>("presenceAvailable")->isChecked());

        // Without active conversations nothing is asked.
        desk.workstation.handleEnvelope(
            Envelope::make("contact.ended", {{"contactId", "k1"}, {"by", "seeker"}}));
        asked = 0;
        off->click();
        QCOMPARE(asked, 0);

        // The real dialog offers both ways and a cancel.
        OffShiftDialog dialog(2);
        QVERIFY(dialog.findChild<QPushButton *>("finishButton"));
        QVERIFY(dialog.findChild<QPushButton *>("handBackButton"));
    }

    void handoverNoteAndRelease()
    {
        Desk desk;
        desk.workstation.handleEnvelope(Envelope::make(
            "conversation.open",
            {{"contact", contactJson("k1", "chat", "active")},
             {"messages",
              QJsonArray {QJsonObject {
                  {"seq", 1}, {"from", "seeker"}, {"text", "Bonsoir"}, {"at", "2026-01-10T21:00:00Z"}}}},
             {"handover",
              QJsonObject {{"fromUser", "volunteer2"},
                           {"fromName", "Camille"},
                           {"note", "Parle de son frère."},
                           {"at", "2026-01-10T21:05:00Z"}}}}));
        ConversationPane *pane = desk.window.conversations()->currentPane();
        QVERIFY(pane);
        auto *note = pane->findChild<QLabel *>("handoverNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains("Camille"));
        QVERIFY(note->text().contains("Parle de son frère."));
        QCOMPARE(pane->conversation().transcript()->rowCount(), 1);

        auto *composer = pane->findChild<QPlainTextEdit *>("composer");
        QTest::keyClicks(composer, "Je suis encore en train d'ecrire");
        desk.workstation.handleEnvelope(
            Envelope::make("contact.released", {{"contactId", "k1"}, {"reason", "requeued"}}));
        QVERIFY(composer->isReadOnly());
        QCOMPARE(composer->toPlainText(), QStringLiteral("Je suis encore en train d'ecrire")); // kept
        QVERIFY(pane->statusText().contains("queue"));
        QVERIFY(pane->findChild<QPushButton *>("closeButton")->isVisible());
        QVERIFY(!pane->findChild<QPushButton *>("sendButton")->isEnabled());
        QVERIFY(desk.window.conversations()->tabText(0).contains("passed on"));
        QVERIFY(desk.window.statusBar()->currentMessage().contains("queue"));
    }

    void hardContactSuggestsAPause()
    {
        Desk desk;
        desk.workstation.handleEnvelope(
            Envelope::make("conversation.open",
                           {{"contact", contactJson("k1", "chat", "active")}, {"messages", QJsonArray {}}}));
        ConversationPane *pane = desk.window.conversations()->currentPane();
        pane->setEndConfirmation([](QWidget *) { return EndConversationDialog::Choice::EndHard; });
        pane->findChild<QPushButton *>("endButton")->click();
        QVERIFY(pane->conversation().markedHard());
        desk.workstation.handleEnvelope(
            Envelope::make("contact.ended", {{"contactId", "k1"}, {"by", "volunteer"}}));
        ecoute::ui::HardContactDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window.findChild<ecoute::ui::HardContactDialog *>())
                    && dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>("hardContactText")->text().contains("supervisor"));
        // The supervision feature's hook: ask for a debrief about this contact.
        QVERIFY(dialog->findChild<QPushButton *>("debriefButton")->isVisible());
        QSignalSpy pause(dialog, &ecoute::ui::HardContactDialog::pauseRequested);
        dialog->findChild<QPushButton *>("takePauseButton")->click();
        QCOMPARE(pause.count(), 1);
        QVERIFY(!pause.first().first().toString().isEmpty());

        // The end dialog has the hard-contact box.
        EndConversationDialog end;
        QVERIFY(end.findChild<QCheckBox *>("hardContactCheck"));
        QCOMPARE(end.choice(), EndConversationDialog::Choice::Keep);
    }

    void transferDialogListsColleagues()
    {
        Desk desk;
        desk.workstation.handleEnvelope(
            Envelope::make("conversation.open",
                           {{"contact", contactJson("k1", "chat", "active")}, {"messages", QJsonArray {}}}));
        ConversationPane *pane = desk.window.conversations()->currentPane();
        auto *transfer = pane->findChild<QPushButton *>("transferButton");
        QVERIFY(transfer->isVisible() && !transfer->shortcut().isEmpty());
        transfer->click();
        ecoute::ui::TransferDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window.findChild<ecoute::ui::TransferDialog *>()) && dialog->isVisible());
        auto *send = dialog->findChild<QPushButton *>("transferButton");
        QVERIFY(!send->isEnabled());
        desk.workstation.handleEnvelope(
            Envelope::make("team.snapshot",
                           {{"members",
                             QJsonArray {QJsonObject {{"user", "volunteer2"},
                                                      {"displayName", "Camille"},
                                                      {"role", "volunteer"},
                                                      {"state", "available"},
                                                      {"conversations", 1},
                                                      {"channels", QJsonArray {"chat"}},
                                                      {"languages", QJsonArray {"fr"}}},
                                         QJsonObject {{"user", "zoe"},
                                                      {"displayName", "Zoé"},
                                                      {"role", "volunteer"},
                                                      {"state", "pause"},
                                                      {"conversations", 0},
                                                      {"channels", QJsonArray {"chat"}},
                                                      {"languages", QJsonArray {"fr"}}}}}}));
        auto *list = dialog->findChild<QListView *>("teamList");
        QCOMPARE(list->model()->rowCount(), 2);
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(dialog->selectedUser(), QStringLiteral("volunteer2"));
        QVERIFY(send->isEnabled());
        auto *note = dialog->findChild<QPlainTextEdit *>("handoverNoteEdit");
        note->setPlainText(QString(1001, 'x'));
        QVERIFY(!send->isEnabled()); // over 1000 characters
        note->setPlainText("Parle de son frère.");
        QVERIFY(send->isEnabled());
        dialog->reject();
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

    void practiceContactIsMarkedEverywhere()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(&desk.window));
        QJsonObject practice = contactJson("p1", "chat", "waiting");
        practice.insert("practice", true);
        desk.workstation.handleEnvelope(Envelope::make(
            "inbox.snapshot", {{"contacts", QJsonArray {contactJson("r1", "chat", "waiting")}}}));
        desk.workstation.handleEnvelope(Envelope::make("contact.update", {{"contact", practice}}));

        // Inbox: the practice row says so, in its own colour; the real one does not.
        auto *table = desk.window.findChild<QListView *>("inboxList");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        const int practiceRow = desk.workstation.inbox().rowOf("p1");
        const int realRow = desk.workstation.inbox().rowOf("r1");
        const QModelIndex practiceName = table->model()->index(practiceRow, InboxModel::PseudonymColumn);
        const QModelIndex realName = table->model()->index(realRow, InboxModel::PseudonymColumn);
        QVERIFY(practiceName.data().toString().startsWith("PRACTICE"));
        QVERIFY(!realName.data().toString().contains("PRACTICE"));
        const QColor practiceColour = practiceName.data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(practiceColour.isValid());
        QVERIFY(!realName.data(Qt::BackgroundRole).isValid());
        const QColor urgentRed(0xb7, 0x1c, 0x1c);
        QVERIFY(practiceName.data(Qt::ForegroundRole).value<QBrush>().color() != urgentRed);

        // A real conversation: no mark anywhere.
        QJsonObject realActive = contactJson("r1", "chat", "active");
        desk.workstation.handleEnvelope(
            Envelope::make("conversation.open", {{"contact", realActive}, {"messages", QJsonArray {}}}));
        ConversationPane *realPane = desk.window.conversations()->paneFor("r1");
        QVERIFY(realPane);
        QCOMPARE(desk.window.conversations()->currentPane(), realPane);
        QVERIFY(realPane->practiceText().isEmpty());
        QVERIFY(!realPane->findChild<QLabel *>("conversationHeader")->text().contains("PRACTICE"));
        const int realTab = desk.window.conversations()->indexOf(realPane);
        QVERIFY(!desk.window.conversations()->tabText(realTab).contains("PRACTICE"));
        QCOMPARE(desk.window.windowTitle(), QStringLiteral("Ecoute"));

        // The practice one, once accepted: banner, header, tab and window title.
        QJsonObject practiceActive = contactJson("p1", "chat", "active");
        practiceActive.insert("practice", true);
        desk.workstation.handleEnvelope(
            Envelope::make("conversation.open", {{"contact", practiceActive}, {"messages", QJsonArray {}}}));
        ConversationPane *practicePane = desk.window.conversations()->paneFor("p1");
        QVERIFY(practicePane);
        QCOMPARE(desk.window.conversations()->currentPane(), practicePane);
        QCOMPARE(practicePane->practiceText(),
                 QStringLiteral("Practice — this is a training exercise, not a real person in distress."));
        auto *banner = practicePane->findChild<QLabel *>("practiceBanner");
        QVERIFY(banner && banner->isVisible());
        QVERIFY(!banner->accessibleName().isEmpty());
        QVERIFY(banner->palette().color(QPalette::Window) != urgentRed);
        QVERIFY(practicePane->findChild<QLabel *>("conversationHeader")->text().startsWith("PRACTICE"));
        const int practiceTab = desk.window.conversations()->indexOf(practicePane);
        QCOMPARE(desk.window.conversations()->tabText(practiceTab), QStringLiteral("PRACTICE · Colibri p1"));
        QVERIFY(desk.window.conversations()->tabBar()->tabTextColor(practiceTab).isValid());
        QCOMPARE(desk.window.windowTitle(), QStringLiteral("PRACTICE · Colibri p1 — Ecoute"));

        // A message in the background tab keeps the mark; back on the real one, the title is plain.
        desk.window.conversations()->setCurrentWidget(realPane);
        QCOMPARE(desk.window.windowTitle(), QStringLiteral("Ecoute"));
        desk.workstation.handleEnvelope(Envelope::make("chat.message",
                                                       {{"contactId", "p1"},
                                                        {"seq", 1},
                                                        {"from", "seeker"},
                                                        {"text", "Bonjour"},
                                                        {"at", "2026-01-10T21:00:00Z"}}));
        QVERIFY(desk.window.conversations()->tabText(practiceTab).startsWith("PRACTICE"));
        QVERIFY(!desk.window.conversations()->tabText(realTab).contains("PRACTICE"));
        desk.window.conversations()->setCurrentWidget(practicePane);
        QCOMPARE(desk.window.windowTitle(), QStringLiteral("PRACTICE · Colibri p1 — Ecoute"));
    }

    void practiceOfferIsMarked()
    {
        Desk desk;
        QSignalSpy notified(desk.window.offerAlert(), &ecoute::ui::OfferAlert::notified);
        QJsonObject practice = contactJson("p2", "chat", "offered");
        practice.insert("practice", true);
        desk.workstation.handleEnvelope(Envelope::make(
            "offer",
            {{"contact", practice},
             {"expiresAt", QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::ISODateWithMs)},
             {"timeoutMs", 30000}}));
        QVERIFY(desk.window.offerBar()->text().startsWith("PRACTICE"));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Practice contact offered to you"));
        QVERIFY(notified.first().at(1).toString().startsWith("PRACTICE"));
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
        workstation.handleEnvelope(offerFor("k2"));
        workstation.handleEnvelope(presence("wrapup", {{"wrapupUntil", "2030-01-01T00:00:00Z"}}));
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QAbstractItemView *>(w);
            // Qt's own parts of a composite widget (table header and corner, tab scroll buttons,
            // a line edit's clear button).
            bool part = w->objectName().startsWith("qt_");
            for (QWidget *p = w->parentWidget(); p && p != &window; p = p->parentWidget())
                part = part || qobject_cast<QAbstractItemView *>(p) || qobject_cast<QTabBar *>(p)
                    || qobject_cast<QLineEdit *>(p);
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
