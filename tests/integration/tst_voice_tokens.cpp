// SPDX-License-Identifier: GPL-3.0-or-later
// A workstation reaches a call only with the one-time token the server handed it (issue 14):
// the real ecoute-voice refuses a reused token, an unknown one and a token sent over plain
// UDP, and none of these becomes a call of its own.

#include "SipPeer.h"
#include "VoiceBridgeProcess.h"
#include "VoiceSteps.h"

#include <QJsonObject>
#include <QTest>

using namespace ecoute::testing;
using namespace ecoute::testing::voice;
using namespace ecoute::protocol;

class TestVoiceTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aTokenOpensOneLegOnce();
    void anUnknownTokenIsRefused();
    void aTokenOverUdpIsRefused();
    void aDroppedLegEnds();
    void theCallerHangingUpEndsTheCall();
    void cleanupTestCase();

private:
    /// `peer` dials `uri`; true if the call was refused with 403 and no leg or call came of it.
    bool refused(SipPeer &peer, const QString &uri);

    VoiceBridgeProcess m_bridge {QStringLiteral(ECOUTE_VOICE_BINARY)};
    std::unique_ptr<SipPeer> m_caller;
    std::unique_ptr<SipPeer> m_volunteer;
    std::unique_ptr<SipPeer> m_intruder; ///< a second workstation phone holding a leaked token
    QString m_callId;
    QString m_token;
};

void TestVoiceTokens::initTestCase()
{
    const QString missing = missingTool();
    QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" is not installed")));
    QVERIFY(m_bridge.start());
    m_caller =
        std::make_unique<SipPeer>(callerOptions(QStringLiteral("caller"), QStringLiteral("+352621123456")));
    m_volunteer = std::make_unique<SipPeer>(staffOptions(QStringLiteral("volunteer"), 1000, m_bridge));
    m_intruder = std::make_unique<SipPeer>(staffOptions(QStringLiteral("intruder"), 1600, m_bridge));
    QVERIFY(m_caller->start());
    QVERIFY(m_volunteer->start());
    QVERIFY(m_intruder->start());
    const auto incoming = callTheLine(m_bridge, *m_caller);
    QVERIFY2(incoming, m_bridge.diagnostics().constData());
    m_callId = incoming->text("callId");
    QVERIFY(admit(m_bridge, *m_caller, m_callId));
}

bool TestVoiceTokens::refused(SipPeer &peer, const QString &uri)
{
    const qsizetype before = m_bridge.received().size();
    if (!peer.dial(uri))
        return false;
    const auto reason = peer.waitClosed();
    if (!reason || !reason->startsWith(QStringLiteral("403"))) {
        qWarning() << peer.name() << "dialled" << uri << "and got"
                   << reason.value_or(QStringLiteral("no answer"));
        return false;
    }
    // Nothing came of it: no leg up, no new call for the server to queue.
    for (const Envelope &line : m_bridge.received().mid(before)) {
        if (line.messageType == MessageType::VoiceLegUp
            || line.messageType == MessageType::VoiceCallIncoming) {
            qWarning() << "the refused dial still produced" << line.type;
            return false;
        }
    }
    return true;
}

void TestVoiceTokens::aTokenOpensOneLegOnce()
{
    m_token = randomToken();
    QVERIFY(m_bridge.send(MessageType::VoiceLegExpect,
                          QJsonObject {{QStringLiteral("callId"), m_callId},
                                       {QStringLiteral("legId"), QStringLiteral("leg-1")},
                                       {QStringLiteral("token"), m_token}}));
    QVERIFY(m_volunteer->dial(m_bridge.sipTlsUri(m_token)));
    const auto up = m_bridge.waitFor(MessageType::VoiceLegUp, m_callId);
    QVERIFY2(up, m_bridge.diagnostics().constData());
    QCOMPARE(up->text("legId"), QStringLiteral("leg-1"));
    QVERIFY(m_volunteer->waitEstablished());

    // The same token again, from another phone, while the first leg is up.
    QVERIFY(refused(*m_intruder, m_bridge.sipTlsUri(m_token)));
    QVERIFY(!m_volunteer->callClosed());
}

void TestVoiceTokens::anUnknownTokenIsRefused()
{
    QVERIFY(refused(*m_intruder, m_bridge.sipTlsUri(randomToken())));
    QVERIFY(refused(*m_intruder, m_bridge.sipTlsUri(QStringLiteral("line"))));
}

void TestVoiceTokens::aTokenOverUdpIsRefused()
{
    // Valid and unused, but on the trunk's transport (no TLS, so no pinning and no SRTP keys
    // worth the name): refused, and not taken for a caller either.
    const QString token = randomToken();
    QVERIFY(m_bridge.send(MessageType::VoiceLegExpect,
                          QJsonObject {{QStringLiteral("callId"), m_callId},
                                       {QStringLiteral("legId"), QStringLiteral("leg-2")},
                                       {QStringLiteral("token"), token}}));
    QVERIFY(refused(*m_intruder, m_bridge.sipUri(token)));
}

void TestVoiceTokens::aDroppedLegEnds()
{
    QVERIFY(m_bridge.send(MessageType::VoiceLegDrop,
                          QJsonObject {{QStringLiteral("callId"), m_callId},
                                       {QStringLiteral("legId"), QStringLiteral("leg-1")}}));
    QVERIFY2(m_volunteer->waitClosed(), m_bridge.diagnostics().constData());
    QVERIFY(!m_caller->callClosed());
    // Its token is spent for good.
    QVERIFY(refused(*m_intruder, m_bridge.sipTlsUri(m_token)));
}

void TestVoiceTokens::theCallerHangingUpEndsTheCall()
{
    QVERIFY(m_caller->hangup());
    const auto ended = m_bridge.waitFor(MessageType::VoiceCallEnded, m_callId);
    QVERIFY(ended);
    QCOMPARE(ended->text("reason"), QStringLiteral("hung_up"));
    QVERIFY(m_bridge.undecodableLines().isEmpty());
    QCOMPARE(m_bridge.stop(), 0);
}

void TestVoiceTokens::cleanupTestCase()
{
    m_caller.reset();
    m_volunteer.reset();
    m_intruder.reset();
    if (m_bridge.isRunning())
        m_bridge.stop();
}

QTEST_GUILESS_MAIN(TestVoiceTokens)
#include "tst_voice_tokens.moc"
