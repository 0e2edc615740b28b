// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/LoginThrottle.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/service/ServerConfig.h"
#include "server/transport/OriginPolicy.h"
#include "server/transport/StaticSite.h"
#include "tests/mock/ManualClock.h"

#include <QRegularExpression>
#include <QTest>

using namespace ecoute::server;
using ecoute::tests::ManualClock;

class TestServerPolicies : public QObject
{
    Q_OBJECT

private slots:
    void throttleAllowsFiveFailures()
    {
        ManualClock clock {1000};
        LoginThrottle throttle(clock);
        const QString user = QStringLiteral("volunteer");
        for (int i = 0; i < LoginThrottle::kFreeFailures - 1; ++i) {
            QVERIFY(!throttle.retryAfterMs(user).has_value());
            throttle.recordFailure(user);
        }
        QVERIFY(!throttle.retryAfterMs(user).has_value());
        throttle.recordFailure(user); // 5th failure: locked for 1 s
        QCOMPARE(throttle.retryAfterMs(user).value_or(0), 1000);
        clock.advanceMs(400);
        QCOMPARE(throttle.retryAfterMs(user).value_or(0), 600);
        clock.advanceMs(600);
        QVERIFY(!throttle.retryAfterMs(user).has_value());
    }

    void throttleDoublesUpToFiveMinutes()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        const QString user = QStringLiteral("nobody");
        qint64 expected = 1000;
        for (int failure = 1; failure <= 30; ++failure) {
            throttle.recordFailure(user);
            if (failure < LoginThrottle::kFreeFailures)
                continue;
            QCOMPARE(throttle.retryAfterMs(user).value_or(0), expected);
            clock.advanceMs(expected); // wait out the lock, then fail again
            expected = std::min<qint64>(expected * 2, LoginThrottle::kMaxDelayMs);
        }
        QCOMPARE(expected, LoginThrottle::kMaxDelayMs);
    }

    void throttleResetsOnSuccessAndIsPerName()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(QStringLiteral("Alice"));
        QVERIFY(throttle.retryAfterMs(QStringLiteral("alice")).has_value()); // case-insensitive
        QVERIFY(!throttle.retryAfterMs(QStringLiteral("bob")).has_value());
        throttle.recordSuccess(QStringLiteral("alice"));
        QVERIFY(!throttle.retryAfterMs(QStringLiteral("alice")).has_value());
        throttle.recordFailure(QStringLiteral("alice"));
        QVERIFY(!throttle.retryAfterMs(QStringLiteral("alice")).has_value());
    }

    void pseudonymsLookFriendly()
    {
        PseudonymGenerator generator;
        const QRegularExpression shape(QStringLiteral("^([A-Z][a-z]+) ([1-9][0-9])$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString name = generator.next();
            const auto match = shape.match(name);
            QVERIFY2(match.hasMatch(), qPrintable(name));
            QVERIFY(PseudonymGenerator::names().contains(match.captured(1)));
            seen.insert(name);
        }
        QVERIFY(seen.size() > 50); // random, not a constant
    }

    void pseudonymsAreReproducibleWithASeed()
    {
        QRandomGenerator a(42);
        QRandomGenerator b(42);
        PseudonymGenerator first(&a);
        PseudonymGenerator second(&b);
        QCOMPARE(first.next(), second.next());
    }

    void originPolicy()
    {
        const OriginPolicy tls(true, {QUrl(QStringLiteral("https://chat.example.org"))});
        const QUrl request(QStringLiteral("ws://127.0.0.1:8443/ws/seeker"));
        QVERIFY(tls.isAllowed(QStringLiteral("https://127.0.0.1:8443"), request));
        QVERIFY(tls.isAllowed(QStringLiteral("https://chat.example.org"), request));
        QVERIFY(tls.isAllowed(QStringLiteral("https://chat.example.org:443"), request));
        QVERIFY(!tls.isAllowed(QStringLiteral("http://127.0.0.1:8443"), request));
        QVERIFY(!tls.isAllowed(QStringLiteral("https://127.0.0.1:9999"), request));
        QVERIFY(!tls.isAllowed(QStringLiteral("https://evil.example"), request));
        QVERIFY(!tls.isAllowed(QStringLiteral("null"), request));
        QVERIFY(!tls.isAllowed(QString(), request));

        const OriginPolicy plain(false, {});
        QVERIFY(plain.isAllowed(QStringLiteral("http://127.0.0.1:8443"), request));
        QVERIFY(!plain.isAllowed(QStringLiteral("https://127.0.0.1:8443"), request));
    }

    void staticFilesStayInsideWeb()
    {
        QCOMPARE(StaticSite::resourcePathFor(QStringLiteral("/")), QStringLiteral(":/web/index.html"));
        QVERIFY(StaticSite::resourcePathFor(QStringLiteral("/../etc/passwd")).isEmpty());
        QVERIFY(StaticSite::resourcePathFor(QStringLiteral("/%2e%2e/x")).isEmpty());
        QVERIFY(StaticSite::resourcePathFor(QStringLiteral("//index.html")).isEmpty());
        QVERIFY(StaticSite::resourcePathFor(QStringLiteral("/.hidden")).isEmpty());
        QVERIFY(StaticSite::resourcePathFor(QStringLiteral("/no-such-file.js")).isEmpty());
        QCOMPARE(StaticSite::resourcePathFor(QStringLiteral("/index.html")),
                 QStringLiteral(":/web/index.html"));
        QCOMPARE(StaticSite::contentTypeFor(QStringLiteral("a.js")),
                 QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(StaticSite::contentTypeFor(QStringLiteral("a.css")), QByteArray("text/css; charset=utf-8"));
    }

    void configRefusesInsecureOnPublicAddress()
    {
        QString message;
        int exitCode = 0;
        const auto refused =
            ServerConfig::parse({QStringLiteral("ecoute-server"), QStringLiteral("--listen"),
                                 QStringLiteral("0.0.0.0"), QStringLiteral("--insecure-loopback")},
                                &message, &exitCode);
        QVERIFY(!refused.has_value());
        QVERIFY(exitCode != 0);
        QVERIFY(message.contains(QLatin1String("loopback")));

        const auto ok = ServerConfig::parse({QStringLiteral("ecoute-server"), QStringLiteral("--port"),
                                             QStringLiteral("0"), QStringLiteral("--insecure-loopback")},
                                            &message, &exitCode);
        QVERIFY(ok.has_value());
        QCOMPARE(ok->port, 0);
        QVERIFY(ok->listenAddress.isLoopback());
        QVERIFY(!ok->tls());

        const auto defaults = ServerConfig::parse({QStringLiteral("ecoute-server")}, &message, &exitCode);
        QVERIFY(defaults.has_value());
        QCOMPARE(defaults->port, 8443);
        QVERIFY(defaults->tls());
        QCOMPARE(defaults->listenAddress, QHostAddress(QHostAddress::LocalHost));
    }
};

QTEST_GUILESS_MAIN(TestServerPolicies)
#include "tst_server_policies.moc"
