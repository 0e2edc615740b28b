// SPDX-License-Identifier: GPL-3.0-or-later
// A phone call at the workstation, fed with synthetic server frames and a fake engine (the engine
// is not what is tested here): the state machine, the call's duration on a manual clock, the
// one-time token overwritten and never logged, the sentences that say why a call ended, and the
// requests it sends (hold, mute, a supervisor's mode).

#include "models/connection/ErrorText.h"
#include "models/phone/CallList.h"
#include "models/workstation/Preferences.h"
#include "models/workstation/Workstation.h"
#include "tests/mock/FakeSoftphone.h"
#include "tests/mock/ManualClock.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::CallEnd;
using ecoute::models::CallList;
using ecoute::models::CallSession;
using ecoute::models::CallText;
using ecoute::models::Softphone;
using ecoute::protocol::CallSupervisorMode;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
using ecoute::tests::FakeSoftphone;
using ecoute::tests::ManualClock;
using State = ecoute::models::CallSession::State;

namespace {
const QString kToken = QStringLiteral("5f0c1e2d3c4b5a69788796a5b4c3d2e1f0011223");

Envelope callConnect(const QString &contactId, const QString &token = kToken, int port = 5061)
{
    return Envelope::make(MessageType::CallConnect,
                          {{"contactId", contactId}, {"token", token}, {"sipTlsPort", port}});
}

Envelope callState(const QString &contactId, const QString &state, const QString &reason = {},
                   const QString &re = {})
{
    QJsonObject body {{"contactId", contactId}, {"state", state}};
    if (!reason.isEmpty())
        body.insert("reason", reason);
    return Envelope::make(MessageType::CallState, body, re);
}

Envelope error(const QString &re, const QString &code)
{
    return Envelope::make(MessageType::Error, {{"code", code}, {"message", "developer text"}}, re);
}

/// What the calls asked the server, with made-up request ids.
struct Outbox
{
    QList<Envelope> sent;
    bool online = true;
    CallSession::Sender sender()
    {
        return [this](const Envelope &e) {
            if (!online)
                return QString();
            sent.append(e);
            return QStringLiteral("c%1").arg(sent.size());
        };
    }
};

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
}
} // namespace

class TestCallSession : public QObject
{
    Q_OBJECT

private:
    Outbox m_out;
    FakeSoftphone m_phone;
    ManualClock m_clock;
    QString m_host = QStringLiteral("ecoute.example.org");
    QByteArray m_pin = QByteArrayLiteral("\x30\x82 certificate DER");
    std::unique_ptr<CallList> m_calls;

    CallSession *connectCall(const QString &contactId = QStringLiteral("k1"))
    {
        m_calls->handleConnect(callConnect(contactId));
        return m_calls->find(contactId);
    }

private slots:
    void init()
    {
        m_out = {};
        m_phone.dials.clear();
        m_phone.calls = m_phone.hangUps = 0;
        m_phone.muted = false;
        m_calls = std::make_unique<CallList>(m_out.sender(),
                                             CallList::Server {[this] { return m_host; },
                                                               [this] {
                                                                   return m_pin;
                                                               }});
        m_calls->setClock([this] { return m_clock.monotonicMs(); });
        m_calls->setSoftphone(&m_phone);
    }

    void buildsTheSipUri()
    {
        QCOMPARE(CallSession::sipUri("abc", "ecoute.example.org", 5061),
                 QStringLiteral("sip:abc@ecoute.example.org:5061;transport=tls"));
        QCOMPARE(CallSession::sipUri("abc", "192.0.2.7", 5071),
                 QStringLiteral("sip:abc@192.0.2.7:5071;transport=tls"));
        QCOMPARE(CallSession::sipUri("abc", "2001:db8::1", 5061),
                 QStringLiteral("sip:abc@[2001:db8::1]:5061;transport=tls"));
    }

    void callConnectDialsTheServersHostWithThePin()
    {
        CallSession *call = connectCall();
        QVERIFY(call);
        QCOMPARE(call->state(), State::Connecting);
        QCOMPARE(m_phone.dials.size(), 1);
        QCOMPARE(m_phone.dials[0].uri.toString(), "sip:" + kToken + "@ecoute.example.org:5061;transport=tls");
        QCOMPARE(m_phone.dials[0].pin, m_pin);
        QVERIFY(call->holdsEngine());
        QCOMPARE(m_calls->onTheLine(), call);
    }

