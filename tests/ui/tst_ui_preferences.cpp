// SPDX-License-Identifier: GPL-3.0-or-later
// The preferences dialog (round trip through models::Preferences, names for assistive
// technology) and the compact supervision-request form: pre-set to the conversation shown,
// Send focused, the request that reaches the server, Esc, offline. A loopback WebSocket
// server records what the workstation sends; server frames are fed by hand.

#include "UiTestSupport.h"
#include "models/connection/ServerAddress.h"
#include "models/workstation/Preferences.h"
#include "models/workstation/Workstation.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/supervision/SupervisionPanel.h"
#include "ui/supervision/SupervisionRequestDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using ecoute::models::Preferences;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::testing::child;
using ecoute::ui::PreferencesDialog;
using ecoute::ui::SupervisionPanel;
using ecoute::ui::SupervisionRequestDialog;
using Language = ecoute::models::Preferences::Language;

namespace {
constexpr int kTimeout = 5000;

bool activate(QWidget &window)
{
    window.show();
    window.raise();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QString withoutMnemonic(const QString &text)
{
    return QString(text).remove(QLatin1Char('&'));
}

/// A form's controls are named by the visible text of their label (or their own text).
void checkNamesMatchVisibleText(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (QWidget *buddy = label->buddy()) {
            QString text = withoutMnemonic(label->text()).trimmed();
            while (text.endsWith(':'))
                text = text.chopped(1).trimmed();
            QCOMPARE(buddy->accessibleName(), text);
        }
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty())
            QCOMPARE(button->accessibleName(), withoutMnemonic(button->text()));
    }
}

QJsonObject contactJson(const QString &id)
{
    return {{"id", id},
            {"channel", "chat"},
            {"pseudonym", "Colibri " + id},
            {"language", "fr"},
            {"state", "active"},
            {"createdAt", QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate)},
            {"urgent", false}};
}

Envelope open(const QString &id)
{
    return Envelope::make("conversation.open", {{"contact", contactJson(id)}, {"messages", QJsonArray {}}});
}

/// A staff WebSocket on loopback (plain ws://, allowed there) that keeps every frame it receives.
class RecordingServer : public QObject
{
public:
    RecordingServer() : m_server(QStringLiteral("test"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
                    frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &frame : frames) {
            if (frame.value("type").toString() == type)
                out.append(frame);
        }
        return out;
    }

    QList<QJsonObject> frames;

private:
    QWebSocketServer m_server;
};

/// A volunteer's workstation with two conversations, and their "My requests" panel.
struct Desk
{
    Desk()
        : settings(dir.filePath("ecoute.ini"), QSettings::IniFormat), workstation(settings),
          panel(workstation)
    {
        workstation.handleEnvelope(open("k1"));
        workstation.handleEnvelope(open("k2"));
    }
    bool connectTo(RecordingServer &server)
    {
        workstation.connection().open(ecoute::models::ServerAddress::parse(server.url()));
        return QTest::qWaitFor([this] { return workstation.connection().isConnected(); }, kTimeout);
    }
    QTemporaryDir dir;
    QSettings settings;
    Workstation workstation;
    SupervisionPanel panel;
};
} // namespace

