// SPDX-License-Identifier: GPL-3.0-or-later
// Staff login limits (issue 11): the throttle keyed on account and source,
// with decay, on an injected clock; the per-source cap and fair turns of the
// password-check pool, with SourceKeys of distinct addresses.
#include "server/accounts/LoginThrottle.h"
#include "server/accounts/PasswordHasher.h"
#include "server/accounts/PasswordVerifier.h"
#include "server/transport/SourceKey.h"
#include "tests/mock/ManualClock.h"

#include <QHostAddress>
#include <QTest>

using namespace ecoute::server;
using ecoute::tests::ManualClock;

namespace {
SourceKey source(const char *address)
{
    return SourceKey::of(QHostAddress(QString::fromLatin1(address)));
}
const QString kUser = QStringLiteral("volunteer");
} // namespace

class TestServerLoginLimits : public QObject
{
    Q_OBJECT

private slots:
    void anAttackerElsewhereCannotLockThePersonOut()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        const SourceKey attacker = source("203.0.113.7");
        const SourceKey person = source("198.51.100.20");
        // Before: five failures from anywhere locked the name for everyone.
        for (int i = 0; i < 200; ++i) {
            throttle.recordFailure(kUser, attacker);
            clock.advanceMs(10);
        }
        QVERIFY(throttle.retryAfterMs(kUser, attacker).has_value());
        QVERIFY(!throttle.retryAfterMs(kUser, person).has_value());
        // The person's right password clears their own count only.
        throttle.recordFailure(kUser, person); // counted before the check
        throttle.recordSuccess(kUser, person);
        QVERIFY(!throttle.retryAfterMs(kUser, person).has_value());
        QVERIFY(throttle.retryAfterMs(kUser, attacker).has_value());
    }

    void underAttackEachSourceHasOneFreeTryThenDoublingDelays()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        for (int i = 0; i < LoginThrottle::kAccountAlarm; ++i)
            throttle.recordFailure(kUser, source(QByteArray("203.0.113.").append(QByteArray::number(i))));
        QVERIFY(throttle.accountFailures(kUser) >= LoginThrottle::kAccountAlarm);
        // A fresh source is let in at once, but a wrong password now costs it 1 s, 2 s, ...
        const SourceKey fresh = source("198.51.100.20");
        QVERIFY(!throttle.retryAfterMs(kUser, fresh).has_value());
        throttle.recordFailure(kUser, fresh);
        QCOMPARE(throttle.retryAfterMs(kUser, fresh).value_or(0), LoginThrottle::kBaseDelayMs);
        clock.advanceMs(LoginThrottle::kBaseDelayMs);
        QVERIFY(!throttle.retryAfterMs(kUser, fresh).has_value());
        throttle.recordFailure(kUser, fresh);
        QCOMPARE(throttle.retryAfterMs(kUser, fresh).value_or(0), 2 * LoginThrottle::kBaseDelayMs);
        // Another account is not under attack: five free failures there.
        for (int i = 0; i < LoginThrottle::kFreeFailures - 1; ++i)
            throttle.recordFailure(QStringLiteral("other"), source("198.51.100.21"));
        QVERIFY(!throttle.retryAfterMs(QStringLiteral("other"), source("198.51.100.21")).has_value());
    }

    void failuresAreForgottenWithTime()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        const SourceKey from = source("198.51.100.20");
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
            throttle.recordFailure(kUser, from);
        QCOMPARE(throttle.retryAfterMs(kUser, from).value_or(0), LoginThrottle::kBaseDelayMs);
        // One failure forgotten per period: after five periods, five free failures again.
        clock.advanceMs(LoginThrottle::kFreeFailures * LoginThrottle::kForgetOneFailureMs);
        QVERIFY(!throttle.retryAfterMs(kUser, from).has_value());
        QCOMPARE(throttle.accountFailures(kUser), 0);
        for (int i = 0; i < LoginThrottle::kFreeFailures - 1; ++i)
            throttle.recordFailure(kUser, from);
        QVERIFY(!throttle.retryAfterMs(kUser, from).has_value());
        throttle.recordFailure(kUser, from);
        QVERIFY(throttle.retryAfterMs(kUser, from).has_value());
    }

    void aSourceSprayingNamesIsSlowedForEveryName()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        const SourceKey sprayer = source("203.0.113.7");
        for (int i = 0; i < LoginThrottle::kFreeSourceFailures; ++i)
            throttle.recordFailure(QStringLiteral("name-%1").arg(i), sprayer);
        QVERIFY(throttle.retryAfterMs(QStringLiteral("never-tried"), sprayer).has_value());
        QVERIFY(!throttle.retryAfterMs(QStringLiteral("never-tried"), source("198.51.100.20")).has_value());
        clock.advanceMs(LoginThrottle::kMaxDelayMs);
        QVERIFY(!throttle.retryAfterMs(QStringLiteral("never-tried"), sprayer).has_value());
    }

    void delaysDoubleUpToTheMaximum()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        const SourceKey from = source("198.51.100.20");
        qint64 expected = LoginThrottle::kBaseDelayMs;
        for (int failure = 1; failure <= 20; ++failure) {
            throttle.recordFailure(kUser, from);
            if (failure < LoginThrottle::kFreeFailures)
                continue;
            QCOMPARE(throttle.retryAfterMs(kUser, from).value_or(0), expected);
            clock.advanceMs(expected);
            expected = std::min<qint64>(expected * 2, LoginThrottle::kMaxDelayMs);
        }
        QCOMPARE(expected, LoginThrottle::kMaxDelayMs);
    }

    void memoryStaysBoundedAndKeepsLocks()
    {
        ManualClock clock {0};
        LoginThrottle throttle(clock);
        const SourceKey guesser = source("203.0.113.7");
        for (int i = 0; i < LoginThrottle::kFreeFailures; ++i)
            throttle.recordFailure(kUser, guesser);
        QVERIFY(throttle.retryAfterMs(kUser, guesser).has_value());
        // A flood of new names from many addresses, one try each.
        for (int i = 0; i < 3 * LoginThrottle::kMaxTracked; ++i) {
            const QByteArray address = QByteArray("10.") + QByteArray::number((i >> 16) & 255) + '.'
                + QByteArray::number((i >> 8) & 255) + '.' + QByteArray::number(i & 255);
            throttle.recordFailure(QStringLiteral("n%1").arg(i), source(address.constData()));
        }
        QVERIFY(throttle.trackedEntries() <= 3 * LoginThrottle::kMaxTracked);
        QVERIFY(throttle.retryAfterMs(kUser, guesser).has_value()); // the lock survived
    }

    void oneSourceCannotFillThePasswordPool()
    {
        const PasswordHasher hasher(PasswordHasher::Cost {1, 8 * 1024, 1});
        const QString encoded = hasher.hash(QStringLiteral("pw"));
        PasswordVerifier verifier(hasher, 1, 16, nullptr, 3); // one at a time, three per source
        QObject context;
        const SourceKey flood = source("203.0.113.7");
        const SourceKey person = source("198.51.100.20");
        QList<QString> order;
        const auto record = [&order](const QString &who) {
            return [&order, who](PasswordVerifier::Outcome) {
                order.append(who);
            };
        };
        int refused = 0;
        for (int i = 0; i < 10; ++i) {
            QString pw = QStringLiteral("guess");
            if (verifier.verify(pw, QString(), flood, &context, record(QStringLiteral("flood")))
                == PasswordVerifier::Admission::SourceBusy)
                ++refused;
            QVERIFY(pw.isEmpty()); // wiped, taken or refused
        }
        QCOMPARE(refused, 7);
        QCOMPARE(verifier.pendingFrom(flood), 3);
        QString right = QStringLiteral("pw");
        QCOMPARE(verifier.verify(right, encoded, person, &context, record(QStringLiteral("person"))),
                 PasswordVerifier::Admission::Accepted);
        // Fewest pending first: the person is checked right after the one running.
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 30000);
        QCOMPARE(order.at(1), QStringLiteral("person"));
        QCOMPARE(verifier.pending(), 0);
        QCOMPARE(verifier.pendingFrom(flood), 0);
        QString again = QStringLiteral("guess");
        QCOMPARE(verifier.verify(again, QString(), flood, &context, record(QStringLiteral("flood"))),
                 PasswordVerifier::Admission::Accepted);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 30000);
    }

    void aFullPoolRefusesEveryone()
    {
        const PasswordHasher hasher(PasswordHasher::Cost {1, 8 * 1024, 1});
        PasswordVerifier verifier(hasher, 1, 1, nullptr, 4);
        QObject context;
        int done = 0;
        const auto count = [&done](PasswordVerifier::Outcome) {
            ++done;
        };
        QString a = QStringLiteral("x"), b = QStringLiteral("x"), c = QStringLiteral("x");
        QCOMPARE(verifier.verify(a, QString(), source("198.51.100.1"), &context, count),
                 PasswordVerifier::Admission::Accepted); // runs
        QCOMPARE(verifier.verify(b, QString(), source("198.51.100.2"), &context, count),
                 PasswordVerifier::Admission::Accepted); // waits
        QCOMPARE(verifier.verify(c, QString(), source("198.51.100.3"), &context, count),
                 PasswordVerifier::Admission::PoolFull);
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, 30000);
    }
};

QTEST_GUILESS_MAIN(TestServerLoginLimits)
#include "tst_server_login_limits.moc"
