// SPDX-License-Identifier: GPL-3.0-or-later
// NotesStore over a real SQLCipher database (random raw key, no KDF): notes, tags,
// full-text search, retention and pinning.
#include "models/vault/FullTextQuery.h"
#include "models/vault/NotesStore.h"

#include <sodium.h>

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::notes;

class TestNotesStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    int m_counter = 0;

    SecretBytes randomKey()
    {
        SecretBytes key(32);
        randombytes_buf(key.data(), key.size());
        return key;
    }

    std::unique_ptr<NotesStore> newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.notes").arg(++m_counter));
        CipherDatabase db =
            CipherDatabase::openEncrypted(path, randomKey(), SqlCipherLibrary::preferredFormat());
        return std::make_unique<NotesStore>(std::move(db), [this] { return m_now; });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ensureSodiumReady();
    }

    void sqliteWipesWhatItFrees()
    {
        // Decrypted pages must not linger in freed memory after the database is closed.
        QVERIFY(SqlCipherLibrary::wipesFreedMemory());
    }

    void contactNoteRoundTrip()
    {
        auto store = newStore();
        const ContactRef contact {QStringLiteral("c-42"), QStringLiteral("Mouette"), QStringLiteral("chat"),
                                  m_now.addSecs(-600)};
        const qint64 id = store->createContactNote(contact, QStringLiteral("Premier échange, très calme."));
        store->setTags(id, {QStringLiteral("suivi"), QStringLiteral(" urgent "), QString()});

        const auto note = store->note(id);
        QVERIFY(note);
        QVERIFY(!note->isPersonal());
        QCOMPARE(*note->contact, contact);
        QCOMPARE(note->body, QStringLiteral("Premier échange, très calme."));
        QCOMPARE(note->tags, (QStringList {QStringLiteral("suivi"), QStringLiteral("urgent")}));
        QCOMPARE(note->createdAt, m_now);
        QCOMPARE(note->revision, 0);
        QCOMPARE(store->notesForContact(QStringLiteral("c-42")).size(), 1);
        QCOMPARE(store->notesTagged(QStringLiteral("URGENT")).size(), 1);
    }

    void personalNoteSavesAndCountsRevisions()
    {
        auto store = newStore();
        const qint64 id = store->createPersonalNote();
        QCOMPARE(store->saveBody(id, QStringLiteral("un")), 1);
        m_now = m_now.addSecs(60);
        QCOMPARE(store->saveBody(id, QStringLiteral("deux")), 2);
        const auto note = store->note(id);
        QVERIFY(note->isPersonal());
        QCOMPARE(note->body, QStringLiteral("deux"));
        QCOMPARE(note->updatedAt, m_now);
        QVERIFY(note->createdAt < note->updatedAt);
        QVERIFY_THROWS_EXCEPTION(StorageError, store->saveBody(id + 100, QStringLiteral("x")));
    }

    void removingANoteRemovesItsTagsAndIndex()
    {
        auto store = newStore();
        const qint64 id = store->createPersonalNote(QStringLiteral("girafe solitaire"));
        store->setTags(id, {QStringLiteral("animal")});
        store->removeNote(id);
        QVERIFY(!store->note(id));
        QVERIFY(store->allTags().isEmpty());
        QVERIFY(store->search(QStringLiteral("girafe")).isEmpty());
    }

    void notesCreatedInACallersTransactionAreIndexedOnce()
    {
        auto store = newStore();
        store->database().exec("BEGIN");
        for (int i = 0; i < 20; ++i)
            store->createPersonalNote(QStringLiteral("appel numéro %1").arg(i));
        store->database().exec("COMMIT");
        QCOMPARE(store->search(QStringLiteral("appel")).size(), 20);
        QCOMPARE(store->search(QStringLiteral("numero 7")).size(), 1);
        // FTS4 compares its index with the notes table and fails on any difference.
        store->database().exec("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')");
    }

    void versionOneDatabaseLosesItsInsertTrigger()
    {
        // Version 1 indexed new notes with a trigger; kept, it would index them a second time.
        const QString path = m_dir.filePath(QStringLiteral("store-v1.notes"));
        const SecretBytes key = randomKey();
        {
            NotesStore store(CipherDatabase::openEncrypted(path, key, SqlCipherLibrary::preferredFormat()));
            CipherDatabase &db = store.database();
            db.exec("CREATE TRIGGER notes_after_insert AFTER INSERT ON notes BEGIN"
                    " INSERT INTO notes_fts(docid, body) VALUES (new.id, new.body); END");
            db.exec("INSERT INTO notes (body, created_at, updated_at) VALUES ('ancienne version', 0, 0)");
            db.exec("PRAGMA user_version = 1");
        }
        NotesStore store(CipherDatabase::openEncrypted(path, key, SqlCipherLibrary::preferredFormat()));
        QCOMPARE(store.database().pragmaValue("PRAGMA user_version"), QStringLiteral("2"));
        QCOMPARE(store.database().pragmaValue("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                              "AND name = 'notes_after_insert'"),
                 QStringLiteral("0"));
        store.createPersonalNote(QStringLiteral("nouvelle version"));
        QCOMPARE(store.search(QStringLiteral("version")).size(), 2);
        store.database().exec("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')");
    }

    void searchFindsPrefixesWithoutAccentsAndHighlights()
    {
        auto store = newStore();
        const qint64 first = store->createPersonalNote(QStringLiteral("Le bénévole a écouté longuement."));
        const qint64 second = store->createPersonalNote(QStringLiteral("Rien à voir ici."));
        store->createPersonalNote(QStringLiteral("Une écoute attentive, encore."));
        Q_UNUSED(second);

        const QList<SearchHit> hits = store->search(QStringLiteral("ecout"));
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.first().noteId > hits.last().noteId); // newest first
        QCOMPARE(hits.last().noteId, first);
        const SearchHit &hit = hits.last();
        QCOMPARE(hit.snippet, QStringLiteral("Le bénévole a écouté longuement."));
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second),
                 QStringLiteral("écouté"));

        QCOMPARE(store->search(QStringLiteral("benevole longue")).size(), 1);
        QCOMPARE(store->search(QStringLiteral("benevole absent")).size(), 0);
    }

    void searchTreatsOperatorsAsText()
    {
        auto store = newStore();
        store->createPersonalNote(QStringLiteral("appel NEAR minuit"));
        // Quotes, stars, minus signs and FTS keywords must neither fail nor change the meaning.
        QCOMPARE(store->search(QStringLiteral("\"appel* -minuit OR")).size(), 0);
        QCOMPARE(store->search(QStringLiteral("\"appel\" (minuit)")).size(), 1);
        QVERIFY(store->search(QStringLiteral("  *** ")).isEmpty());
        QVERIFY(store->search(QString()).isEmpty());
    }

    void updatedBodyIsReindexed()
    {
        auto store = newStore();
        const qint64 id = store->createPersonalNote(QStringLiteral("ancien texte"));
        store->saveBody(id, QStringLiteral("nouveau contenu"));
        QVERIFY(store->search(QStringLiteral("ancien")).isEmpty());
        QCOMPARE(store->search(QStringLiteral("nouveau")).size(), 1);
    }

    void retentionDeletesOldNotesAndKeepsAllowedPins()
    {
        auto store = newStore();
        const QDateTime start = m_now;
        const qint64 old = store->createPersonalNote(QStringLiteral("vieille note"));
        const qint64 pinned = store->createPersonalNote(QStringLiteral("note épinglée"));
        const RetentionPolicy noPinning {30, 0};
        const RetentionPolicy withPinning {30, 90};
        QVERIFY(!store->setPinned(pinned, true, noPinning));
        QVERIFY(store->setPinned(pinned, true, withPinning));
        m_now = start.addDays(20);
        const qint64 recent = store->createPersonalNote(QStringLiteral("note récente"));

        m_now = start.addDays(30);
        QCOMPARE(store->purgeExpired(withPinning), 0); // exactly 30 days: still kept

        m_now = start.addDays(31);
        QCOMPARE(store->purgeExpired(withPinning), 1);
        QVERIFY(!store->note(old));
        QVERIFY(store->note(pinned));
        QVERIFY(store->note(recent));
        QVERIFY(store->search(QStringLiteral("vieille")).isEmpty());

        // A policy that stops allowing pins: the pin no longer protects the note.
        QCOMPARE(store->purgeExpired(noPinning), 1);
        QVERIFY(!store->note(pinned));
        QVERIFY(store->note(recent));

        m_now = start.addDays(51);
        QCOMPARE(store->purgeExpired(RetentionPolicy {}), 1);
        QCOMPARE(store->count(), 0);
    }

    void pinnedNotesExpireAtThePinnedLimit()
    {
        auto store = newStore();
        const QDateTime start = m_now;
        const qint64 pinned = store->createPersonalNote(QStringLiteral("gardée"));
        const RetentionPolicy policy {30, 90};
        store->setPinned(pinned, true, policy);
        m_now = start.addDays(89);
        QCOMPARE(store->purgeExpired(policy), 0);
        m_now = start.addDays(91);
        QCOMPARE(store->purgeExpired(policy), 1);
    }

    void retentionPolicyFromServer()
    {
        const auto policy = RetentionPolicy::fromJson(QJsonObject {
            {QStringLiteral("noteRetentionDays"), 14}, {QStringLiteral("pinnedNoteRetentionDays"), 60}});
        QVERIFY(policy);
        QCOMPARE(policy->retentionDays, 14);
        QVERIFY(policy->allowsPinning());
        QVERIFY(!RetentionPolicy::fromJson(QJsonObject {{QStringLiteral("noteRetentionDays"), 0}}));
        QVERIFY(!RetentionPolicy::fromJson(
            QJsonObject {{QStringLiteral("noteRetentionDays"), QStringLiteral("30")}}));
        QVERIFY(!RetentionPolicy {}.allowsPinning());
        QCOMPARE(RetentionPolicy {}.retentionDays, 30);
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(FullTextQuery::matchExpression(QStringLiteral("Jean-Pierre a dit \"OR\"")),
                 QStringLiteral("\"Jean*\" \"Pierre*\" \"a*\" \"dit*\" \"OR*\""));
        QString marked = QStringLiteral("a \x02"
                                        "bc\x03 d \x02"
                                        "e\x03");
        const auto ranges = FullTextQuery::takeHighlights(marked);
        QCOMPARE(marked, QStringLiteral("a bc d e"));
        QCOMPARE(ranges, (QList<std::pair<int, int>> {{2, 2}, {7, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestNotesStore)
#include "tst_notesstore.moc"
