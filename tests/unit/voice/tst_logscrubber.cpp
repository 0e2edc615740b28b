// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/logging/LogScrubber.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using ecoute::voice::LogScrubber;

namespace {

// What must never survive in a scrubbed line, whatever the test case.
const QStringList kSecrets = {
    QStringLiteral("352621123456"),
    QStringLiteral("621123456"),
    QStringLiteral("0621123456"),
    QStringLiteral("123456"),
    QStringLiteral("192.0.2"),
    QStringLiteral("10.0.0.1"),
    QStringLiteral("127.0.0.1"),
    QStringLiteral("2001:db8"),
    QStringLiteral("db8::"),
    QStringLiteral("anonymous"),
    QStringLiteral("Dupont"),
    QStringLiteral("a84b4c76e66710"),
    QStringLiteral("@"),
    QStringLiteral("12 34 56"),
    QStringLiteral("12.34.56"),
    QStringLiteral("pbx.example"),
    QStringLiteral("trunk.example"),
    QStringLiteral("5060"),
    QStringLiteral("5061"),
    QStringLiteral("fe80"),
    QStringLiteral("ffff"),
    QStringLiteral("as5f"),
    QStringLiteral("z9hG4bK"),
    QStringLiteral("1928301774"),
};

QString leakIn(const QString &scrubbed)
{
    for (const QString &secret : kSecrets) {
        if (scrubbed.contains(secret, Qt::CaseInsensitive))
            return secret;
    }
    // a long digit run, or a URI ("sip: " alone is libre's module prefix)
    static const QRegularExpression pattern(QStringLiteral("\\d{6,}|\\b(?:sips?|tel):\\S"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(scrubbed);
    return m.hasMatch() ? m.captured() : QString();
}

// One INVITE as a trunk would send it, and the bridge's answer.
const QStringList kInvite = {
    QStringLiteral("INVITE sip:line@192.0.2.20:5060 SIP/2.0"),
    QStringLiteral("Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds;rport"),
    QStringLiteral("Max-Forwards: 70"),
    QStringLiteral("From: \"Jean Dupont\" <sip:+352621123456@trunk.example.net>;tag=1928301774"),
    QStringLiteral("To: <sip:line@192.0.2.20>"),
    QStringLiteral("Call-ID: a84b4c76e66710@192.0.2.10"),
    QStringLiteral("CSeq: 1 INVITE"),
    QStringLiteral("Contact: <sip:+352621123456@192.0.2.10:5060;transport=udp>"),
    QStringLiteral("P-Asserted-Identity: \"Jean Dupont\" <tel:+352621123456>"),
    QStringLiteral("Privacy: none"),
    QStringLiteral("Content-Type: application/sdp"),
    QStringLiteral("Content-Length: 142"),
    QString(),
    QStringLiteral("v=0"),
    QStringLiteral("o=jdupont 2890844526 2890844526 IN IP4 192.0.2.10"),
    QStringLiteral("s=-"),
    QStringLiteral("c=IN IP4 192.0.2.10"),
    QStringLiteral("t=0 0"),
    QStringLiteral("m=audio 49170 RTP/AVP 8"),
    QStringLiteral("a=rtpmap:8 PCMA/8000"),
    QStringLiteral(
        "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32"),
};

const QStringList kInviteKept = {
    QStringLiteral("INVITE [redacted] SIP/2.0"),
    QStringLiteral("Max-Forwards: 70"),
    QStringLiteral("CSeq: 1 INVITE"),
    QStringLiteral("Privacy: none"),
    QStringLiteral("Content-Type: application/sdp"),
    QStringLiteral("Content-Length: 142"),
    QStringLiteral("v=0"),
    QStringLiteral("s=-"),
    QStringLiteral("c=IN IP4 [redacted]"),
    QStringLiteral("t=0 0"),
    QStringLiteral("m=audio 49170 RTP/AVP 8"),
    QStringLiteral("a=rtpmap:8 PCMA/8000"),
};

} // namespace

class TestLogScrubber : public QObject
{
    Q_OBJECT

private slots:
    void spikeCallSummary()
    {
        const QString out =
            LogScrubber::scrub(QStringLiteral("To: <sip:+352621123456@192.0.2.10:5060;user=phone>;tag=as5f"));
        QCOMPARE(out, QStringLiteral("To: [redacted]"));
    }

    void redacts_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected"); // empty: only check that nothing leaks
        auto row = [](const char *name, const QString &line, const QString &expected = QString()) {
            QTest::newRow(name) << line << expected;
        };
        // baresip / libre
        row("baresip dial", QStringLiteral("call: connecting to 'sip:0621123456@10.0.0.1'"),
            QStringLiteral("call: connecting to '[redacted]'"));
        row("libre transport", QStringLiteral("sip: 127.0.0.1:5060: connection refused"),
            QStringLiteral("sip: [redacted]: connection refused"));
        row("ua uri", QStringLiteral("ua: sip:+352621123456@trunk.example.net: incoming call"),
            QStringLiteral("ua: [redacted]: incoming call"));
        row("incoming from",
            QStringLiteral("ua: incoming call from: \"Jean Dupont\" sip:0621123456@10.0.0.1"),
            QStringLiteral("ua: incoming call from: [redacted]"));
        row("quoted display", QStringLiteral("call: peer \"Jean Dupont\" <sip:0621123456@10.0.0.1>"),
            QStringLiteral("call: peer [redacted] <[redacted]>"));
        row("sips uri upper", QStringLiteral("REGISTER SIPS:line@pbx.example.org:5061 SIP/2.0"),
            QStringLiteral("REGISTER [redacted] SIP/2.0"));
        row("tel uri", QStringLiteral("pai tel:+352621123456;phone-context=lu"),
            QStringLiteral("pai [redacted]"));
        // IP addresses
        row("ipv6 bracketed", QStringLiteral("tls: connecting to [2001:db8::1]:5061"),
            QStringLiteral("tls: connecting to [redacted]"));
        row("ipv6 plain", QStringLiteral("rtp: remote 2001:db8::1 port 40000"),
            QStringLiteral("rtp: remote [redacted] port 40000"));
        row("ipv6 end of sentence", QStringLiteral("bound to 2001:db8:0:0:0:0:0:1."),
            QStringLiteral("bound to [redacted]."));
        row("ipv6 link local", QStringLiteral("ice: candidate fe80::1%eth0 typ host"),
            QStringLiteral("ice: candidate [redacted] typ host"));
        row("ipv6 mapped", QStringLiteral("peer ::ffff:192.0.2.1 closed"),
            QStringLiteral("peer [redacted] closed"));
        row("ipv4", QStringLiteral("udp: sent 512 bytes to 192.0.2.10"),
            QStringLiteral("udp: sent 512 bytes to [redacted]"));
        row("ipv4 port", QStringLiteral("stun: mapped address 192.0.2.10:40002"),
            QStringLiteral("stun: mapped address [redacted]"));
        row("host port", QStringLiteral("tcp: connecting to pbx.example.org:5060"),
            QStringLiteral("tcp: connecting to [redacted]"));
        // user@host
        row("anonymous", QStringLiteral("caller anonymous@anonymous.invalid is withheld"),
            QStringLiteral("caller [redacted] is withheld"));
        row("cname", QStringLiteral("rtcp: cname=jdupont@192.0.2.10"), QStringLiteral("rtcp: [redacted]"));
        // phone numbers in free text
        row("e164", QStringLiteral("number +352621123456 normalised"),
            QStringLiteral("number [redacted] normalised"));
        row("e164 spaced", QStringLiteral("number +352 621 123 456 ok"),
            QStringLiteral("number [redacted] ok"));
        row("e164 paren", QStringLiteral("number +33 (0)6 21 12 34 56 ok"),
            QStringLiteral("number [redacted] ok"));
        row("national", QStringLiteral("dial 0621123456"), QStringLiteral("dial [redacted]"));
        row("national pairs", QStringLiteral("dial 06 21 12 34 56 now"),
            QStringLiteral("dial [redacted] now"));
        row("national dots", QStringLiteral("dial 06.21.12.34.56 now"),
            QStringLiteral("dial [redacted] now"));
        row("national dashes", QStringLiteral("dial 621-123-456"), QStringLiteral("dial [redacted]"));
        row("international 00", QStringLiteral("dial 00352621123456"), QStringLiteral("dial [redacted]"));
        row("after equals", QStringLiteral("user=0621123456 ok"), QStringLiteral("user=[redacted] ok"));
        row("after colon", QStringLiteral("caller:0621123456"), QStringLiteral("caller:[redacted]"));
        row("glued to letters", QStringLiteral("account line0621123456 registered"),
            QStringLiteral("account line[redacted] registered"));
        row("multi-line after prefix",
            QStringLiteral("sip: received:\n  CALL-ID: a84b4c76e66710@10.0.0.1\n  CSeq: 2 BYE"),
            QStringLiteral("sip: received:\n  CALL-ID: [redacted]\n  CSeq: 2 BYE"));
        row("after time", QStringLiteral("12:34:56.789 dial 0621123456"),
            QStringLiteral("12:34:56.789 dial [redacted]"));
        // headers anywhere on a line, long and compact, any case
        row("header after prefix", QStringLiteral("sip:  From: <sip:0621123456@10.0.0.1>;tag=1"),
            QStringLiteral("sip:  From: [redacted]"));
        row("lower case", QStringLiteral("from: <sip:0621123456@10.0.0.1>"),
            QStringLiteral("from: [redacted]"));
        row("compact f", QStringLiteral("f: \"Jean Dupont\" <sip:0621123456@10.0.0.1>;tag=as5f"),
            QStringLiteral("f: [redacted]"));
        row("compact t", QStringLiteral("t: <sip:line@10.0.0.1>"), QStringLiteral("t: [redacted]"));
        row("compact m", QStringLiteral("m: <sip:0621123456@10.0.0.1:5060>"),
            QStringLiteral("m: [redacted]"));
        row("compact v", QStringLiteral("v: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1"),
            QStringLiteral("v: [redacted]"));
        row("compact i", QStringLiteral("i: a84b4c76e66710@10.0.0.1"), QStringLiteral("i: [redacted]"));
        row("diversion", QStringLiteral("Diversion: <tel:+352621123456>;reason=no-answer"),
            QStringLiteral("Diversion: [redacted]"));
        row("history info", QStringLiteral("History-Info: <sip:0621123456@10.0.0.1>;index=1"),
            QStringLiteral("History-Info: [redacted]"));
        row("rpid",
            QStringLiteral("Remote-Party-ID: \"Jean Dupont\" <sip:0621123456@10.0.0.1>;party=calling"),
            QStringLiteral("Remote-Party-ID: [redacted]"));
        row("ppi", QStringLiteral("P-Preferred-Identity: <sip:0621123456@10.0.0.1>"),
            QStringLiteral("P-Preferred-Identity: [redacted]"));
        row("referred by", QStringLiteral("Referred-By: <sip:0621123456@10.0.0.1>"),
            QStringLiteral("Referred-By: [redacted]"));
        row("record route", QStringLiteral("Record-Route: <sip:10.0.0.1;lr>"),
            QStringLiteral("Record-Route: [redacted]"));
        row("route", QStringLiteral("Route: <sip:10.0.0.1;lr>"), QStringLiteral("Route: [redacted]"));
        row("authorization",
            QStringLiteral(
                "Authorization: Digest username=\"0621123456\", realm=\"trunk\", response=\"abc\""),
            QStringLiteral("Authorization: [redacted]"));
    }
    void redacts()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QString out = LogScrubber::scrub(line);
        QVERIFY2(leakIn(out).isEmpty(), qPrintable(QStringLiteral("%1 -> %2").arg(line, out)));
        if (!expected.isEmpty())
            QCOMPARE(out, expected);
    }

