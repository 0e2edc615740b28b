// SPDX-License-Identifier: GPL-3.0-or-later
// The caller's number never leaves the bridge (issue 14): the real ecoute-voice answers calls
// from baresip phones and from hand-written trunk INVITEs (baresip cannot send Privacy or
// P-Asserted-Identity); the server side sees a keyed hash or "withheld", and the number is in
// no line the bridge writes and no file of its data directory.

#include "SipPeer.h"
#include "VoiceBridgeProcess.h"
#include "VoiceSteps.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUdpSocket>

using namespace ecoute::testing;
using namespace ecoute::testing::voice;
using namespace ecoute::protocol;

namespace {

const QString kNumber = QStringLiteral("+352621123456");
const QString kOtherNumber = QStringLiteral("+352691000111");
/// Every form of the test numbers that must not appear: E.164 without "+", national, local.
const QList<QByteArray> kForbidden {"352621123456", "621123456", "352691000111", "691000111"};
const QRegularExpression kHash(QStringLiteral("^c[0-9a-f]{32}$"));

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

/// One INVITE as a trunk sends it, with the headers a test chooses. It is always refused by
/// the test, so it only needs to ACK the final response.
class TrunkInvite
{
public:
    bool send(quint16 bridgePort, const QString &fromUser, const QByteArray &extraHeaders)
    {
        if (!m_socket.bind(QHostAddress::LocalHost, 0))
            return false;
        m_bridgePort = bridgePort;
        const QByteArray local = "127.0.0.1:" + QByteArray::number(m_socket.localPort());
        m_requestUri = "sip:line@127.0.0.1:" + QByteArray::number(bridgePort);
        m_via = "Via: SIP/2.0/UDP " + local + ";branch=z9hG4bK" + randomHex().toLatin1() + ";rport\r\n";
        m_from = "From: <sip:" + fromUser.toUtf8() + "@127.0.0.1>;tag=" + randomHex().toLatin1() + "\r\n";
        m_callId = "Call-ID: " + randomHex().toLatin1() + "@127.0.0.1\r\n";
        const QByteArray sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                               "m=audio 9 RTP/AVP 8 0\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\n"
                               "a=sendrecv\r\n";
        const QByteArray invite = "INVITE " + m_requestUri + " SIP/2.0\r\n" + m_via + "Max-Forwards: 70\r\n"
            + m_from + "To: <" + m_requestUri + ">\r\n" + m_callId + "CSeq: 1 INVITE\r\n"
            + "Contact: <sip:trunk@" + local + ">\r\n" + extraHeaders
            + "Content-Type: application/sdp\r\nContent-Length: " + QByteArray::number(sdp.size())
            + "\r\n\r\n" + sdp;
        return m_socket.writeDatagram(invite, QHostAddress::LocalHost, bridgePort) == invite.size();
    }

    /// The final response's status code (0 on timeout), ACKed as RFC 3261 says for a refusal.
    int waitFinal(int timeoutMs = 10000)
    {
        int status = 0;
        (void)QTest::qWaitFor(
            [&] {
                while (m_socket.hasPendingDatagrams()) {
                    const QByteArray response = m_socket.receiveDatagram().data();
                    const int code = response.mid(8, 3).toInt();
                    if (response.startsWith("SIP/2.0 ") && code >= 200) {
                        status = code;
                        acknowledge(response);
                    }
                }
                return status != 0;
            },
            timeoutMs);
        return status;
    }

private:
    void acknowledge(const QByteArray &response)
    {
        static const QRegularExpression to(QStringLiteral("^(To|t):[^\r\n]*\r\n"),
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption);
        const QByteArray toHeader = to.match(QString::fromUtf8(response)).captured(0).toUtf8();
        const QByteArray ack = "ACK " + m_requestUri + " SIP/2.0\r\n" + m_via + "Max-Forwards: 70\r\n"
            + m_from + toHeader + m_callId + "CSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n";
        m_socket.writeDatagram(ack, QHostAddress::LocalHost, m_bridgePort);
    }