    void theTokenIsOverwrittenOnceDialled()
    {
        CallSession call("k1", m_out.sender());
        QString token = kToken;
        call.connectCall(&m_phone, token, m_host, 5061, m_pin);
        QVERIFY(token.isEmpty()); // overwritten, then emptied
        QCOMPARE(m_phone.dials.size(), 1);
        QVERIFY(m_phone.dials[0].uri.toString().contains(kToken));
        // Refused before dialling: wiped just the same.
        QString other = kToken;
        call.connectCall(nullptr, other, m_host, 5061, m_pin);
        QVERIFY(other.isEmpty());
        QCOMPARE(call.endCause(), CallEnd::NoEngine);
    }

    void theTokenIsNeverLogged()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        ecoute::models::Workstation workstation(settings);
        workstation.setSoftphone(&m_phone);
        workstation.connection().open(ecoute::models::ServerAddress::parse("ws://127.0.0.1:9"));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        workstation.handleEnvelope(callConnect("k1"));
        workstation.handleEnvelope(callState("k1", "connecting"));
        m_phone.established();
        workstation.handleEnvelope(callState("k1", "ended", "hung_up"));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        workstation.connection().close();
        // Dialled (plain ws on loopback: no certificate to pin), and nothing logged holds the token.
        QCOMPARE(m_phone.dials.size(), 1);
        QCOMPARE(m_phone.dials[0].uri.toString(), "sip:" + kToken + "@127.0.0.1:5061;transport=tls");
        QVERIFY(m_phone.dials[0].pin.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
    }

    void noPinNoCallToARemoteHost()
    {
        m_pin.clear();
        CallSession *call = connectCall();
        QVERIFY(m_phone.dials.isEmpty());
        QCOMPARE(call->state(), State::Ended);
        QCOMPARE(call->endCause(), CallEnd::UnknownCertificate);
        QVERIFY(!call->endText().isEmpty());
        m_pin = QByteArrayLiteral("\x30\x82 certificate DER");
    }

    void withoutAnEngineTheCallEndsWithASentence()
    {
        m_calls->setSoftphone(nullptr);
        CallSession *call = connectCall();
        QCOMPARE(call->state(), State::Ended);
        QCOMPARE(call->endText(), CallText::ended(CallEnd::NoEngine));
        QVERIFY(call->endText().contains("phone engine"));
    }

    void followsTheEngineAndTheServer()
    {
        CallSession *call = connectCall();
        QSignalSpy states(call, &CallSession::stateChanged);
        m_calls->handleState(callState("k1", "connecting"));
        QCOMPARE(call->state(), State::Connecting);
        m_phone.ringing();
        QCOMPARE(call->state(), State::Ringing);
        m_phone.established();
        QCOMPARE(call->state(), State::Connected);
        m_calls->handleState(callState("k1", "connected"));
        m_calls->handleState(callState("k1", "held"));
        QCOMPARE(call->state(), State::Held);
        QVERIFY(call->isHeld());
        m_calls->handleState(callState("k1", "connected"));
        QCOMPARE(call->state(), State::Connected);
        m_phone.levels(-12.5F, -200.0F);
        QCOMPARE(call->inputDb(), -12.5F);
        QCOMPARE(call->outputDb(), CallSession::minimumDb);
        m_calls->handleState(callState("k1", "ended", "bridge_lost"));
        QCOMPARE(call->state(), State::Ended);
        QCOMPARE(call->endText(), QStringLiteral("The call ended: the phone bridge restarted."));
        QCOMPARE(m_phone.hangUps, 1); // the engine lets go of the line
        QVERIFY(!m_calls->onTheLine());
        QCOMPARE(states.size(), 5); // ringing, connected, held, connected, ended: none for repeats
        // A late frame does not bring it back.
        m_calls->handleState(callState("k1", "connected"));
        QCOMPARE(call->state(), State::Ended);
    }