class TestUiPreferences : public QObject
{
    Q_OBJECT

private slots:
    void preferencesRoundTrip()
    {
        QTemporaryDir dir;
        Preferences prefs(dir.filePath("prefs.ini"));
        prefs.setLanguage(Language::German);
        prefs.setIdleLockMinutes(7);
        prefs.setFontPointSize(12);
        prefs.setMessageSound(false);

        PreferencesDialog dialog(prefs);
        QVERIFY(activate(dialog));
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        auto *font = child<QComboBox>(&dialog, "fontSizeCombo");
        auto *idle = child<QSpinBox>(&dialog, "idleLockSpin");
        auto *offer = child<QCheckBox>(&dialog, "offerSoundCheck");
        auto *message = child<QCheckBox>(&dialog, "messageSoundCheck");
        auto *notifications = child<QCheckBox>(&dialog, "notificationsCheck");
        QVERIFY(language && font && idle && offer && message && notifications);
        // The form shows what is stored; the keyboard starts at the top.
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(font->currentData().toInt(), 12);
        QCOMPARE(idle->value(), 7);
        QVERIFY(offer->isChecked());
        QVERIFY(!message->isChecked());
        QVERIFY(notifications->isChecked());
        QCOMPARE(QApplication::focusWidget(), language);
        QVERIFY(language->accessibleDescription().contains("next time"));
        checkNamesMatchVisibleText(&dialog);
        QCOMPARE(language->accessibleName(), QStringLiteral("Interface language"));
        QCOMPARE(idle->accessibleName(), QStringLiteral("Lock the notes after"));

        // Cancel (Esc) changes nothing.
        QSignalSpy languageChanged(&prefs, &Preferences::languageChanged);
        language->setCurrentIndex(language->findData(int(Language::English)));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(prefs.language(), Language::German);
        QCOMPARE(languageChanged.count(), 0);

        // OK writes every field, and says what changed.
        PreferencesDialog again(prefs);
        QVERIFY(activate(again));
        language = child<QComboBox>(&again, "languageCombo");
        language->setCurrentIndex(language->findData(int(Language::System)));
        child<QComboBox>(&again, "fontSizeCombo")->setCurrentIndex(0); // the system's size
        QSignalSpy idleChanged(&prefs, &Preferences::idleLockMinutesChanged);
        auto *idleAgain = child<QSpinBox>(&again, "idleLockSpin");
        idleAgain->setFocus();
        idleAgain->selectAll();
        QTest::keyClicks(idleAgain, "15");
        child<QCheckBox>(&again, "offerSoundCheck")->setChecked(false);
        child<QCheckBox>(&again, "notificationsCheck")->setChecked(false);
        child<QCheckBox>(&again, "messageSoundCheck")->setChecked(true);
        child<QPushButton>(&again, "okButton")->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(prefs.language(), Language::System);
        QCOMPARE(languageChanged.count(), 1);
        QCOMPARE(prefs.fontPointSize(), Preferences::kSystemFontSize);
        QCOMPARE(prefs.idleLockMinutes(), 15);
        QCOMPARE(idleChanged.count(), 1);
        QVERIFY(!prefs.offerSound());
        QVERIFY(!prefs.desktopNotifications());
        QVERIFY(prefs.messageSound());
    }

