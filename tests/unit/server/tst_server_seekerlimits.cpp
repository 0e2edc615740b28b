// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker queue's limits on an injected clock: per source (waiting at
// once, new per window, urgent share), per contact (messages, characters,
// chat.sync), loopback, forgetting; and the grace period of pages gone.
#include "server/abuse/SeekerGrace.h"
#include "server/abuse/SeekerLimits.h"
#include "server/abuse/TokenBucket.h"
#include "tests/mock/ManualClock.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QSet>
#include <QTest>

using namespace ecoute::server;
using ecoute::tests::ManualClock;
using namespace ecoute::server::abuse;

namespace {
const SourceKey kShelter = SourceKey::of(QHostAddress(QStringLiteral("203.0.113.7")));
const SourceKey kElsewhere = SourceKey::of(QHostAddress(QStringLiteral("198.51.100.20")));
const SourceKey kLoopback = SourceKey::of(QHostAddress(QHostAddress::LocalHost));

/// A queue the test controls: which contacts still wait.
struct FakeQueue
{
    QSet<QString> waiting;
    SeekerLimits::IsWaiting isWaiting()
    {
        return [this](const QString &id) {
            return waiting.contains(id);
        };
    }
};

/// Starts n contacts from source, named prefix0.., all waiting; false at the first refusal.
bool startMany(SeekerLimits &limits, FakeQueue &queue, const SourceKey &source, int n, const QString &prefix,
               bool urgent = false)
{
    for (int i = 0; i < n; ++i) {
        const auto decision = limits.admitStart(source, urgent);
        if (!decision.allowed)
            return false;
        const QString id = prefix + QString::number(i);
        queue.waiting.insert(id);
        limits.started(source, id, decision.urgent);
    }
    return true;
}
} // namespace