    void theEngineEndingExplainsItself()
    {
        m_phone.failNextDial = Softphone::EndReason::NoMicrophone;
        CallSession *call = connectCall();
        QCOMPARE(call->state(), State::Ended);
        QCOMPARE(call->endCause(), CallEnd::NoMicrophone);
        QVERIFY(call->endText().startsWith("No microphone was found"));
        QCOMPARE(m_phone.hangUps, 0); // the engine ended it itself
        QVERIFY(!m_calls->onTheLine());
        // The server's view comes later; the first reason is the one that explains it.
        m_calls->handleState(callState("k1", "connecting"));
        m_calls->handleState(callState("k1", "ended", "timeout"));
        QCOMPARE(call->endCause(), CallEnd::NoMicrophone);

        // call.connect anew: a fresh leg on the same session.
        CallSession *again = connectCall();
        QCOMPARE(again, call);
        QCOMPARE(call->state(), State::Connecting);
        m_phone.ended(Softphone::EndReason::BridgeUnreachable);
        QVERIFY(call->endText().startsWith("The phone line could not be reached"));
    }

    void everyEndHasItsSentence_data()
    {
        QTest::addColumn<int>("end");
        for (int end = int(CallEnd::HungUp); end <= int(CallEnd::ContactClosed); ++end)
            QTest::addRow("%d", end) << end;
    }
    void everyEndHasItsSentence()
    {
        QFETCH(int, end);
        const QString sentence = CallText::ended(CallEnd(end));
        QVERIFY(!sentence.isEmpty());
        QVERIFY(sentence.endsWith('.'));
        QVERIFY(CallText::ended(CallEnd::None).isEmpty());
    }