    void keepsHarmlessLines_data()
    {
        QTest::addColumn<QString>("line");
        for (const char *line : {
                 "audio: opened codec PCMA/8000/1",
                 "jitter buffer 60 ms",
                 "12:34:56.789 call established after 3.2 s",
                 "[12:34:56.789] rtp: 3 packets lost",
                 "12:34:56:789 ortp-message-rtp session started",
                 "2024-05-03 12:34:56.123456 ua: registered",
                 "call duration 00:01:23",
                 "SIP/2.0 180 Ringing",
                 "SIP/2.0 200 OK",
                 "SIP/2.0 486 Busy Here",
                 "CSeq: 102 BYE",
                 "Max-Forwards: 70",
                 "Content-Length: 0",
                 "Privacy: id",
                 "udp: listening on port 5060",
                 "liblinphone 5.1.65, mediastreamer 5.1.64",
                 "call.c:1234 state changed to StreamsRunning",
                 "MediaSessionPrivate.cpp:88 ecoute::voice::Bridge::accept()",
                 "average round trip 1234.567 ms",
                 "a=fingerprint:sha-256 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
                 "sip: to do: nothing",
                 "",
             }) {
            QTest::newRow(line) << QString::fromLatin1(line);
        }
    }
    void keepsHarmlessLines()
    {
        QFETCH(QString, line);
        QCOMPARE(LogScrubber::scrub(line), line);
    }