    QUdpSocket m_socket;
    quint16 m_bridgePort = 0;
    QByteArray m_requestUri, m_via, m_from, m_callId;
};

} // namespace

class TestVoicePrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCallerIsAKeyedHash();
    void theSameCallerKeepsTheHash();
    void anotherCallerHasAnotherHash();
    void anAnonymousCallerIsWithheld();
    void privacyWinsOverAnAssertedIdentity();
    void theHashSurvivesARestart();
    void theNumberIsNowhere();
    void cleanupTestCase();

private:
    /// Calls the line from `peer`, refuses with `reason` and checks the SIP status the peer
    /// got; returns the caller field of voice.call.incoming.
    QString callAndRefuse(SipPeer &peer, const QString &reason, const QString &status);
    /// Sends a trunk INVITE, refuses it; the caller field.
    QString trunkCallAndRefuse(const QString &fromUser, const QByteArray &headers);

    VoiceBridgeProcess m_bridge {QStringLiteral(ECOUTE_VOICE_BINARY)};
    std::unique_ptr<SipPeer> m_caller;
    QString m_hash;
};

void TestVoicePrivacy::initTestCase()
{
    const QString missing = missingTool();
    QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" is not installed")));
    QVERIFY(m_bridge.start());
    m_caller = std::make_unique<SipPeer>(callerOptions(QStringLiteral("caller"), kNumber));
    QVERIFY(m_caller->start());
}

QString TestVoicePrivacy::callAndRefuse(SipPeer &peer, const QString &reason, const QString &status)
{
    const auto incoming = callTheLine(m_bridge, peer);
    if (!incoming) {
        qWarning() << "no voice.call.incoming" << m_bridge.diagnostics();
        return {};
    }
    m_bridge.send(MessageType::VoiceCallRefuse,
                  QJsonObject {{QStringLiteral("callId"), incoming->text("callId")},
                               {QStringLiteral("reason"), reason}});
    const auto closed = peer.waitClosed();
    if (!closed || !closed->startsWith(status)) {
        qWarning() << peer.name() << "expected" << status << "got"
                   << closed.value_or(QStringLiteral("no answer"));
        return {};
    }
    return incoming->text("caller");
}

QString TestVoicePrivacy::trunkCallAndRefuse(const QString &fromUser, const QByteArray &headers)
{
    TrunkInvite invite;
    if (!invite.send(m_bridge.sipPort(), fromUser, headers))
        return {};
    const auto incoming = m_bridge.waitFor(MessageType::VoiceCallIncoming);
    if (!incoming)
        return {};
    m_bridge.send(MessageType::VoiceCallRefuse,
                  QJsonObject {{QStringLiteral("callId"), incoming->text("callId")},
                               {QStringLiteral("reason"), QStringLiteral("busy")}});
    const int status = invite.waitFinal();
    if (status != 486) {
        qWarning() << "trunk INVITE: expected 486, got" << status;
        return {};
    }
    return incoming->text("caller");
}

void TestVoicePrivacy::aCallerIsAKeyedHash()
{
    // Answered, on hold for a moment, hung up by the caller: every path that might log.
    const auto incoming = callTheLine(m_bridge, *m_caller);
    QVERIFY2(incoming, m_bridge.diagnostics().constData());
    m_hash = incoming->text("caller");
    QVERIFY2(kHash.match(m_hash).hasMatch(), qPrintable(m_hash));
    const QString callId = incoming->text("callId");
    QVERIFY(admit(m_bridge, *m_caller, callId));
    QTest::qWait(1000); // some hold audio, RTP both ways
    QVERIFY(m_caller->hangup());
    const auto ended = m_bridge.waitFor(MessageType::VoiceCallEnded, callId);
    QVERIFY(ended);
    QCOMPARE(ended->text("reason"), QStringLiteral("hung_up"));
}

