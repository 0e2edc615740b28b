// SPDX-License-Identifier: GPL-3.0-or-later
// The QtCore pieces around the vault: debounced autosave, the idle-lock policy and the
// wrong-passphrase throttle. Clocks are injected; no assertion depends on elapsed time.
#include "models/vault/IdleLockPolicy.h"
#include "models/vault/NoteAutosaver.h"
#include "models/vault/UnlockThrottle.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace ecoute::notes;
using namespace std::chrono_literals;

class TestNotesLocking : public QObject
{
    Q_OBJECT

private slots:
    void autosaveCoalescesTypingIntoOneSave()
    {
        QList<std::pair<qint64, QString>> saves;
        NoteAutosaver autosaver([&](qint64 id, const QString &body) {
            saves.append({id, body});
            return qint64(saves.size());
        });
        autosaver.setDebounceInterval(20);
        QSignalSpy saved(&autosaver, &NoteAutosaver::saved);
        autosaver.textChanged(7, QStringLiteral("b"));
        autosaver.textChanged(7, QStringLiteral("bo"));
        autosaver.textChanged(7, QStringLiteral("bon"));
        QVERIFY(saves.isEmpty()); // nothing before the pause
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saves, (QList<std::pair<qint64, QString>> {{7, QStringLiteral("bon")}}));
        QCOMPARE(saved.first().at(0).toLongLong(), 7);
        QVERIFY(!autosaver.hasPendingChanges());
    }

    void continuousTypingIsSavedByTheDeadline()
    {
        int saves = 0;
        NoteAutosaver autosaver([&](qint64, const QString &) { return qint64(++saves); });
        autosaver.setDebounceInterval(60 * 60 * 1000); // the pause never comes
        autosaver.setMaximumDelay(10);
        autosaver.textChanged(1, QStringLiteral("a"));
        QTRY_COMPARE(saves, 1);
    }

    void flushSavesEverythingNow()
    {
        QHash<qint64, QString> stored;
        NoteAutosaver autosaver([&](qint64 id, const QString &body) {
            stored.insert(id, body);
            return qint64(1);
        });
        autosaver.setDebounceInterval(60 * 60 * 1000);
        autosaver.textChanged(1, QStringLiteral("un"));
        autosaver.textChanged(2, QStringLiteral("deux"));
        QVERIFY(autosaver.flush());
        QCOMPARE(stored.value(1), QStringLiteral("un"));
        QCOMPARE(stored.value(2), QStringLiteral("deux"));
        QVERIFY(!autosaver.hasPendingChanges());
    }

    void failedSaveKeepsTheTextAndReports()
    {
        bool diskFull = true;
        QString stored;
        NoteAutosaver autosaver([&](qint64, const QString &body) -> qint64 {
            if (diskFull)
                throw std::runtime_error("disk full");
            stored = body;
            return 1;
        });
        autosaver.setDebounceInterval(60 * 60 * 1000);
        autosaver.setMaximumDelay(60 * 60 * 1000);
        QSignalSpy failed(&autosaver, &NoteAutosaver::saveFailed);
        autosaver.textChanged(3, QStringLiteral("précieux"));
        QVERIFY(!autosaver.flush());
        QCOMPARE(failed.count(), 1);
        QVERIFY(autosaver.hasPendingChanges());
        diskFull = false;
        QVERIFY(autosaver.flush());
        QCOMPARE(stored, QStringLiteral("précieux"));
        autosaver.textChanged(3, QStringLiteral("jeté"));
        autosaver.discardPending();
        QVERIFY(!autosaver.hasPendingChanges());
    }

    void idleTimeoutRequestsALock()
    {
        QDateTime now(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        IdleLockPolicy policy([&] { return now; });
        QCOMPARE(policy.idleTimeout(), std::chrono::milliseconds(5min)); // the default
        QSignalSpy requested(&policy, &IdleLockPolicy::lockRequested);

        policy.checkIdle(); // not armed (notes locked): never asks
        now = now.addSecs(600);
        policy.checkIdle();
        QCOMPARE(requested.count(), 0);

        policy.setArmed(true);
        now = now.addSecs(4 * 60);
        policy.checkIdle();
        QCOMPARE(requested.count(), 0);
        policy.recordActivity(); // activity postpones the deadline
        now = now.addSecs(4 * 60);
        policy.checkIdle();
        QCOMPARE(requested.count(), 0);
        now = now.addSecs(61);
        policy.checkIdle();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).value<IdleLockPolicy::Reason>(), IdleLockPolicy::Reason::Idle);
        QVERIFY(!policy.isArmed()); // one request per unlocked period
    }

    void configurableAndDisableableTimeout()
    {
        QDateTime now(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        IdleLockPolicy policy([&] { return now; });
        QSignalSpy requested(&policy, &IdleLockPolicy::lockRequested);
        policy.setIdleTimeout(1min);
        policy.setArmed(true);
        now = now.addSecs(61);
        policy.checkIdle();
        QCOMPARE(requested.count(), 1);

        policy.setIdleTimeout(0ms);
        policy.setArmed(true);
        now = now.addDays(1);
        policy.checkIdle();
        QCOMPARE(requested.count(), 1);
    }

    void theTimerFiresWithoutHelp()
    {
        IdleLockPolicy policy;
        QSignalSpy requested(&policy, &IdleLockPolicy::lockRequested);
        policy.setIdleTimeout(20ms);
        policy.setArmed(true);
        QTRY_COMPARE(requested.count(), 1);
    }

    void screenLockSuspendAndShortcutLockAtOnce()
    {
        IdleLockPolicy policy;
        QSignalSpy requested(&policy, &IdleLockPolicy::lockRequested);
        const QList<std::pair<void (IdleLockPolicy::*)(), IdleLockPolicy::Reason>> triggers {
            {&IdleLockPolicy::screenLocked, IdleLockPolicy::Reason::ScreenLocked},
            {&IdleLockPolicy::systemSuspending, IdleLockPolicy::Reason::Suspending},
            {&IdleLockPolicy::lockNow, IdleLockPolicy::Reason::Manual},
        };
        for (const auto &[trigger, reason] : triggers) {
            policy.setArmed(true);
            (policy.*trigger)();
            QCOMPARE(requested.last().at(0).value<IdleLockPolicy::Reason>(), reason);
        }
        QCOMPARE(requested.count(), 3);
        policy.lockNow(); // not armed any more
        QCOMPARE(requested.count(), 3);
    }

    void throttleDelaysGrow()
    {
        QCOMPARE(UnlockThrottle::delayAfter(0), 0s);
        QCOMPARE(UnlockThrottle::delayAfter(2), 0s);
        QCOMPARE(UnlockThrottle::delayAfter(3), 1s);
        QCOMPARE(UnlockThrottle::delayAfter(4), 2s);
        QCOMPARE(UnlockThrottle::delayAfter(6), 8s);
        QCOMPARE(UnlockThrottle::delayAfter(100), UnlockThrottle::maximumDelay);

        const QDateTime t0(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        UnlockThrottle throttle;
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(t0);
        QCOMPARE(throttle.remainingDelay(t0), 2s);
        QCOMPARE(throttle.remainingDelay(t0.addMSecs(1500)), 1s);
        QCOMPARE(throttle.remainingDelay(t0.addSecs(2)), 0s);
        QCOMPARE(throttle.remainingDelay(t0.addSecs(-3600)), 2s); // clock moved back
        throttle.recordSuccess();
        QCOMPARE(throttle.remainingDelay(t0), 0s);
    }

    void throttleIsPersisted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("throttle"));
        const QDateTime t0(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        {
            UnlockThrottle throttle(path);
            for (int i = 0; i < 5; ++i)
                throttle.recordFailure(t0);
        }
        UnlockThrottle reloaded(path);
        QCOMPARE(reloaded.consecutiveFailures(), 5);
        QCOMPARE(reloaded.remainingDelay(t0), 4s);
    }
};

QTEST_GUILESS_MAIN(TestNotesLocking)
#include "tst_noteslocking.moc"