    // The INVITE as SIP libraries log it: header by header, or as one multi-line message.
    void wholeInvite()
    {
        QStringList scrubbed;
        for (const QString &line : kInvite) {
            const QString out = LogScrubber::scrub(line);
            QVERIFY2(leakIn(out).isEmpty(), qPrintable(QStringLiteral("%1 -> %2").arg(line, out)));
            scrubbed << out;
        }
        for (const QString &kept : kInviteKept)
            QVERIFY2(scrubbed.contains(kept), qPrintable(kept));
        QVERIFY(scrubbed.contains(QStringLiteral("From: [redacted]")));
        QVERIFY(scrubbed.contains(QStringLiteral("P-Asserted-Identity: [redacted]")));

        const QString message = LogScrubber::scrub(kInvite.join(QStringLiteral("\r\n")));
        QVERIFY2(leakIn(message).isEmpty(), qPrintable(message));
        QCOMPARE(message.split(QStringLiteral("\r\n")), scrubbed);

        const QString ok =
            LogScrubber::scrub(QStringLiteral("SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nTo: <sip:line@"
                                              "192.0.2.20>;tag=as5f\r\nContent-Length: 0"));
        QCOMPARE(ok,
                 QStringLiteral("SIP/2.0 200 OK\r\nCSeq: 1 INVITE\r\nTo: [redacted]\r\nContent-Length: 0"));
    }