void TestVoicePrivacy::theSameCallerKeepsTheHash()
{
    QVERIFY(!m_hash.isEmpty());
    QCOMPARE(callAndRefuse(*m_caller, QStringLiteral("busy"), QStringLiteral("486")), m_hash);
    // The same number through a trunk INVITE: the hash is the number's, not the phone's.
    QCOMPARE(trunkCallAndRefuse(kNumber, "Privacy: none\r\n"), m_hash);
}

void TestVoicePrivacy::anotherCallerHasAnotherHash()
{
    SipPeer other(callerOptions(QStringLiteral("other caller"), kOtherNumber));
    QVERIFY(other.start());
    const QString hash = callAndRefuse(other, QStringLiteral("closed"), QStringLiteral("480"));
    QVERIFY2(kHash.match(hash).hasMatch(), qPrintable(hash));
    QVERIFY(hash != m_hash);
}

void TestVoicePrivacy::anAnonymousCallerIsWithheld()
{
    SipPeer anonymous(callerOptions(QStringLiteral("anonymous caller"), QStringLiteral("anonymous")));
    QVERIFY(anonymous.start());
    // callerOptions puts the user at 127.0.0.1; the RFC 3323 form is anonymous@anonymous.invalid.
    SipPeer::Options options =
        callerOptions(QStringLiteral("anonymous.invalid caller"), QStringLiteral("anonymous"));
    options.address = QStringLiteral("sip:anonymous@anonymous.invalid");
    SipPeer invalid(options);
    QVERIFY(invalid.start());
    QCOMPARE(callAndRefuse(anonymous, QStringLiteral("limited"), QStringLiteral("403")),
             QStringLiteral("withheld"));
    QCOMPARE(callAndRefuse(invalid, QStringLiteral("limited"), QStringLiteral("403")),
             QStringLiteral("withheld"));
}

void TestVoicePrivacy::privacyWinsOverAnAssertedIdentity()
{
    const QByteArray asserted =
        "P-Asserted-Identity: <sip:" + kNumber.toUtf8() + "@127.0.0.1;user=phone>\r\n";
    // The number in From and asserted, but the caller asked for privacy.
    QCOMPARE(trunkCallAndRefuse(kNumber, "Privacy: id\r\n" + asserted), QStringLiteral("withheld"));
    // An anonymous From with the network's asserted identity.
    QCOMPARE(trunkCallAndRefuse(QStringLiteral("anonymous"), asserted), QStringLiteral("withheld"));
}

void TestVoicePrivacy::theHashSurvivesARestart()
{
    QVERIFY(m_bridge.restart());
    QCOMPARE(callAndRefuse(*m_caller, QStringLiteral("busy"), QStringLiteral("486")), m_hash);
}

void TestVoicePrivacy::theNumberIsNowhere()
{
    m_caller->stop();
    QCOMPARE(m_bridge.stop(), 0);
    QVERIFY(m_bridge.undecodableLines().isEmpty());
    QStringList leaks;
    const auto check = [&leaks](const QString &where, const QByteArray &bytes) {
        for (const QByteArray &number : kForbidden) {
            if (bytes.contains(number))
                leaks << QStringLiteral("%1 holds %2").arg(where, QString::fromUtf8(number));
        }
    };
    check(QStringLiteral("the bridge's stdout"), m_bridge.standardOutput());
    check(QStringLiteral("the bridge's stderr"), m_bridge.standardError());
    int files = 0;
    QDirIterator it(m_bridge.dataDir(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        check(file.fileName(), file.readAll());
        ++files;
    }
    qInfo("checked %lld bytes of stdout, %lld of stderr and %d files",
          qlonglong(m_bridge.standardOutput().size()), qlonglong(m_bridge.standardError().size()), files);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    QVERIFY2(files > 0, "the bridge keeps its caller-hash key in its data directory");
}

void TestVoicePrivacy::cleanupTestCase()
{
    m_caller.reset();
    if (m_bridge.isRunning())
        m_bridge.stop();
}

QTEST_GUILESS_MAIN(TestVoicePrivacy)
#include "tst_voice_privacy.moc"