    void administratorsNeverIsKept()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("prefs.ini"), QSettings::IniFormat);
        settings.setValue("notes/idleLockMinutes", 0);
        Preferences prefs(settings);
        PreferencesDialog dialog(prefs);
        auto *idle = child<QSpinBox>(&dialog, "idleLockSpin");
        QCOMPARE(idle->value(), 0);
        QVERIFY(!idle->specialValueText().isEmpty());
        dialog.accept();
        QCOMPARE(prefs.idleLockMinutes(), 0);
    }

    void requestFormIsPresetAndSends()
    {
        RecordingServer server;
        QVERIFY(server.listen());
        Desk desk;
        QVERIFY(desk.connectTo(server));
        QSignalSpy requestsChanged(&desk.panel, &SupervisionPanel::requestsChanged);
        QVERIFY(!desk.panel.hasRequests());
        QVERIFY(activate(desk.panel));

        // Opened pre-set to the conversation shown, Send focused: Enter sends at once.
        desk.panel.setCurrentContact("k2");
        SupervisionRequestDialog *dialog = desk.panel.openRequestDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->contactId(), QStringLiteral("k2"));
        QCOMPARE(child<QComboBox>(dialog, "supervisionContact")->currentText(), QStringLiteral("Colibri k2"));
        QCOMPARE(dialog->kind(), QStringLiteral("when_possible"));
        auto *send = child<QPushButton>(dialog, "sendSupervisionRequestButton");
        QCOMPARE(dialog->focusWidget(), send); // what has the focus once the desktop activates it
        checkNamesMatchVisibleText(dialog);
        QCOMPARE(send->accessibleName(), QStringLiteral("Send"));
        QVERIFY(!send->accessibleDescription().isEmpty());

        // Enter in the message sends too (Send is the default button).
        auto *message = child<QLineEdit>(dialog, "supervisionMessage");
        QTest::keyClicks(message, "Elle parle de partir.");
        QPointer<SupervisionRequestDialog> guard(dialog);
        QTest::keyClick(message, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(server.ofType("supervision.request").size(), 1, kTimeout);
        const QJsonObject body = server.ofType("supervision.request").first().value("body").toObject();
        QCOMPARE(body.value("kind").toString(), QStringLiteral("when_possible"));
        QCOMPARE(body.value("contactId").toString(), QStringLiteral("k2"));
        QCOMPARE(body.value("message").toString(), QStringLiteral("Elle parle de partir."));
        QTRY_VERIFY(!guard); // closed and gone
        QVERIFY(desk.panel.statusText().contains("Request sent"));

        // The server's answer: the panel now has a request (the dock may show).
        desk.workstation.handleEnvelope(Envelope::make(
            "auth.ok",
            {{"token", QString(64, 'a')},
             {"expiresAt", QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)},
             {"user", "volunteer"},
             {"role", "volunteer"}}));
        desk.workstation.handleEnvelope(Envelope::make(
            "supervision.update",
            {{"request",
              QJsonObject {{"id", "r1"},
                           {"kind", "when_possible"},
                           {"state", "waiting"},
                           {"volunteer", "volunteer"},
                           {"contactId", "k2"},
                           {"createdAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}}}));
        QVERIFY(desk.panel.hasRequests());
        QCOMPARE(requestsChanged.count(), 1);
        QCOMPARE(requestsChanged.first().first().toBool(), true);
        QVERIFY(child<QPushButton>(&desk.panel, "cancelRequestButton")->isEnabled());
        checkNamesMatchVisibleText(&desk.panel);

        // Another kind, chosen by keyboard, about no particular conversation.
        desk.panel.setCurrentContact({});
        dialog = desk.panel.openRequestDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->contactId(), QString());
        dialog->setKind("debrief");
        child<QPushButton>(dialog, "sendSupervisionRequestButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(server.ofType("supervision.request").size(), 2, kTimeout);
        const QJsonObject second = server.ofType("supervision.request").last().value("body").toObject();
        QCOMPARE(second.value("kind").toString(), QStringLiteral("debrief"));
        QVERIFY(!second.contains("contactId"));
        QVERIFY(!second.contains("message"));
    }

    void escapeCancelsAndOfflineKeepsTheForm()
    {
        RecordingServer server;
        QVERIFY(server.listen());
        Desk desk;
        QVERIFY(desk.connectTo(server));
        QVERIFY(activate(desk.panel));
        desk.panel.setCurrentContact("k1");
        QPointer<SupervisionRequestDialog> dialog = desk.panel.openRequestDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QTest::qWait(50);
        QVERIFY(server.ofType("supervision.request").isEmpty());

        // Offline: nothing goes out, the form stays with what was typed and says why.
        desk.workstation.connection().close();
        dialog = desk.panel.openRequestDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "supervisionMessage"), "Besoin d'aide");
        child<QPushButton>(dialog, "sendSupervisionRequestButton")->click();
        QVERIFY(dialog && dialog->isVisible());
        auto *problem = child<QLabel>(dialog, "supervisionRequestProblem");
        QVERIFY(problem->isVisible() && problem->text().contains("not connected"));
        QVERIFY(problem->accessibleName().isEmpty()); // read as its text
        QCOMPARE(dialog->message(), QStringLiteral("Besoin d'aide"));
        QVERIFY(server.ofType("supervision.request").isEmpty());
        dialog->reject();
    }
};

QTEST_MAIN(TestUiPreferences)
#include "tst_ui_preferences.moc"