class TestServerSeekerLimits : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucketBurstThenRate()
    {
        TokenBucket bucket(10, 2, 0); // 10 at once, then 2 a second
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(bucket.waitMs(1, 0), 0);
            bucket.take(1);
        }
        QCOMPARE(bucket.waitMs(1, 0), 500);
        QCOMPARE(bucket.waitMs(1, 499), 1);
        QCOMPARE(bucket.waitMs(1, 500), 0);
        bucket.take(1);
        QVERIFY(!bucket.isFull(500));
        QVERIFY(bucket.isFull(5500));
        // An item larger than the burst passes once the bucket is full again.
        QCOMPARE(bucket.waitMs(50, 5500), 0);
    }

    void waitingPerSourceIsCapped()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config;
        SeekerLimits limits(config, queue.isWaiting(), clock);
        QVERIFY(startMany(limits, queue, kShelter, config.maxWaitingPerSource, QStringLiteral("s")));
        const auto refused = limits.admitStart(kShelter, false);
        QVERIFY(!refused.allowed);
        QVERIFY(refused.retryAfterMs > 0);
        // Another source is not concerned.
        QVERIFY(limits.admitStart(kElsewhere, false).allowed);
        // One of the shelter's contacts is answered: its place frees at once.
        queue.waiting.remove(QStringLiteral("s3"));
        QVERIFY(limits.admitStart(kShelter, false).allowed);
    }

    void newContactsPerWindow()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config;
        SeekerLimits limits(config, queue.isWaiting(), clock);
        // They are answered as fast as they come: only the window limits.
        for (int i = 0; i < config.newPerWindow; ++i) {
            const auto decision = limits.admitStart(kShelter, false);
            QVERIFY(decision.allowed);
            limits.started(kShelter, QStringLiteral("n%1").arg(i), false);
            clock.advanceMs(1000);
        }
        const auto refused = limits.admitStart(kShelter, false);
        QVERIFY(!refused.allowed);
        // The first start leaves the window at windowSeconds after it (t = 0).
        QCOMPARE(refused.retryAfterMs, qint64(config.windowSeconds) * 1000 - clock.monotonicMs());
        clock.setMonotonicMs(qint64(config.windowSeconds) * 1000);
        QVERIFY(limits.admitStart(kShelter, false).allowed);
    }

    void urgentShareOfOneSource()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config; // 2 urgent per source
        SeekerLimits limits(config, queue.isWaiting(), clock);
        QVERIFY(startMany(limits, queue, kShelter, config.urgentPerSource, QStringLiteral("u"), true));
        // Further "in danger now" from there wait in the normal order.
        QVERIFY(limits.admitStart(kShelter, true).allowed);
        QVERIFY(!limits.admitStart(kShelter, true).urgent);
        // Not from elsewhere.
        QVERIFY(limits.admitStart(kElsewhere, true).urgent);
        // One of them answered: the next urgent one goes first again.
        queue.waiting.remove(QStringLiteral("u0"));
        QVERIFY(limits.admitStart(kShelter, true).urgent);
        // Not asked, not given.
        QVERIFY(!limits.admitStart(kElsewhere, false).urgent);
    }

    void messagesBurstThenRateAndCharacters()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config; // 10 at once, 120 a minute; 40,000 characters, 500 a second
        SeekerLimits limits(config, queue.isWaiting(), clock);
        const QString contact = QStringLiteral("c");
        for (int i = 0; i < config.messageBurst; ++i)
            QVERIFY(!limits.admitMessage(kShelter, contact, 20));
        const auto wait = limits.admitMessage(kShelter, contact, 20);
        QVERIFY(wait);
        QCOMPARE(*wait, 500);
        clock.advanceMs(500);
        QVERIFY(!limits.admitMessage(kShelter, contact, 20));
        // Another contact of the same source has its own budget.
        QVERIFY(!limits.admitMessage(kShelter, QStringLiteral("d"), 20));

        // Size-weighted: five maximum-length messages, then a wait for the characters.
        const QString big = QStringLiteral("big");
        for (int i = 0; i < 5; ++i)
            QVERIFY(!limits.admitMessage(kShelter, big, 8000));
        const auto charWait = limits.admitMessage(kShelter, big, 8000);
        QVERIFY(charWait);
        QCOMPARE(*charWait, 16000); // 8,000 characters at 500 a second
        // A short one still fits after a moment (the message count is not the bottleneck).
        clock.advanceMs(1000);
        QVERIFY(!limits.admitMessage(kShelter, big, 100));
    }

    void syncsAreHeldBack()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config; // 5 at once, 30 a minute
        SeekerLimits limits(config, queue.isWaiting(), clock);
        for (int i = 0; i < config.syncBurst; ++i)
            QVERIFY(!limits.admitSync(kShelter, QStringLiteral("c")));
        QCOMPARE(limits.admitSync(kShelter, QStringLiteral("c")).value_or(0), 2000);
        clock.advanceMs(2000);
        QVERIFY(!limits.admitSync(kShelter, QStringLiteral("c")));
    }

    void loopbackOnlyWhenAsked()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config;
        config.maxWaitingPerSource = 1;
        {
            SeekerLimits limits(config, queue.isWaiting(), clock);
            QVERIFY(!limits.applies(kLoopback));
            QVERIFY(startMany(limits, queue, kLoopback, 5, QStringLiteral("l")));
            QVERIFY(!limits.admitMessage(kLoopback, QStringLiteral("l0"), 1));
            QCOMPARE(limits.trackedSources(), 0);
            QVERIFY(limits.applies(kShelter));
            QVERIFY(!limits.applies(SourceKey())); // no peer address: nothing to key on
        }
        config.limitLoopback = true;
        SeekerLimits limits(config, queue.isWaiting(), clock);
        QVERIFY(startMany(limits, queue, kLoopback, 1, QStringLiteral("m")));
        QVERIFY(!limits.admitStart(kLoopback, false).allowed);
    }

    void sourcesAndContactsAreForgotten()
    {
        ManualClock clock {0};
        FakeQueue queue;
        SeekerLimitsConfig config;
        SeekerLimits limits(config, queue.isWaiting(), clock);
        QVERIFY(startMany(limits, queue, kShelter, 3, QStringLiteral("f")));
        QVERIFY(!limits.admitMessage(kShelter, QStringLiteral("f0"), 100));
        QCOMPARE(limits.trackedSources(), 1);
        QCOMPARE(limits.trackedContacts(), 1);
        // A window later: the buckets are full again (forgotten); the source still has people waiting.
        clock.advanceMs(qint64(config.windowSeconds) * 1000);
        limits.admitStart(kElsewhere, false);
        QCOMPARE(limits.trackedContacts(), 0);
        QCOMPARE(limits.trackedSources(), 1);
        // They were answered: nothing is kept about that source any more.
        queue.waiting.clear();
        clock.advanceMs(60'000);
        limits.admitStart(kElsewhere, false);
        QCOMPARE(limits.trackedSources(), 0);
    }

    void graceStartsWhenTheLastPageCloses()
    {
        SeekerGrace grace(60'000);
        const QString c = QStringLiteral("c");
        grace.pageOpened(c);
        grace.pageOpened(c); // a reload: the new page comes before the old one is closed
        grace.pageClosed(c, 1000);
        QVERIFY(!grace.inGrace(c));
        grace.pageClosed(c, 2000);
        QVERIFY(grace.inGrace(c));
        QVERIFY(grace.takeExpired(61'999).isEmpty());
        QCOMPARE(grace.takeExpired(62'000), QStringList {c});
        QVERIFY(!grace.inGrace(c));
    }

    void aPageBackInTimeCancelsTheGrace()
    {
        SeekerGrace grace(60'000);
        const QString c = QStringLiteral("c");
        grace.pageOpened(c);
        grace.pageClosed(c, 0);
        grace.pageOpened(c); // resumed with its token
        QVERIFY(grace.takeExpired(120'000).isEmpty());
        QVERIFY(grace.hasPage(c));
    }

    void contactsWithoutAnyPageGetAGrace()
    {
        SeekerGrace grace(1000);
        grace.seenWithoutPage(QStringLiteral("old"), 0); // e.g. after a restart
        grace.seenWithoutPage(QStringLiteral("old"), 900); // seen again: the grace does not restart
        grace.pageOpened(QStringLiteral("live"));
        grace.seenWithoutPage(QStringLiteral("live"), 0); // has a page: not concerned
        QCOMPARE(grace.takeExpired(1000), QStringList {QStringLiteral("old")});
        QVERIFY(!grace.inGrace(QStringLiteral("live")));
    }

    void optionsHaveDefaultsAndBounds()
    {
        QCommandLineParser parser;
        SeekerLimitsConfig::addOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("ecoute-server")}));
        SeekerLimitsConfig config;
        QString error;
        QVERIFY(config.read(parser, &error));
        QCOMPARE(config.maxWaitingPerSource, 20);
        QCOMPARE(config.newPerWindow, 30);
        QCOMPARE(config.pageGraceMs, 60'000);
        QVERIFY(!config.limitLoopback);

        QCommandLineParser tests;
        SeekerLimitsConfig::addOptions(tests);
        QVERIFY(tests.parse({QStringLiteral("ecoute-server"), QStringLiteral("--seeker-page-grace-ms"),
                             QStringLiteral("1500"), QStringLiteral("--seeker-limits-loopback"),
                             QStringLiteral("--seeker-max-waiting"), QStringLiteral("3")}));
        QVERIFY(config.read(tests, &error));
        QCOMPARE(config.pageGraceMs, 1500);
        QCOMPARE(config.maxWaitingPerSource, 3);
        QVERIFY(config.limitLoopback);
        QVERIFY(!tests.helpText().contains(QLatin1String("seeker-limits-loopback")));

        QCommandLineParser bad;
        SeekerLimitsConfig::addOptions(bad);
        QVERIFY(bad.parse(
            {QStringLiteral("ecoute-server"), QStringLiteral("--seeker-max-waiting"), QStringLiteral("0")}));
        QVERIFY(!config.read(bad, &error));
        QVERIFY(error.contains(QLatin1String("--seeker-max-waiting")));
    }
};

QTEST_GUILESS_MAIN(TestServerSeekerLimits)
#include "tst_server_seekerlimits.moc"