    void theDurationFollowsTheClock()
    {
        CallSession *call = connectCall();
        m_clock.advanceSeconds(7); // ringing: not counted
        QCOMPARE(call->elapsedMs(), qint64(0));
        m_phone.established();
        m_clock.advanceSeconds(65);
        QCOMPARE(call->elapsedMs(), qint64(65'000));
        QCOMPARE(CallText::duration(call->elapsedMs()), QStringLiteral("01:05"));
        m_calls->handleState(callState("k1", "held")); // on hold is still the call
        m_clock.advanceSeconds(3600);
        QCOMPARE(CallText::duration(call->elapsedMs()), QStringLiteral("01:01:05"));
        m_calls->contactClosed("k1");
        QCOMPARE(call->endCause(), CallEnd::ContactClosed);
        m_clock.advanceSeconds(30);
        QCOMPARE(call->elapsedMs(), qint64(3'665'000)); // frozen at the end
        QCOMPARE(CallText::duration(0), QStringLiteral("00:00"));
        QCOMPARE(CallText::duration(59'999), QStringLiteral("00:59"));
        QCOMPARE(CallText::duration(10 * 3600'000LL + 5'000), QStringLiteral("10:00:05"));
    }

    void holdAndMuteAreRequests()
    {
        CallSession *call = connectCall();
        m_phone.established();
        call->setHold(true);
        QCOMPARE(m_out.sent.last().messageType, MessageType::CallHold);
        QCOMPARE(m_out.sent.last().body, (QJsonObject {{"contactId", "k1"}, {"on", true}}));
        QCOMPARE(call->state(), State::Connected); // until the server says so
        QSignalSpy muted(call, &CallSession::mutedChanged);
        call->setMuted(true);
        QVERIFY(call->isMuted());
        QVERIFY(m_phone.muted); // the microphone stops at once
        QCOMPARE(m_out.sent.last().messageType, MessageType::CallMute);
        QCOMPARE(m_out.sent.last().body, (QJsonObject {{"contactId", "k1"}, {"on", true}}));
        QCOMPARE(muted.size(), 1);
        m_phone.levels(-3.0F, -20.0F);
        QCOMPARE(call->inputDb(), CallSession::minimumDb); // muted: nothing goes out

        // A refusal is told as a sentence, and consumed.
        QSignalSpy errors(m_calls.get(), &CallList::errorMessage);
        QVERIFY(m_calls->handleError(error("c1", "not_found")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0][0].toString(), CallText::refused(MessageType::CallHold, "not_found"));
        QVERIFY(!m_calls->handleError(error("c99", "not_found")));

        m_out.online = false;
        call->setHold(false);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[1][0].toString(), ecoute::models::ErrorText::connectionLost());
    }

    void aSupervisorChangesMode()
    {
        CallSession *call = connectCall();
        m_phone.established();
        QCOMPARE(call->mode(), CallSupervisorMode::Listen);
        QSignalSpy modes(call, &CallSession::modeChanged);
        call->setMode(CallSupervisorMode::Whisper);
        QCOMPARE(m_out.sent.last().messageType, MessageType::SupervisionMode);
        QCOMPARE(m_out.sent.last().body, (QJsonObject {{"contactId", "k1"}, {"mode", "whisper"}}));
        QCOMPARE(call->shownMode(), CallSupervisorMode::Whisper);
        QCOMPARE(call->mode(), CallSupervisorMode::Listen); // not yet confirmed
        m_calls->handleState(callState("k1", "connected", {}, "c1"));
        QCOMPARE(call->mode(), CallSupervisorMode::Whisper);
        QCOMPARE(modes.size(), 2);

        // Refused: back to what the server holds, with a sentence.
        QSignalSpy errors(m_calls.get(), &CallList::errorMessage);
        call->setMode(CallSupervisorMode::Barge);
        QCOMPARE(call->shownMode(), CallSupervisorMode::Barge);
        QVERIFY(m_calls->handleError(error("c2", "forbidden")));
        QCOMPARE(call->shownMode(), CallSupervisorMode::Whisper);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0][0].toString(), CallText::refused(MessageType::SupervisionMode, "forbidden"));

        // Nothing is asked of an ended call, nor a takeover through a mode.
        call->setMode(CallSupervisorMode::TakeOver);
        QCOMPARE(m_out.sent.size(), 2);
        m_calls->handleState(callState("k1", "ended", "dropped"));
        call->setMode(CallSupervisorMode::Listen);
        call->setHold(true);
        call->setMuted(true);
        QCOMPARE(m_out.sent.size(), 2);
        QCOMPARE(call->endText(), QStringLiteral("The call ended: your line was disconnected."));
    }

    void oneEngineOneCall()
    {
        CallSession *first = connectCall("k1");
        m_phone.established();
        CallSession *second = connectCall("k2");
        QCOMPARE(first->state(), State::Ended);
        QCOMPARE(first->endCause(), CallEnd::OtherCall);
        QCOMPARE(m_phone.hangUps, 1);
        QCOMPARE(m_calls->onTheLine(), second);
        m_phone.established(); // the engine's news are the second call's
        QCOMPARE(second->state(), State::Connected);
        QCOMPARE(first->state(), State::Ended);
        // Closing the conversation removes its session and hangs up.
        m_calls->remove("k2");
        QCOMPARE(m_phone.hangUps, 2);
        QVERIFY(!m_calls->find("k2"));
        QVERIFY(!m_calls->onTheLine());
    }

    void theWorkstationRoutesCallFrames()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        ecoute::models::Preferences preferences(dir.filePath("prefs.ini"));
        preferences.setInputDevice("usb-headset-in");
        ecoute::models::Workstation workstation(settings);
        workstation.setSoftphone(&m_phone, &preferences);
        QCOMPARE(m_phone.input, QByteArray("usb-headset-in"));
        preferences.setOutputDevice("usb-headset-out");
        QCOMPARE(m_phone.output, QByteArray("usb-headset-out"));

        workstation.connection().open(ecoute::models::ServerAddress::parse("ws://127.0.0.1:9"));
        workstation.handleEnvelope(callConnect("k7"));
        CallSession *call = workstation.calls().find("k7");
        QVERIFY(call);
        workstation.handleEnvelope(callState("k7", "connected"));
        QCOMPARE(call->state(), State::Connected);
        // The contact ends: no audio goes on, whatever the bridge says later.
        workstation.handleEnvelope(
            Envelope::make(MessageType::ContactEnded, {{"contactId", "k7"}, {"by", "volunteer"}}));
        QCOMPARE(call->state(), State::Ended);
        QCOMPARE(m_phone.hangUps, 1);
        workstation.connection().close();
    }
};

QTEST_GUILESS_MAIN(TestCallSession)
#include "tst_callsession.moc"
