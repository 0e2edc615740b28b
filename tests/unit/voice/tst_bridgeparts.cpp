// SPDX-License-Identifier: GPL-3.0-or-later
// Small parts of ecoute-voice that need no network: cutting the control stream into lines,
// one-time staff credentials, and the command line.
#include "voice/bridge/BridgeOptions.h"
#include "voice/bridge/LineSplitter.h"
#include "voice/bridge/StaffTokens.h"

#include <QTest>

using namespace ecoute::voice;

namespace {

struct Collected
{
    QList<QByteArray> lines;
    int tooLong = 0;
};

void feed(LineSplitter &splitter, QByteArrayView data, Collected &out)
{
    splitter.feed(data, [&](QByteArrayView line, bool tooLong) {
        if (tooLong)
            ++out.tooLong;
        else
            out.lines << line.toByteArray();
    });
}

QStringList args(const QStringList &extra)
{
    return QStringList {QStringLiteral("ecoute-voice"),
                        QStringLiteral("--data-dir"),
                        QStringLiteral("d"),
                        QStringLiteral("--sip-listen"),
                        QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--sip-tls-listen"),
                        QStringLiteral("127.0.0.1:5061"),
                        QStringLiteral("--tls-cert"),
                        QStringLiteral("c.pem"),
                        QStringLiteral("--tls-key"),
                        QStringLiteral("k.pem")}
    + extra;
}

} // namespace

class TestBridgeParts : public QObject
{
    Q_OBJECT

private slots:
    void linesArriveWhole()
    {
        LineSplitter splitter(16);
        Collected out;
        feed(splitter, "ab", out);
        QVERIFY(out.lines.isEmpty());
        feed(splitter, "c\r\nde\n\nf", out);
        QCOMPARE(out.lines, (QList<QByteArray> {"abc", "de", ""}));
        QCOMPARE(splitter.takeRest(), QByteArray("f"));
    }

    void aLineTooLongIsDroppedWholeAndOnce()
    {
        LineSplitter splitter(8);
        Collected out;
        feed(splitter, "0123456", out);
        feed(splitter, "789", out);
        feed(splitter, "abcdefghijkl", out);
        feed(splitter, "mn\nok\n", out);
        QCOMPARE(out.tooLong, 1);
        QCOMPARE(out.lines, (QList<QByteArray> {"ok"}));
    }

    void aTokenIsUsedOnce()
    {
        StaffTokens tokens;
        QVERIFY(tokens.expect(QStringLiteral("t1"), {QStringLiteral("v-a"), QStringLiteral("vol")}, 1000));
        const auto leg = tokens.take(QStringLiteral("t1"), 2000);
        QVERIFY(leg);
        QCOMPARE(leg->callId, QStringLiteral("v-a"));
        QCOMPARE(leg->legId, QStringLiteral("vol"));
        QVERIFY(!tokens.take(QStringLiteral("t1"), 2000));
        QVERIFY(!tokens.take(QStringLiteral("unknown"), 2000));
    }

    void aTokenExpiresAfterAMinute()
    {
        StaffTokens tokens;
        tokens.expect(QStringLiteral("t1"), {QStringLiteral("v-a"), QStringLiteral("vol")}, 1000);
        tokens.expect(QStringLiteral("t2"), {QStringLiteral("v-a"), QStringLiteral("sup")}, 1000);
        QVERIFY(!tokens.take(QStringLiteral("t1"), 1000 + StaffTokens::kLifetimeMs));
        QVERIFY(tokens.take(QStringLiteral("t2"), 1000 + StaffTokens::kLifetimeMs - 1));
    }

    void anEndedCallsTokensGo()
    {
        StaffTokens tokens;
        tokens.expect(QStringLiteral("t1"), {QStringLiteral("v-a"), QStringLiteral("vol")}, 0);
        tokens.expect(QStringLiteral("t2"), {QStringLiteral("v-b"), QStringLiteral("vol")}, 0);
        tokens.forgetCall(QStringLiteral("v-a"));
        QVERIFY(!tokens.take(QStringLiteral("t1"), 1));
        QVERIFY(tokens.take(QStringLiteral("t2"), 1));
    }

