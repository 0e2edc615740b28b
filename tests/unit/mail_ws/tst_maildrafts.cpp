// SPDX-License-Identifier: GPL-3.0-or-later
// Unfinished e-mail answers (MailDrafts, notes::DraftStore) in a real SQLCipher vault in a
// temporary folder: a draft survives closing and reopening the vault, waits in memory while the
// vault is locked, is deleted once the server holds the answer and comes back when it is returned.
// Cheap Argon2 parameters (the floor); the debounce is flushed by hand, never waited for.
#include "models/mail/MailDrafts.h"
#include "models/mail/MailOutbox.h"
#include "models/notes/NotesWorkspace.h"
#include "models/vault/DraftStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::MailDrafts;
using ecoute::models::MailOutbox;
using ecoute::models::NotesWorkspace;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;

namespace {

NotesWorkspace::Options cheapOptions(const QString &directory)
{
    NotesWorkspace::Options options;
    options.directory = directory;
    options.vault.kdf = ecoute::notes::KdfParameters::floor();
    return options;
}

const QString passphrase = QStringLiteral("correct horse battery");

bool setUp(NotesWorkspace &workspace)
{
    QString first = passphrase;
    QString second = passphrase;
    return workspace.setUp(first, second).ok;
}

bool unlock(NotesWorkspace &workspace)
{
    QString copy = passphrase;
    return workspace.unlock(copy).ok;
}

Envelope outboxFrame(const QString &state, const QString &text, const QString &comment = {})
{
    QJsonObject reply {{"replyId", "m1"},   {"contactId", "k1"}, {"clientMsgId", "c1"},
                       {"state", state},    {"text", text},      {"at", "2026-01-05T09:00:00Z"},
                       {"comment", comment}};
    return Envelope::make(MessageType::MailOutbox, {{"reply", reply}});
}

} // namespace

class TestMailDrafts : public QObject
{
    Q_OBJECT

private slots:
    void draftSurvivesReopeningTheVault()
    {
        QTemporaryDir dir;
        {
            NotesWorkspace workspace(cheapOptions(dir.path()));
            workspace.setAccount("127.0.0.1:8443", "claire");
            QVERIFY(setUp(workspace));
            MailDrafts drafts;
            drafts.setWorkspace(&workspace);
            QSignalSpy saved(&drafts, &MailDrafts::saved);
            drafts.setDraft("k1", "Bonjour,\nje pense à vous.");
            QVERIFY(drafts.hasUnsaved("k1"));
            QVERIFY(drafts.flush());
            QCOMPARE(saved.count(), 1);
            QVERIFY(!drafts.hasUnsaved("k1"));
            workspace.lock();
        }
        // A restart: a new workspace on the same files.
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount("127.0.0.1:8443", "claire");
        MailDrafts drafts;
        drafts.setWorkspace(&workspace);
        QVERIFY(!drafts.isAvailable());
        QCOMPARE(drafts.draft("k1"), QString()); // locked: nothing can be read
        QSignalSpy available(&drafts, &MailDrafts::available);
        QVERIFY(unlock(workspace));
        QCOMPARE(available.count(), 1);
        QCOMPARE(drafts.draft("k1"), QString("Bonjour,\nje pense à vous."));

        // The draft's table has its own version beside the notes'.
        ecoute::notes::DraftStore store(workspace.store()->database(), ecoute::notes::DraftKind::MailAnswer);
        QCOMPARE(store.contactIds(), QStringList {"k1"});
        QCOMPARE(workspace.store()->database().pragmaValue("PRAGMA user_version").value_or(QString()),
                 QString("2"));
    }

    void draftWaitsInMemoryWhileLocked()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount("127.0.0.1:8443", "claire");
        QVERIFY(setUp(workspace));
        workspace.lock();
        MailDrafts drafts;
        drafts.setWorkspace(&workspace);
        drafts.setDraft("k1", "écrit pendant le verrouillage");
        QVERIFY(!drafts.flush()); // nowhere to write yet
        QCOMPARE(drafts.draft("k1"), QString("écrit pendant le verrouillage")); // still here
        QVERIFY(unlock(workspace)); // written as it unlocks
        QVERIFY(!drafts.hasUnsaved("k1"));
        ecoute::notes::DraftStore store(workspace.store()->database(), ecoute::notes::DraftKind::MailAnswer);
        QCOMPARE(store.draft("k1")->text, QString("écrit pendant le verrouillage"));
    }

    void draftGoesWhenAcceptedAndComesBackWhenReturned()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount("127.0.0.1:8443", "claire");
        QVERIFY(setUp(workspace));
        MailOutbox outbox([](const Envelope &) { return QStringLiteral("r1"); });
        MailDrafts drafts;
        drafts.setWorkspace(&workspace);
        drafts.follow(outbox);
        drafts.setDraft("k1", "Bonjour");
        QVERIFY(drafts.flush());

        outbox.handle(outboxFrame("pending_review", "Bonjour"));
        QVERIFY(!drafts.hasUnsaved("k1"));
        QCOMPARE(drafts.draft("k1"), QString()); // the server holds it now
        ecoute::notes::DraftStore store(workspace.store()->database(), ecoute::notes::DraftKind::MailAnswer);
        QVERIFY(!store.draft("k1"));

        outbox.handle(outboxFrame("returned", "Bonjour", "Plus doux"));
        QCOMPARE(drafts.draft("k1"), QString("Bonjour")); // at once, before it is written
        QVERIFY(drafts.flush());
        QCOMPARE(store.draft("k1")->text, QString("Bonjour"));

        outbox.handle(outboxFrame("scheduled", "Bonjour"));
        QVERIFY(!store.draft("k1"));
        outbox.handle(outboxFrame("cancelled", "Bonjour"));
        QVERIFY(drafts.flush());
        QCOMPARE(store.draft("k1")->text, QString("Bonjour"));
    }

    void oldDraftsArePurgedAndTheSchemaIsKept()
    {
        QTemporaryDir dir;
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount("127.0.0.1:8443", "claire");
        QVERIFY(setUp(workspace));
        QDateTime now(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        ecoute::notes::DraftStore store(workspace.store()->database(), ecoute::notes::DraftKind::MailAnswer,
                                        [&now] { return now; });
        store.save("k1", "ancien");
        now = now.addDays(40);
        store.save("k2", "récent");
        QCOMPARE(store.purgeOlderThan(now.addDays(-30)), 1);
        QCOMPARE(store.contactIds(), QStringList {"k2"});
        store.save("k2", QString()); // empty: gone
        QVERIFY(store.contactIds().isEmpty());
        // Opening again does not recreate (or fail on) the existing table.
        ecoute::notes::DraftStore again(workspace.store()->database(), ecoute::notes::DraftKind::MailAnswer);
        QVERIFY(again.contactIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailDrafts)
#include "tst_maildrafts.moc"
