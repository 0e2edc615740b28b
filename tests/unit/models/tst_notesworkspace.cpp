// SPDX-License-Identifier: GPL-3.0-or-later
// The glue between the encrypted notes and the widgets: NotesWorkspace (set up, unlock,
// lock, change passphrase, damaged files), NoteBinding (a contact's note, autosave) and
// NotesSearchModel (search with highlights, tags, emptied on locking). Cheap Argon2
// parameters (the floor); no assertion depends on elapsed time.
#include "models/notes/NoteBinding.h"
#include "models/notes/NotesSearchModel.h"
#include "models/notes/NotesWorkspace.h"

#include <QFile>
#include <QPoint>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ecoute::models::NoteBinding;
using ecoute::models::NotesSearchModel;
using ecoute::models::NotesWorkspace;
using State = ecoute::models::NotesWorkspace::State;

namespace {

NotesWorkspace::Options cheapOptions(const QString &directory)
{
    NotesWorkspace::Options options;
    options.directory = directory;
    options.vault.kdf = ecoute::notes::KdfParameters::floor();
    return options;
}

ecoute::notes::ContactRef colibri()
{
    return {QStringLiteral("k1"), QStringLiteral("Colibri"), QStringLiteral("chat"),
            QDateTime(QDate(2026, 1, 10), QTime(21, 0), Qt::UTC)};
}

bool setUp(NotesWorkspace &workspace, const QString &passphrase)
{
    QString first = passphrase;
    QString second = passphrase;
    return workspace.setUp(first, second).ok;
}

} // namespace

class TestNotesWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void idleTimeoutComesFromSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
        QCOMPARE(NotesWorkspace::Options::fromSettings(settings).idleTimeout, std::chrono::minutes(5));
        settings.setValue(QStringLiteral("notes/idleLockMinutes"), 12);
        QCOMPARE(NotesWorkspace::Options::fromSettings(settings).idleTimeout, std::chrono::minutes(12));
        settings.setValue(QStringLiteral("notes/idleLockMinutes"), 0);
        QCOMPARE(NotesWorkspace::Options::fromSettings(settings).idleTimeout, std::chrono::minutes(0));
    }

    void organisationPolicyIsApplied()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(workspace.vault());
        const ecoute::notes::RetentionPolicy defaults = workspace.vault()->retentionPolicy();

        workspace.applyPolicy({}); // nothing pushed: the default stays
        QCOMPARE(workspace.vault()->retentionPolicy(), defaults);
        // An out-of-range policy is ignored, not half-applied.
        workspace.applyPolicy({{QStringLiteral("noteRetentionDays"), 0}});
        QCOMPARE(workspace.vault()->retentionPolicy(), defaults);
        workspace.applyPolicy({{QStringLiteral("noteRetentionDays"), 99999}});
        QCOMPARE(workspace.vault()->retentionPolicy(), defaults);

        workspace.applyPolicy(
            {{QStringLiteral("noteRetentionDays"), 14}, {QStringLiteral("pinnedNoteRetentionDays"), 60}});
        QCOMPARE(workspace.vault()->retentionPolicy().retentionDays, 14);
        QCOMPARE(workspace.vault()->retentionPolicy().pinnedRetentionDays, 60);
        QVERIFY(workspace.vault()->retentionPolicy().allowsPinning());
    }

    void setUpChecksTheConfirmation()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        QCOMPARE(workspace.state(), State::NoAccount);
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QCOMPARE(workspace.state(), State::NotSetUp);

        QString first = QStringLiteral("correct horse");
        QString second = QStringLiteral("correct horse!");
        NotesWorkspace::Attempt attempt = workspace.setUp(first, second);
        QVERIFY(!attempt.ok);
        QVERIFY(!attempt.message.isEmpty());
        QVERIFY(first.isEmpty() && second.isEmpty()); // handed over and wiped

        first = QStringLiteral("short");
        second = first;
        attempt = workspace.setUp(first, second);
        QVERIFY(!attempt.ok);
        QVERIFY(attempt.message.contains(QLatin1String("8")));
        QCOMPARE(workspace.state(), State::NotSetUp);

        QSignalSpy unlocked(&workspace, &NotesWorkspace::unlocked);
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        QCOMPARE(workspace.state(), State::Unlocked);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(workspace.store());
    }

    void pinningFollowsThePolicy()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        NoteBinding binding(workspace);
        binding.bindContact(colibri());
        binding.setBody(QStringLiteral("A garder"));

        // Default policy: no pinning.
        QVERIFY(!binding.pinningAllowed());
        QVERIFY(!binding.setPinned(true));
        QVERIFY(!binding.isPinned());

        workspace.applyPolicy(
            {{QStringLiteral("noteRetentionDays"), 30}, {QStringLiteral("pinnedNoteRetentionDays"), 90}});
        QVERIFY(binding.pinningAllowed());
        QCOMPARE(binding.pinnedRetentionDays(), 90);
        QVERIFY(binding.setPinned(true));
        QVERIFY(binding.isPinned());
        QVERIFY(binding.setPinned(false));
        QVERIFY(!binding.isPinned());
    }

    void contactNoteSearchLockAndUnlock()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        workspace.autosaver()->setDebounceInterval(10);

        NoteBinding binding(workspace);
        binding.bindContact(colibri());
        binding.setBody(QString());
        QCOMPARE(binding.noteId(), 0); // no empty note for every conversation
        binding.setBody(QStringLiteral("Parle de son chien"));
        QVERIFY(binding.noteId() != 0);
        QCOMPARE(binding.saveState(), NoteBinding::SaveState::Saved);
        binding.setBody(QStringLiteral("Parle de son chien Filou"));
        QCOMPARE(binding.saveState(), NoteBinding::SaveState::Saving);
        QTRY_COMPARE(binding.saveState(), NoteBinding::SaveState::Saved);
        binding.setTags(NoteBinding::parseTags(QStringLiteral(" suivi, chien,, Suivi ")));
        QCOMPARE(binding.tags(), (QStringList {QStringLiteral("chien"), QStringLiteral("suivi")}));

        // Another editor for the same contact finds the same note.
        NoteBinding again(workspace);
        again.bindContact(colibri());
        QCOMPARE(again.noteId(), binding.noteId());
        QCOMPARE(again.body(), QStringLiteral("Parle de son chien Filou"));

        NoteBinding personal(workspace);
        personal.bindNewPersonalNote();
        personal.setBody(QStringLiteral("Relire la procedure de crise"));

        NotesSearchModel model(workspace);
        QCOMPARE(model.rowCount(), 2);
        model.setQuery(QStringLiteral("filou"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex hit = model.index(0);
        QCOMPARE(hit.data(NotesSearchModel::NoteIdRole).toLongLong(), binding.noteId());
        QCOMPARE(hit.data(NotesSearchModel::PseudonymRole).toString(), QStringLiteral("Colibri"));
        QCOMPARE(hit.data(NotesSearchModel::ChannelRole).toString(), QStringLiteral("chat"));
        QVERIFY(!hit.data(NotesSearchModel::PersonalRole).toBool());
        QCOMPARE(hit.data(NotesSearchModel::HighlightsRole).toList().size(), 1);
        QVERIFY(hit.data(NotesSearchModel::HighlightedHtmlRole)
                    .toString()
                    .contains(QLatin1String("<b>Filou</b>")));
        model.setQuery(QString());
        model.setTag(QStringLiteral("suivi"));
        QCOMPARE(model.rowCount(), 1);
        model.setTag(QString());
        model.setQuery(QStringLiteral("procedure"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(NotesSearchModel::PersonalRole).toBool());
        QCOMPARE(workspace.allTags(), (QStringList {QStringLiteral("chien"), QStringLiteral("suivi")}));

        // Locking empties everything that showed note text.
        QSignalSpy cleared(&binding, &NoteBinding::cleared);
        workspace.lockPolicy().lockNow();
        QCOMPARE(workspace.state(), State::Locked);
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.query().isEmpty());
        QVERIFY(binding.body().isEmpty());
        QVERIFY(workspace.allTags().isEmpty());
        binding.setBody(QStringLiteral("ignored while locked"));

        QString wrong = QStringLiteral("wrong horse");
        NotesWorkspace::Attempt attempt = workspace.unlock(wrong);
        QVERIFY(!attempt.ok);
        QVERIFY(attempt.message.contains(QLatin1String("Wrong passphrase")));
        QCOMPARE(workspace.state(), State::Locked);

        QSignalSpy loaded(&binding, &NoteBinding::loaded);
        QString right = QStringLiteral("correct horse");
        QVERIFY(workspace.unlock(right).ok);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(binding.body(), QStringLiteral("Parle de son chien Filou"));
        QCOMPARE(model.rowCount(), 2);
    }

    void anotherEditorHearsOfSaves()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        workspace.autosaver()->setDebounceInterval(10);
        NoteBinding pane(workspace);
        pane.bindContact(colibri());
        pane.setBody(QStringLiteral("un"));
        NoteBinding view(workspace);
        view.bindNote(pane.noteId());
        QSignalSpy paneElsewhere(&pane, &NoteBinding::changedElsewhere);
        QSignalSpy viewElsewhere(&view, &NoteBinding::changedElsewhere);
        pane.setBody(QStringLiteral("un deux"));
        QTRY_COMPARE(pane.saveState(), NoteBinding::SaveState::Saved);
        QCOMPARE(paneElsewhere.count(), 0);
        QCOMPARE(viewElsewhere.count(), 1);
        QCOMPARE(view.body(), QStringLiteral("un deux"));
    }

    void repeatedWrongPassphrasesAskToWait()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        workspace.lock();
        NotesWorkspace::Attempt attempt;
        for (int i = 0; i < ecoute::notes::UnlockThrottle::freeAttempts; ++i) {
            QString wrong = QStringLiteral("wrong horse");
            attempt = workspace.unlock(wrong);
            QVERIFY(!attempt.ok);
        }
        QVERIFY(attempt.retryAfter.count() > 0);
        QVERIFY(attempt.message.contains(QLatin1String("wait")));
        QString right = QStringLiteral("correct horse");
        attempt = workspace.unlock(right); // still throttled, even with the right one
        QVERIFY(!attempt.ok);
        QVERIFY(attempt.retryAfter.count() > 0);
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));

        QString current = QStringLiteral("correct horse");
        QString next = QStringLiteral("battery staple");
        QString confirmation = QStringLiteral("battery stapler");
        QVERIFY(!workspace.changePassphrase(current, next, confirmation).ok);
        current = QStringLiteral("correct horse");
        next = QStringLiteral("battery staple");
        confirmation = next;
        const NotesWorkspace::Attempt attempt = workspace.changePassphrase(current, next, confirmation);
        QVERIFY2(attempt.ok, qPrintable(attempt.message));
        workspace.lock();
        QString old = QStringLiteral("correct horse");
        QVERIFY(!workspace.unlock(old).ok);
        QString fresh = QStringLiteral("battery staple");
        QVERIFY(workspace.unlock(fresh).ok);
    }

    void damagedFileIsSetAsideAndReported()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        NoteBinding binding(workspace);
        binding.bindNewPersonalNote();
        binding.setBody(QStringLiteral("something worth keeping"));
        workspace.lock();

        const QString database = workspace.vault()->files().database;
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4096);
        file.seek(file.size() - 100);
        file.write(QByteArray(40, '\x5a'));
        file.close();

        QSignalSpy stateChanged(&workspace, &NotesWorkspace::stateChanged);
        QString right = QStringLiteral("correct horse");
        const NotesWorkspace::Attempt attempt = workspace.unlock(right);
        QVERIFY(!attempt.ok);
        QVERIFY(!attempt.setAsidePath.isEmpty());
        QVERIFY(QFile::exists(attempt.setAsidePath));
        QVERIFY(attempt.message.contains(attempt.setAsidePath));
        QCOMPARE(workspace.state(), State::NotSetUp);
        QVERIFY(stateChanged.count() >= 1);
    }

    void idleLock()
    {
        QTemporaryDir dir;
        NotesWorkspace::Options options = cheapOptions(dir.path());
        options.idleTimeout = std::chrono::milliseconds(50);
        NotesWorkspace workspace(options);
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        QSignalSpy locked(&workspace, &NotesWorkspace::locked);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 20000);
        QCOMPARE(workspace.state(), State::Locked);
    }

    void switchingAccountLocksThePreviousNotes()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QVERIFY(setUp(workspace, QStringLiteral("correct horse")));
        QSignalSpy locked(&workspace, &NotesWorkspace::locked);
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("volunteer"));
        QCOMPARE(workspace.state(), State::Unlocked); // same account: nothing changes
        workspace.setAccount(QStringLiteral("127.0.0.1:8443"), QStringLiteral("other"));
        QCOMPARE(locked.count(), 1);
        QCOMPARE(workspace.state(), State::NotSetUp);
    }
};

QTEST_GUILESS_MAIN(TestNotesWorkspace)
#include "tst_notesworkspace.moc"
