// SPDX-License-Identifier: GPL-3.0-or-later
// NotesVault end to end on real files: set-up, lock/unlock, wrong passphrase, passphrase
// change (also interrupted), damage detection, file modes and format migration.
#include "models/vault/NotesVault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::notes;

namespace {

SecretBytes passphrase(const char *text)
{
    QString copy = QString::fromUtf8(text);
    return SecretBytes::takeUtf8(copy);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestNotesVault : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now = QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);

    VaultFiles files() const
    {
        return VaultFiles::inDirectory(m_dir->filePath(QStringLiteral("notes")), QStringLiteral("account"));
    }

    VaultOptions options()
    {
        VaultOptions options;
        options.kdf = KdfParameters::floor(); // the production floor, so tests stay fast
        options.clock = [this] {
            return m_now;
        };
        return options;
    }

    std::unique_ptr<NotesVault> setUpVault(const char *secret = "correct horse battery")
    {
        auto vault = std::make_unique<NotesVault>(files(), options());
        const auto result = vault->setUp(passphrase(secret));
        if (!result.ok())
            qFatal("set-up failed");
        return vault;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTripAcrossLockAndReopen()
    {
        qint64 id = 0;
        {
            auto vault = setUpVault();
            QCOMPARE(vault->state(), NotesVault::State::Unlocked);
            id = vault->store()->createPersonalNote(QStringLiteral("à retenir"));
            QSignalSpy locked(vault.get(), &NotesVault::locked);
            vault->lock();
            QCOMPARE(locked.count(), 1);
            QCOMPARE(vault->state(), NotesVault::State::Locked);
            QVERIFY(!vault->store());
        }
        NotesVault reopened(files(), options());
        QCOMPARE(reopened.state(), NotesVault::State::Locked);
        QSignalSpy unlocked(&reopened, &NotesVault::unlocked);
        QVERIFY(reopened.unlock(passphrase("correct horse battery")).ok());
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(reopened.store()->note(id)->body, QStringLiteral("à retenir"));
    }

    void setUpRefusesShortPassphrasesAndSecondSetUp()
    {
        NotesVault vault(files(), options());
        QCOMPARE(vault.state(), NotesVault::State::NotSetUp);
        QCOMPARE(vault.setUp(passphrase("short")).outcome, NotesVault::Outcome::PassphraseTooShort);
        QVERIFY(vault.setUp(passphrase("long enough")).ok());
        vault.lock();
        QCOMPARE(vault.setUp(passphrase("another one")).outcome, NotesVault::Outcome::AlreadySetUp);
        QVERIFY(vault.unlock(passphrase("long enough")).ok());
    }

    void filesArePrivate()
    {
        auto vault = setUpVault();
        vault->store()->createPersonalNote(QStringLiteral("x"));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        for (const QString &path : {files().database, files().header}) {
            const QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QVERIFY((info.permissions() & ownerOnly) == ownerOnly);
            QVERIFY2(!(info.permissions() & groupOrOther), qPrintable(path));
        }
        QVERIFY(!(QFileInfo(QFileInfo(files().database).absolutePath()).permissions() & groupOrOther));
    }

    void headerHoldsNoSecretAndRecordsTheFormat()
    {
        auto vault = setUpVault();
        const QJsonObject header = QJsonDocument::fromJson(readAll(files().header)).object();
        QCOMPARE(header.value(QStringLiteral("format")).toString(),
                 cipherFormatName(SqlCipherLibrary::preferredFormat()));
        const QJsonObject kdf =
            header.value(QStringLiteral("key")).toObject().value(QStringLiteral("kdf")).toObject();
        QCOMPARE(kdf.value(QStringLiteral("memoryKiB")).toInt(), 65536);
        QCOMPARE(kdf.value(QStringLiteral("iterations")).toInt(), 2);
        QVERIFY(!readAll(files().header).contains("correct horse"));
    }

    void accountFileNameDoesNotRevealTheAccount()
    {
        const VaultFiles a =
            VaultFiles::forAccount(QStringLiteral("/d"), QStringLiteral("srv"), QStringLiteral("marie"));
        const VaultFiles b =
            VaultFiles::forAccount(QStringLiteral("/d"), QStringLiteral("srv"), QStringLiteral("paul"));
        QVERIFY(!a.database.contains(QStringLiteral("marie")));
        QVERIFY(a.database != b.database);
        QVERIFY(a.database.endsWith(QStringLiteral(".notes")));
    }

    void wrongPassphraseIsClearAndSlowsDown()
    {
        setUpVault()->lock();
        NotesVault vault(files(), options());
        for (int attempt = 1; attempt < UnlockThrottle::freeAttempts; ++attempt) {
            const auto result = vault.unlock(passphrase("not the passphrase"));
            QCOMPARE(result.outcome, NotesVault::Outcome::WrongPassphrase);
            QCOMPARE(result.retryAfter.count(), 0);
        }
        const auto third = vault.unlock(passphrase("not the passphrase"));
        QCOMPARE(third.outcome, NotesVault::Outcome::WrongPassphrase);
        QCOMPARE(third.retryAfter.count(), 1);
        // Even the right passphrase waits its turn.
        QCOMPARE(vault.unlock(passphrase("correct horse battery")).outcome, NotesVault::Outcome::Throttled);
        QVERIFY(QFile::exists(files().database)); // nothing was set aside
        m_now = m_now.addSecs(1);
        QVERIFY(vault.unlock(passphrase("correct horse battery")).ok());

        // The count survives a restart of Ecoute, and a success resets it.
        QCOMPARE(UnlockThrottle(files().throttleState).consecutiveFailures(), 0);
    }

    void throttleSurvivesRestart()
    {
        setUpVault()->lock();
        {
            NotesVault vault(files(), options());
            for (int attempt = 0; attempt < UnlockThrottle::freeAttempts; ++attempt)
                vault.unlock(passphrase("not the passphrase"));
        }
        NotesVault restarted(files(), options());
        const auto result = restarted.unlock(passphrase("correct horse battery"));
        QCOMPARE(result.outcome, NotesVault::Outcome::Throttled);
        QCOMPARE(result.retryAfter.count(), 1);
    }

    void changePassphraseRekeys()
    {
        auto vault = setUpVault("old passphrase");
        const qint64 id = vault->store()->createPersonalNote(QStringLiteral("garde-moi"));
        const QByteArray before = readAll(files().database);
        QCOMPARE(vault->changePassphrase(passphrase("wrong one!"), passphrase("new passphrase")).outcome,
                 NotesVault::Outcome::WrongPassphrase);
        QCOMPARE(vault->changePassphrase(passphrase("old passphrase"), passphrase("tiny")).outcome,
                 NotesVault::Outcome::PassphraseTooShort);
        QVERIFY(vault->changePassphrase(passphrase("old passphrase"), passphrase("new passphrase")).ok());
        QCOMPARE(vault->store()->note(id)->body, QStringLiteral("garde-moi")); // still usable
        vault->lock();
        QVERIFY(readAll(files().database) != before); // every page re-encrypted

        NotesVault reopened(files(), options());
        QCOMPARE(reopened.unlock(passphrase("old passphrase")).outcome, NotesVault::Outcome::WrongPassphrase);
        QVERIFY(reopened.unlock(passphrase("new passphrase")).ok());
        QCOMPARE(reopened.store()->note(id)->body, QStringLiteral("garde-moi"));
    }

    void interruptedPassphraseChangeBeforeRekey()
    {
        // Simulate a crash after the pending key was recorded but before the rekey committed:
        // header = old key current + new key pending, database still under the old key.
        setUpVault("old passphrase")->store()->createPersonalNote(QStringLiteral("toujours là"));
        const VaultFiles other =
            VaultFiles::inDirectory(m_dir->filePath(QStringLiteral("other")), QStringLiteral("x"));
        {
            NotesVault elsewhere(other, options());
            QVERIFY(elsewhere.setUp(passphrase("new passphrase")).ok());
        }
        const QJsonObject slotForNew = QJsonDocument::fromJson(readAll(other.header)).object();
        QJsonObject header = QJsonDocument::fromJson(readAll(files().header)).object();
        header.insert(QStringLiteral("pendingKey"), slotForNew.value(QStringLiteral("key")));
        writeAll(files().header, QJsonDocument(header).toJson());

        NotesVault reopened(files(), options());
        QCOMPARE(reopened.unlock(passphrase("new passphrase")).outcome,
                 NotesVault::Outcome::ChangeInterruptedUsePreviousPassphrase);
        QVERIFY(QFile::exists(files().database)); // not treated as damage
        QVERIFY(reopened.unlock(passphrase("old passphrase")).ok());
        QCOMPARE(reopened.store()->count(), 1);
        reopened.lock();
        QVERIFY(!QJsonDocument::fromJson(readAll(files().header))
                     .object()
                     .contains(QStringLiteral("pendingKey")));
        QCOMPARE(reopened.unlock(passphrase("new passphrase")).outcome, NotesVault::Outcome::WrongPassphrase);
    }

    void interruptedPassphraseChangeAfterRekey()
    {
        // Simulate a crash after the rekey committed but before the header made the new key current.
        auto vault = setUpVault("old passphrase");
        vault->store()->createPersonalNote(QStringLiteral("toujours là"));
        const QJsonObject oldHeader = QJsonDocument::fromJson(readAll(files().header)).object();
        QVERIFY(vault->changePassphrase(passphrase("old passphrase"), passphrase("new passphrase")).ok());
        const QJsonObject newHeader = QJsonDocument::fromJson(readAll(files().header)).object();
        vault->lock();
        vault.reset();
        QJsonObject staged = oldHeader;
        staged.insert(QStringLiteral("pendingKey"), newHeader.value(QStringLiteral("key")));
        writeAll(files().header, QJsonDocument(staged).toJson());

        NotesVault reopened(files(), options());
        QCOMPARE(reopened.unlock(passphrase("old passphrase")).outcome,
                 NotesVault::Outcome::ChangeInterruptedUseNewPassphrase);
        QVERIFY(QFile::exists(files().database));
        QVERIFY(reopened.unlock(passphrase("new passphrase")).ok());
        QCOMPARE(reopened.store()->count(), 1);
        reopened.lock();
        QCOMPARE(reopened.unlock(passphrase("old passphrase")).outcome, NotesVault::Outcome::WrongPassphrase);
    }

    void tamperedDatabaseIsSetAsideIntact()
    {
        auto vault = setUpVault();
        for (int i = 0; i < 200; ++i)
            vault->store()->createPersonalNote(QStringLiteral("note %1 ").arg(i).repeated(20));
        vault->lock();
        QByteArray bytes = readAll(files().database);
        QVERIFY(bytes.size() > 3 * 4096);
        bytes[2 * 4096 + 100] = static_cast<char>(bytes[2 * 4096 + 100] ^ 0x01); // one bit, in page 3
        writeAll(files().database, bytes);

        const auto result = vault->unlock(passphrase("correct horse battery"));
        QCOMPARE(result.outcome, NotesVault::Outcome::Damaged);
        QVERIFY(!result.setAsidePath.isEmpty());
        QCOMPARE(readAll(result.setAsidePath), bytes); // kept byte for byte
        QVERIFY(!QFile::exists(files().database));
        QVERIFY(QFile::exists(result.setAsidePath + QString()));
        QCOMPARE(vault->state(), NotesVault::State::NotSetUp);
        // A fresh start is possible and does not touch what was set aside.
        QVERIFY(vault->setUp(passphrase("another passphrase")).ok());
        QCOMPARE(readAll(result.setAsidePath), bytes);
    }

    void truncatedFirstPageIsDamageNotWrongPassphrase()
    {
        auto vault = setUpVault();
        vault->store()->createPersonalNote(QStringLiteral("x"));
        vault->lock();
        QByteArray bytes = readAll(files().database);
        for (int i = 0; i < 64; ++i)
            bytes[i] = 'Z';
        writeAll(files().database, bytes);
        QCOMPARE(vault->unlock(passphrase("correct horse battery")).outcome, NotesVault::Outcome::Damaged);
    }

    void malformedOrMissingHeaderIsDamage()
    {
        setUpVault()->lock();
        writeAll(files().header, "{ not json");
        NotesVault vault(files(), options());
        const auto result = vault.unlock(passphrase("correct horse battery"));
        QCOMPARE(result.outcome, NotesVault::Outcome::Damaged);
        QVERIFY(QFile::exists(files().database + result.setAsidePath.mid(files().database.size())));
        QVERIFY(!QFile::exists(files().database));

        setUpVault()->lock();
        QFile::remove(files().header);
        QCOMPARE(vault.unlock(passphrase("correct horse battery")).outcome, NotesVault::Outcome::Damaged);
    }

    void headerBelowTheFloorIsRejected()
    {
        setUpVault()->lock();
        QByteArray header = readAll(files().header);
        header.replace("65536", "1024");
        writeAll(files().header, header);
        NotesVault vault(files(), options());
        QCOMPARE(vault.unlock(passphrase("correct horse battery")).outcome, NotesVault::Outcome::Damaged);
    }

    void interruptedSetUpCanStillBeUnlocked()
    {
        // Header written, database never created (killed in between): nothing was saved, so unlock just
        // creates it.
        setUpVault()->lock();
        QFile::remove(files().database);
        NotesVault vault(files(), options());
        QVERIFY(vault.unlock(passphrase("correct horse battery")).ok());
        QCOMPARE(vault.store()->count(), 0);
    }

    void lockSavesPendingTypingAndDropsTheStore()
    {
        auto vault = setUpVault();
        const qint64 id = vault->store()->createPersonalNote();
        vault->autosaver()->setDebounceInterval(60 * 60 * 1000);
        vault->autosaver()->textChanged(id, QStringLiteral("tapé juste avant le verrouillage"));
        QVERIFY(vault->autosaver()->hasPendingChanges());
        vault->lock();
        QVERIFY(!vault->autosaver()->hasPendingChanges());
        QVERIFY(!vault->store());
        QVERIFY(vault->unlock(passphrase("correct horse battery")).ok());
        QCOMPARE(vault->store()->note(id)->body, QStringLiteral("tapé juste avant le verrouillage"));
    }

    void retentionRunsOnUnlockAndOnPolicyPush()
    {
        auto vault = setUpVault();
        vault->store()->createPersonalNote(QStringLiteral("ancienne"));
        m_now = m_now.addDays(10);
        vault->store()->createPersonalNote(QStringLiteral("récente"));
        vault->lock();

        m_now = m_now.addDays(25); // first note is 35 days old, the second 25
        QSignalSpy purged(vault.get(), &NotesVault::notesPurged);
        QVERIFY(vault->unlock(passphrase("correct horse battery")).ok());
        QCOMPARE(purged.count(), 1);
        QCOMPARE(vault->store()->count(), 1);

        vault->setRetentionPolicy(RetentionPolicy {7, 0}); // the server's stricter policy
        QCOMPARE(vault->store()->count(), 0);
    }

    void newerFormatIsReportedAndLeftUntouched()
    {
        if (SqlCipherLibrary::canOpen(CipherFormat::SqlCipher4))
            QSKIP("this build links SQLCipher 4, which reads every format we write");
        setUpVault()->lock();
        QByteArray header = readAll(files().header);
        header.replace("sqlcipher3-compat", "sqlcipher4");
        writeAll(files().header, header);
        const QByteArray database = readAll(files().database);
        NotesVault vault(files(), options());
        QCOMPARE(vault.unlock(passphrase("correct horse battery")).outcome,
                 NotesVault::Outcome::UnsupportedFormat);
        QCOMPARE(readAll(files().database), database);
        QCOMPARE(readAll(files().header), header);
    }

    void exportRewritesTheWholeDatabase()
    {
        // The machinery of the 3.x -> 4 migration (ATTACH with a bound raw key + sqlcipher_export),
        // exercised in the format this build writes.
        SecretBytes key(32);
        key.data()[0] = 1;
        const QString source = m_dir->filePath(QStringLiteral("source.db"));
        const QString target = m_dir->filePath(QStringLiteral("target.db"));
        {
            NotesStore store(CipherDatabase::openEncrypted(source, key, SqlCipherLibrary::preferredFormat()));
            store.createPersonalNote(QStringLiteral("exportée"));
            store.database().exportTo(target, key, SqlCipherLibrary::preferredFormat());
        }
        NotesStore copy(CipherDatabase::openEncrypted(target, key, SqlCipherLibrary::preferredFormat()));
        QCOMPARE(copy.search(QStringLiteral("exportee")).size(), 1);
    }

    void migratesA3xFileWhenBuiltAgainstSqlCipher4()
    {
        if (!SqlCipherLibrary::canOpen(CipherFormat::SqlCipher4))
            QSKIP(qPrintable(
                QStringLiteral(
                    "needs SQLCipher 4; this build links SQLCipher %1, which only has the 3.x format")
                    .arg(SqlCipherLibrary::version())));
        VaultOptions legacy = options();
        legacy.newFileFormat = CipherFormat::SqlCipher3Compat;
        qint64 id = 0;
        {
            NotesVault old(files(), legacy);
            QVERIFY(old.setUp(passphrase("correct horse battery")).ok());
            QCOMPARE(old.format(), CipherFormat::SqlCipher3Compat);
            id = old.store()->createPersonalNote(QStringLiteral("écrite en 3.x"));
        }
        NotesVault vault(files(), options());
        QVERIFY(vault.unlock(passphrase("correct horse battery")).ok());
        QCOMPARE(vault.format(), CipherFormat::SqlCipher4);
        QCOMPARE(vault.store()->note(id)->body, QStringLiteral("écrite en 3.x"));
        vault.lock();
        QVERIFY(readAll(files().header).contains("\"sqlcipher4\""));
        QVERIFY(!QFile::exists(files().database + QStringLiteral(".migrating")));
        QVERIFY(vault.unlock(passphrase("correct horse battery")).ok());
        QCOMPARE(vault.store()->count(), 1);
    }

    void calibrationRespectsTheFloorAndGrows()
    {
        using namespace std::chrono;
        // A slow machine: the floor already takes longer than the target.
        const KdfCalibrator slow([](const KdfParameters &) { return nanoseconds(milliseconds(900)); });
        QCOMPARE(slow.calibrate(), KdfParameters::floor());

        // A fast machine where cost is linear in memory × passes: 64 MiB × 2 passes = 40 ms.
        const KdfCalibrator linear([](const KdfParameters &p) {
            return nanoseconds(microseconds(qint64(40000) * p.memoryKiB / 65536 * p.iterations / 2));
        });
        const KdfParameters chosen = linear.calibrate(milliseconds(500));
        QCOMPARE(chosen.memoryKiB, KdfCalibrator::memoryCapKiB);
        QVERIFY(chosen.iterations >= 3);
        QVERIFY(chosen.isAcceptable());
        const double estimatedMs = 40.0 * chosen.memoryKiB / 65536 * chosen.iterations / 2;
        QVERIFY(estimatedMs > 400 && estimatedMs < 600);

        QVERIFY(!(KdfParameters {32 * 1024, 2, 1}).isAcceptable());
        QVERIFY(!(KdfParameters {64 * 1024, 1, 1}).isAcceptable());
    }
};

QTEST_GUILESS_MAIN(TestNotesVault)
#include "tst_notesvault.moc"
