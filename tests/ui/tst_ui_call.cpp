// SPDX-License-Identifier: GPL-3.0-or-later
// The call bar of a phone contact (real widgets, offscreen) over the workstation's call model, fed
// with synthetic call frames and a fake engine: its states, timer and level meters, the buttons'
// accessible names and shortcuts, a supervisor's Listen/Whisper/Barge in group, no reply box for a
// caller, and the headset choice in the preferences.

#include "models/conversation/Conversation.h"
#include "models/phone/CallList.h"
#include "models/workstation/Preferences.h"
#include "tests/mock/FakeSoftphone.h"
#include "tests/mock/ManualClock.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/phone/CallBar.h"
#include "ui/phone/LevelMeter.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/supervision/WhisperView.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QComboBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using ecoute::models::CallList;
using ecoute::models::CallSession;
using ecoute::models::Contact;
using ecoute::models::Conversation;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
using ecoute::tests::FakeSoftphone;
using ecoute::tests::ManualClock;
using ecoute::ui::CallBar;
using ecoute::ui::ConversationPane;
using ecoute::ui::EndConversationDialog;
using ecoute::ui::LevelMeter;

namespace {
Contact contact(const QString &channel)
{
    return Contact::fromJson({{"id", "k1"},
                              {"channel", channel},
                              {"pseudonym", "Mésange 12"},
                              {"language", "fr"},
                              {"state", "active"},
                              {"createdAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
}

Envelope callConnect()
{
    return Envelope::make(MessageType::CallConnect,
                          {{"contactId", "k1"}, {"token", "0123abcd"}, {"sipTlsPort", 5061}});
}

Envelope callState(const QString &state, const QString &reason = {}, const QString &re = {})
{
    QJsonObject body {{"contactId", "k1"}, {"state", state}};
    if (!reason.isEmpty())
        body.insert("reason", reason);
    return Envelope::make(MessageType::CallState, body, re);
}

QString nameOf(QWidget *widget)
{
    return QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
}

QAccessible::Role roleOf(QWidget *widget)
{
    return QAccessible::queryAccessibleInterface(widget)->role();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no child named" << name;
    return widget;
}
} // namespace

class TestUiCall : public QObject
{
    Q_OBJECT

private:
    QList<Envelope> m_sent;
    FakeSoftphone m_phone;
    ManualClock m_clock;
    std::unique_ptr<CallList> m_calls;

    QStringList sentTypes() const
    {
        QStringList types;
        for (const Envelope &e : m_sent)
            types << e.type;
        return types;
    }

private slots:
    void init()
    {
        m_sent.clear();
        m_calls = std::make_unique<CallList>(
            [this](const Envelope &e) {
                m_sent.append(e);
                return QStringLiteral("c%1").arg(m_sent.size());
            },
            CallList::Server {[] { return QStringLiteral("ecoute.example.org"); },
                              [] {
                                  return QByteArrayLiteral("pinned DER");
                              }});
        m_calls->setClock([this] { return m_clock.monotonicMs(); });
        m_calls->setSoftphone(&m_phone);
    }

    void aVolunteerOnACall()
    {
        Conversation conversation(contact("phone"));
        QObject::connect(&conversation, &Conversation::sendRequested, this,
                         [this](const Envelope &e) { m_sent.append(e); });
        ConversationPane pane(conversation);
        pane.setEndConfirmation([](QWidget *) { return EndConversationDialog::Choice::End; });
        pane.setCalls(m_calls.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        CallBar *bar = pane.callBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(roleOf(bar), QAccessible::Pane);
        QCOMPARE(nameOf(bar), QStringLiteral("Phone call"));
        // A caller hears, never reads: no reply box; the call bar ends the contact.
        QVERIFY(!child<QPlainTextEdit>(&pane, "composer")->isVisible());
        QVERIFY(!child<QPushButton>(&pane, "sendButton")->isVisible());
        QVERIFY(!child<QPushButton>(&pane, "endButton")->isVisible());
        QCOMPARE(bar->stateText(), QStringLiteral("Connecting…"));

        m_calls->handleConnect(callConnect());
        QCOMPARE(bar->call(), m_calls->find("k1"));
        QCOMPARE(bar->stateText(), QStringLiteral("Connecting…"));
        m_phone.ringing();
        QCOMPARE(bar->stateText(), QStringLiteral("Ringing…"));
        QVERIFY(bar->timerText().isEmpty());
        m_phone.established();
        QCOMPARE(bar->stateText(), QStringLiteral("On the call"));
        QCOMPARE(child<QLabel>(bar, "callState")->text(), QStringLiteral("On the call"));
        QCOMPARE(child<QLabel>(bar, "callTimer")->text(), QStringLiteral("00:00"));
        m_clock.advanceSeconds(65);
        QCOMPARE(bar->timerText(), QStringLiteral("01:05"));
        m_clock.advanceSeconds(3600);
        QCOMPARE(bar->timerText(), QStringLiteral("01:01:05"));

        // The level meters: named progress bars with a value.
        LevelMeter *microphone = bar->microphoneLevel();
        QVERIFY(microphone->isVisible());
        QCOMPARE(nameOf(microphone), QStringLiteral("Microphone level"));
        QCOMPARE(nameOf(bar->speakerLevel()), QStringLiteral("Speaker level"));
        QCOMPARE(roleOf(microphone), QAccessible::ProgressBar);
        m_phone.levels(-30.0F, -6.0F);
        QAccessibleValueInterface *value =
            QAccessible::queryAccessibleInterface(microphone)->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->currentValue().toInt(), 50);
        QCOMPARE(bar->speakerLevel()->value(), 90);

        // Buttons named after their text; shortcuts in the tooltips.
        auto *hold = child<QPushButton>(bar, "holdButton");
        auto *mute = child<QPushButton>(bar, "muteButton");
        auto *end = child<QPushButton>(bar, "endCallButton");
        QVERIFY(hold->isVisible() && mute->isVisible() && end->isVisible());
        QVERIFY(!child<QWidget>(bar, "callModes")->isVisible()); // a supervisor's
        QCOMPARE(nameOf(hold), QStringLiteral("Hold"));
        QCOMPARE(nameOf(mute), QStringLiteral("Mute"));
        QCOMPARE(nameOf(end), QStringLiteral("End call…"));
        QCOMPARE(hold->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        QCOMPARE(mute->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QVERIFY(hold->toolTip().contains(hold->shortcut().toString(QKeySequence::NativeText)));

        // Ctrl+Shift+M mutes at once; Ctrl+Shift+H asks for hold, which the server confirms.
        // A button's shortcut clicks it with a short animation: the click comes a moment later.
        QTest::keyClick(&pane, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!m_sent.isEmpty());
        QCOMPARE(m_sent.last().messageType, MessageType::CallMute);
        QCOMPARE(m_sent.last().body.value("on").toBool(), true);
        QVERIFY(m_phone.muted);
        QCOMPARE(nameOf(mute), QStringLiteral("Unmute"));
        QCOMPARE(bar->microphoneLevel()->value(), 0);
        QTest::keyClick(&pane, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_sent.last().messageType, MessageType::CallHold);
        QCOMPARE(m_sent.last().body.value("on").toBool(), true);
        m_calls->handleState(callState("held"));
        QCOMPARE(bar->stateText(), QStringLiteral("On hold"));
        QCOMPARE(nameOf(hold), QStringLiteral("Resume"));
        QCOMPARE(hold->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)); // kept when relabelled
        const qsizetype before = m_sent.size();
        QTest::keyClick(&pane, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_sent.size(), before + 1);
        QCOMPARE(m_sent.last().body.value("on").toBool(), false);
        m_calls->handleState(callState("connected"));
        QCOMPARE(nameOf(hold), QStringLiteral("Hold"));
        mute->click();
        QCOMPARE(nameOf(mute), QStringLiteral("Mute"));

        // End call goes the conversation's own way (contact.end after the confirmation).
        end->click();
        QCOMPARE(m_sent.last().messageType, MessageType::ContactEnd);
        m_calls->handleState(callState("ended", "bridge_lost"));
        QCOMPARE(bar->stateText(), QStringLiteral("The call ended: the phone bridge restarted."));
        QVERIFY(!hold->isVisible() && !mute->isVisible());
        QCOMPARE(bar->timerText(), QStringLiteral("01:01:05")); // how long it lasted
        const int sent = int(m_sent.size());
        QTest::keyClick(&pane, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(200); // longer than a shortcut's click animation
        QCOMPARE(int(m_sent.size()), sent); // nothing to mute any more
    }

    void aSupervisorChoosesTheirPart()
    {
        Conversation conversation(contact("phone"));
        conversation.setAccess(Conversation::Access::Supervising);
        ConversationPane pane(conversation);
        pane.setCalls(m_calls.get());
        m_calls->handleConnect(callConnect());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        CallBar *bar = pane.callBar();
        m_phone.established();
        QVERIFY(!child<QPushButton>(bar, "holdButton")->isVisible()); // the volunteer's
        QVERIFY(!child<QPushButton>(bar, "endCallButton")->isVisible());
        QVERIFY(child<QPushButton>(bar, "muteButton")->isVisible());
        QVERIFY(pane.whisperView()->isVisible()); // written whispers stay
        QVERIFY(child<QPushButton>(&pane, "takeOverButton")->isVisible()); // the pane's own takeover
        QVERIFY(!child<QPlainTextEdit>(&pane, "composer")->isVisible());
        QWidget *modes = child<QWidget>(bar, "callModes");
        QVERIFY(modes->isVisible());
        QCOMPARE(nameOf(modes), QStringLiteral("Your part in the call"));
        auto *listen = child<QPushButton>(bar, "listenButton");
        auto *whisper = child<QPushButton>(bar, "whisperButton");
        auto *barge = child<QPushButton>(bar, "bargeButton");
        QCOMPARE(roleOf(whisper), QAccessible::RadioButton);
        QCOMPARE(nameOf(listen), QStringLiteral("Listen"));
        QCOMPARE(nameOf(whisper), QStringLiteral("Whisper"));
        QCOMPARE(nameOf(barge), QStringLiteral("Barge in"));
        QVERIFY(listen->isChecked());

        whisper->click();
        QCOMPARE(m_sent.last().messageType, MessageType::SupervisionMode);
        QCOMPARE(m_sent.last().body, (QJsonObject {{"contactId", "k1"}, {"mode", "whisper"}}));
        QVERIFY(whisper->isChecked());
        // Refused: the choice goes back to what the server holds.
        QVERIFY(m_calls->handleError(Envelope::make(MessageType::Error, {{"code", "forbidden"}}, "c1")));
        QVERIFY(listen->isChecked());
        barge->click();
        QCOMPARE(m_sent.last().body.value("mode").toString(), QStringLiteral("barge"));
        m_calls->handleState(callState("connected", {}, "c2"));
        QVERIFY(barge->isChecked());
        QCOMPARE(m_calls->find("k1")->mode(), ecoute::protocol::CallSupervisorMode::Barge);
    }

    /// In French (the longest of our languages) the bar fits the conversation column of a 1366 px
    /// window with the notes beside it, in every state, for a volunteer and a supervisor
    /// (ECOUTE_SCREENSHOT_DIR: saved as call-*.png).
    void theBarFitsInFrench()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/ecoute_fr")));
        QCoreApplication::installTranslator(&french);
        constexpr int kColumn = 640;
        for (const auto access : {Conversation::Access::Answering, Conversation::Access::Supervising}) {
            Conversation conversation(contact("phone"));
            conversation.setAccess(access);
            ConversationPane pane(conversation);
            pane.setCalls(m_calls.get());
            m_calls->handleConnect(callConnect());
            m_phone.established();
            m_phone.levels(-18.0F, -9.0F);
            pane.resize(kColumn, 480);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            CallBar *bar = pane.callBar();
            QCOMPARE(bar->stateText(), QStringLiteral("En communication"));
            QVERIFY2(bar->minimumSizeHint().width() <= kColumn,
                     qPrintable(QString::number(bar->minimumSizeHint().width())));
            m_calls->find("k1")->setMuted(true);
            m_calls->handleState(callState("held"));
            QVERIFY2(bar->minimumSizeHint().width() <= kColumn,
                     qPrintable(QString::number(bar->minimumSizeHint().width())));
            QCoreApplication::sendPostedEvents(); // the layout follows the longer labels
            for (QPushButton *button : bar->findChildren<QPushButton *>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
            if (qEnvironmentVariableIsSet("ECOUTE_SCREENSHOT_DIR"))
                pane.grab().save(qEnvironmentVariable("ECOUTE_SCREENSHOT_DIR")
                                 + (access == Conversation::Access::Answering ? "/call-volunteer.png"
                                                                              : "/call-supervisor.png"));
            m_calls->remove("k1");
        }
        QCoreApplication::removeTranslator(&french);
    }

    void aChatHasNoCallBar()
    {
        Conversation conversation(contact("chat"));
        ConversationPane pane(conversation);
        pane.setCalls(m_calls.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.callBar()->isVisible());
        QVERIFY(child<QPlainTextEdit>(&pane, "composer")->isVisible());
        QVERIFY(child<QPushButton>(&pane, "endButton")->isVisible());
    }

    void theHeadsetIsChosenInThePreferences()
    {
        QTemporaryDir dir;
        ecoute::models::Preferences preferences(dir.filePath("prefs.ini"));
        preferences.setOutputDevice("gone-speaker");
        ecoute::ui::PreferencesDialog dialog(preferences);
        dialog.setAudioDevices({{{"in-usb", "USB headset"}, {"in-laptop", "Built-in microphone"}},
                                {{"out-usb", "USB headset"}}});
        auto *microphone = child<QComboBox>(&dialog, "microphoneCombo");
        auto *speaker = child<QComboBox>(&dialog, "speakerCombo");
        QCOMPARE(microphone->accessibleName(), QStringLiteral("Microphone"));
        QCOMPARE(speaker->accessibleName(), QStringLiteral("Speaker or earphones"));
        QCOMPARE(microphone->count(), 3); // the system's default first
        QCOMPARE(microphone->currentIndex(), 0);
        // A saved device that is not plugged in stays chosen, and says so.
        QCOMPARE(speaker->count(), 3);
        QCOMPARE(speaker->currentData().toByteArray(), QByteArray("gone-speaker"));
        microphone->setCurrentIndex(microphone->findData(QByteArray("in-usb")));
        speaker->setCurrentIndex(speaker->findData(QByteArray("out-usb")));
        dialog.apply();
        QCOMPARE(preferences.inputDevice(), QByteArray("in-usb"));
        QCOMPARE(preferences.outputDevice(), QByteArray("out-usb"));
    }
};

QTEST_MAIN(TestUiCall)
#include "tst_ui_call.moc"
