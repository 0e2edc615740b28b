// SPDX-License-Identifier: GPL-3.0-or-later
// The front's pieces without a network: request heads, the connection gate,
// the TLS suite policy and the descriptor arithmetic.
#include "server/transport/ConnectionGate.h"
#include "server/transport/DescriptorLimit.h"
#include "server/transport/HttpRequestHead.h"
#include "server/transport/TlsPolicy.h"

#include <QSslCipher>
#include <QTest>

using namespace ecoute::server;

class TestServerFront : public QObject
{
    Q_OBJECT

private slots:
    void headEndsAtTheEmptyLine()
    {
        QVERIFY(!HttpRequestHead::headLength("GET / HTTP/1.1\r\nHost: x\r\n"));
        QCOMPARE(*HttpRequestHead::headLength("GET / HTTP/1.1\r\n\r\nnext"), qsizetype(18));
    }

    void parsesAGet()
    {
        const QByteArray raw = "GET /app.js?v=2 HTTP/1.1\r\nHost: x\r\nUpgrade: WebSocket\r\n\r\n";
        const auto head = HttpRequestHead::parse(raw, 64);
        QCOMPARE(head.problem, HttpRequestHead::Problem::None);
        QCOMPARE(head.method, HttpRequestHead::Method::Get);
        QCOMPARE(head.path(), QByteArray("/app.js"));
        QCOMPARE(head.value("host"), QByteArray("x"));
        QVERIFY(head.keepAlive);
        QVERIFY(head.isWebSocketUpgrade());
    }

    void refusesWhatItMustNotRead_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("problem");
        const int body = int(HttpRequestHead::Problem::HasBody);
        const int malformed = int(HttpRequestHead::Problem::Malformed);
        QTest::newRow("content-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\n") << body;
        QTest::newRow("chunked") << QByteArray("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << body;
        QTest::newRow("other coding")
            << QByteArray("GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << body;
        QTest::newRow("not http") << QByteArray("\x16\x03\x01\x02\x00\r\n\r\n") << malformed;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << malformed;
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nNo colon here\r\n\r\n") << malformed;
    }

    void refusesWhatItMustNotRead()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, problem);
        QCOMPARE(int(HttpRequestHead::parse(raw, 64).problem), problem);
    }

    void countsHeaderLines()
    {
        QByteArray raw = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 10; ++i)
            raw += "X-" + QByteArray::number(i) + ": v\r\n";
        raw += "\r\n";
        QCOMPARE(HttpRequestHead::parse(raw, 10).problem, HttpRequestHead::Problem::None);
        QCOMPARE(HttpRequestHead::parse(raw, 9).problem, HttpRequestHead::Problem::TooManyHeaders);
    }

    void gateCountsInTotalAndPerSource()
    {
        const SourceKey a = SourceKey::of(QHostAddress(QStringLiteral("203.0.113.7")));
        const SourceKey b = SourceKey::of(QHostAddress(QStringLiteral("2001:db8::1")));
        const SourceKey sameSlash64 = SourceKey::of(QHostAddress(QStringLiteral("2001:db8::ffff:1")));
        QVERIFY(b == sameSlash64);
        ConnectionGate gate(3, 2);
        QCOMPARE(gate.admit(a), ConnectionGate::Verdict::Admitted);
        QCOMPARE(gate.admit(a), ConnectionGate::Verdict::Admitted);
        QCOMPARE(gate.admit(a), ConnectionGate::Verdict::TooManyFromSource);
        QCOMPARE(gate.admit(b), ConnectionGate::Verdict::Admitted);
        QCOMPARE(gate.admit(sameSlash64), ConnectionGate::Verdict::TooManyInTotal);
        gate.release(a);
        QCOMPARE(gate.open(), 2);
        QCOMPARE(gate.admit(sameSlash64), ConnectionGate::Verdict::Admitted);
        QCOMPARE(gate.openFrom(b), 2);
    }

    void loopbackCountsOnlyInTheTotalByDefault()
    {
        const SourceKey local = SourceKey::of(QHostAddress::LocalHost);
        ConnectionGate gate(3, 1);
        QCOMPARE(gate.admit(local), ConnectionGate::Verdict::Admitted);
        QCOMPARE(gate.admit(local), ConnectionGate::Verdict::Admitted);
        ConnectionGate strict(3, 1, true);
        QCOMPARE(strict.admit(local), ConnectionGate::Verdict::Admitted);
        QCOMPARE(strict.admit(local), ConnectionGate::Verdict::TooManyFromSource);
    }

    void tlsPolicyKeepsForwardSecretAeadOnly()
    {
        QVERIFY(tls_policy::isAllowed(QSslCipher(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"))));
        QVERIFY(tls_policy::isAllowed(QSslCipher(QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305"))));
        QVERIFY(tls_policy::isAllowed(QSslCipher(QStringLiteral("TLS_AES_256_GCM_SHA384"))));
        QVERIFY(!tls_policy::isAllowed(QSslCipher(QStringLiteral("ECDHE-ECDSA-AES128-SHA"))));
        QVERIFY(!tls_policy::isAllowed(QSslCipher(QStringLiteral("ECDHE-RSA-AES256-SHA384"))));
        QVERIFY(!tls_policy::isAllowed(QSslCipher(QStringLiteral("AES128-GCM-SHA256"))));
    }

    void connectionCapStaysUnderTheDescriptorLimit()
    {
        QCOMPARE(descriptor_limit::connectionCap(0, 1024), 960);
        QCOMPARE(descriptor_limit::connectionCap(0, 1 << 20), 10000);
        QCOMPARE(descriptor_limit::connectionCap(5000, 1024), 960);
        QCOMPARE(descriptor_limit::connectionCap(100, 1024), 100);
        QCOMPARE(descriptor_limit::connectionCap(0, 40), 16);
    }
};

QTEST_GUILESS_MAIN(TestServerFront)
#include "tst_server_front.moc"
