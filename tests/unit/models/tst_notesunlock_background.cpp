// SPDX-License-Identifier: GPL-3.0-or-later
// Unlocking the notes runs Argon2id on a worker thread: the GUI thread keeps turning
// (a 20 ms timer keeps ticking while a 64 MiB derivation runs), a second press is
// ignored, and locking, cancelling or going away meanwhile drops the result.
#include "models/notes/NotesWorkspace.h"
#include "models/vault/KeyDerivation.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using ecoute::models::NotesWorkspace;
using ecoute::notes::KdfParameters;
using State = ecoute::models::NotesWorkspace::State;

namespace {

constexpr int kTimeout = 20000;
const QString kPassphrase = QStringLiteral("correct horse battery");

/// A workspace with a locked vault using the floor parameters (64 MiB, 2 passes).
struct LockedNotes
{
    QTemporaryDir dir;
    std::unique_ptr<NotesWorkspace> workspace;

    bool prepare()
    {
        NotesWorkspace::Options options;
        options.directory = dir.path();
        options.vault.kdf = KdfParameters::floor();
        workspace = std::make_unique<NotesWorkspace>(options);
        workspace->setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QString first = kPassphrase;
        QString second = kPassphrase;
        if (!workspace->setUp(first, second).ok)
            return false;
        workspace->lock();
        return workspace->state() == State::Locked;
    }
};

} // namespace

class TestNotesUnlockBackground : public QObject
{
    Q_OBJECT

private slots:
    void guiThreadKeepsRunningWhileUnlocking()
    {
        LockedNotes notes;
        QVERIFY(notes.prepare());
        QSignalSpy finished(notes.workspace.get(), &NotesWorkspace::unlockFinished);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();

        QString passphrase = kPassphrase;
        QElapsedTimer call;
        call.start();
        QVERIFY(notes.workspace->unlockInBackground(passphrase));
        const qint64 callMs = call.elapsed();
        QVERIFY(passphrase.isEmpty()); // handed over and wiped
        QVERIFY(notes.workspace->isUnlocking());
        QCOMPARE(notes.workspace->state(), State::Locked);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        const qint64 totalMs = call.elapsed();
        QVERIFY(finished.first().at(0).value<NotesWorkspace::Attempt>().ok);
        QCOMPARE(notes.workspace->state(), State::Unlocked);
        QVERIFY(!notes.workspace->isUnlocking());
        // Argon2 with 64 MiB takes well over 100 ms: the call returned long before, and the
        // event loop kept serving the timer all along (on the GUI thread, no tick at all).
        qInfo() << "unlock call" << callMs << "ms, derivation done after" << totalMs << "ms," << ticks
                << "ticks";
        QVERIFY2(callMs * 4 < totalMs, "unlockInBackground() waited for the derivation");
        QVERIFY2(ticks >= 3 && ticks * 20 >= totalMs / 3, "the event loop stalled while unlocking");
    }

    void wrongPassphraseIsReportedFromTheWorker()
    {
        LockedNotes notes;
        QVERIFY(notes.prepare());
        QSignalSpy finished(notes.workspace.get(), &NotesWorkspace::unlockFinished);
        QString wrong = QStringLiteral("not the passphrase");
        QVERIFY(notes.workspace->unlockInBackground(wrong));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        const auto attempt = finished.first().at(0).value<NotesWorkspace::Attempt>();
        QVERIFY(!attempt.ok);
        QVERIFY(attempt.message.contains(QStringLiteral("Wrong passphrase")));
        QCOMPARE(notes.workspace->state(), State::Locked);
    }

    void secondSubmissionIsIgnored()
    {
        LockedNotes notes;
        QVERIFY(notes.prepare());
        QSignalSpy finished(notes.workspace.get(), &NotesWorkspace::unlockFinished);
        QString first = kPassphrase;
        QString second = kPassphrase;
        QVERIFY(notes.workspace->unlockInBackground(first));
        QVERIFY(!notes.workspace->unlockInBackground(second));
        QVERIFY(second.isEmpty()); // wiped all the same
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(notes.workspace->state(), State::Unlocked);
    }

    void lockingDuringTheDerivationDropsTheResult()
    {
        LockedNotes notes;
        QVERIFY(notes.prepare());
        QSignalSpy finished(notes.workspace.get(), &NotesWorkspace::unlockFinished);
        QSignalSpy unlocked(notes.workspace.get(), &NotesWorkspace::unlocked);
        QString passphrase = kPassphrase;
        QVERIFY(notes.workspace->unlockInBackground(passphrase));
        notes.workspace->lock(); // Ctrl+L, screen lock, suspend
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).value<NotesWorkspace::Attempt>().ok);
        QVERIFY(!notes.workspace->isUnlocking());
        QTest::qWait(1500); // the worker finishes meanwhile; its key must open nothing
        QCOMPARE(unlocked.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(notes.workspace->state(), State::Locked);
    }

    void goingAwayDuringTheDerivationIsSafe()
    {
        LockedNotes notes;
        QVERIFY(notes.prepare());
        QString passphrase = kPassphrase;
        QVERIFY(notes.workspace->unlockInBackground(passphrase));
        notes.workspace.reset(); // the window closed
        QTest::qWait(1500); // the worker ends with nobody to tell
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestNotesUnlockBackground)
#include "tst_notesunlock_background.moc"