    // Every library line goes through the scrubber, so no input may make it backtrack: each of
    // these 64 KiB lines is scrubbed once and the time printed (no assertion on it).
    void longLines_data()
    {
        QTest::addColumn<QString>("line");
        const qsizetype size = 64 * 1024;
        auto repeat = [size](const char *unit) {
            QString s;
            const QString u = QString::fromLatin1(unit);
            while (s.size() < size)
                s += u;
            return s;
        };
        QString random;
        QRandomGenerator rng(14);
        while (random.size() < size)
            random += QChar(rng.bounded(3) == 0 ? u':' : QChar(u'0' + rng.bounded(10)));
        QTest::newRow("random digits and colons") << random;
        QTest::newRow("digits colon") << repeat("0123456789:");
        QTest::newRow("1:") << repeat("1:");
        QTest::newRow("12:") << repeat("12:");
        QTest::newRow("::") << repeat("::1");
        QTest::newRow("1.") << repeat("1.");
        QTest::newRow("digits space") << repeat("12 ");
        QTest::newRow("plus") << repeat("+1 ");
        QTest::newRow("labels") << repeat("a.");
        QTest::newRow("at") << repeat("a@");
        QTest::newRow("quotes") << repeat("\"a ");
        QTest::newRow("brackets") << repeat("[1:");
        QTest::newRow("sip") << repeat("sip:");
        QTest::newRow("words") << repeat("from to via ");
    }
    void longLines()
    {
        QFETCH(QString, line);
        QElapsedTimer timer;
        timer.start();
        const QString out = LogScrubber::scrub(line);
        qInfo("%lld chars scrubbed in %lld ms", static_cast<long long>(line.size()),
              static_cast<long long>(timer.elapsed()));
        static const QRegularExpression longRun(QStringLiteral("\\d{6,}"));
        QVERIFY(!longRun.match(out).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestLogScrubber)
#include "tst_logscrubber.moc"