    void aDroppedLegsTokenGoes()
    {
        StaffTokens tokens;
        tokens.expect(QStringLiteral("t1"), {QStringLiteral("v-a"), QStringLiteral("vol")}, 0);
        tokens.expect(QStringLiteral("t2"), {QStringLiteral("v-a"), QStringLiteral("sup")}, 0);
        QVERIFY(tokens.forgetLeg(QStringLiteral("v-a"), QStringLiteral("sup")));
        QVERIFY(!tokens.forgetLeg(QStringLiteral("v-a"), QStringLiteral("sup")));
        QVERIFY(!tokens.take(QStringLiteral("t2"), 1));
        QVERIFY(tokens.take(QStringLiteral("t1"), 1));
    }

    void pendingTokensAreBounded()
    {
        StaffTokens tokens;
        for (int i = 0; i < StaffTokens::kMaxPending; ++i)
            QVERIFY(tokens.expect(QString::number(i), {QStringLiteral("v-a"), QString::number(i)}, 0));
        QVERIFY(!tokens.expect(QStringLiteral("one more"), {QStringLiteral("v-a"), QStringLiteral("x")}, 0));
        // Expired ones make room.
        QVERIFY(tokens.expect(QStringLiteral("later"), {QStringLiteral("v-a"), QStringLiteral("x")},
                              StaffTokens::kLifetimeMs));
        QCOMPARE(tokens.pendingCount(), 1);
    }

    void theCommandLine()
    {
        QString error;
        const auto options =
            BridgeOptions::parse(args({QStringLiteral("--rtp-ports"), QStringLiteral("30000-30099"),
                                       QStringLiteral("--answer-timeout-ms"), QStringLiteral("250")}),
                                 &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->sip.host, QByteArray("127.0.0.1"));
        QCOMPARE(options->sip.port, 0);
        QCOMPARE(options->sipTls.port, 5061);
        QCOMPARE(options->rtpPorts.low, 30000);
        QCOMPARE(options->rtpPorts.high, 30099);
        QCOMPARE(options->answerTimeoutMs, 250);
        QCOMPARE(options->rtpTimeoutMs, 30000);

        const auto v6 = BridgeOptions::parse(
            args({QStringLiteral("--sip-listen"), QStringLiteral("[::1]:5070")}), &error);
        QVERIFY(v6);
        QCOMPARE(v6->sip.host, QByteArray("::1"));
        QCOMPARE(v6->sip.port, 5070);
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("no port") << QStringList {QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1")};
        QTest::newRow("port too big")
            << QStringList {QStringLiteral("--sip-listen"), QStringLiteral("127.0.0.1:70000")};
        QTest::newRow("reversed range")
            << QStringList {QStringLiteral("--rtp-ports"), QStringLiteral("30099-30000")};
        QTest::newRow("tiny range") << QStringList {QStringLiteral("--rtp-ports"),
                                                    QStringLiteral("30000-30001")};
        QTest::newRow("timeout") << QStringList {QStringLiteral("--answer-timeout-ms"),
                                                 QStringLiteral("soon")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--trace-sip")};
        QTest::newRow("positional") << QStringList {QStringLiteral("extra")};
        QTest::newRow("country") << QStringList {QStringLiteral("--country-code"), QStringLiteral("+352")};
    }

    void badCommandLines()
    {
        QFETCH(QStringList, extra);
        QString error;
        QVERIFY(!BridgeOptions::parse(args(extra), &error));
        QVERIFY(!error.isEmpty());
    }

    void requiredOptions()
    {
        QString error;
        QVERIFY(!BridgeOptions::parse({QStringLiteral("ecoute-voice")}, &error));
        QVERIFY(error.contains(QLatin1String("--data-dir")));
    }
};

QTEST_GUILESS_MAIN(TestBridgeParts)
#include "tst_bridgeparts.moc"
