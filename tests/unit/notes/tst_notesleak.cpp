// SPDX-License-Identifier: GPL-3.0-or-later
// Leak checks: note text never reaches the disk in plaintext (database, journal, temporary
// files), and the file is a standard SQLCipher database that the `sqlcipher` tool opens
// with the raw key and only with it.
#include "models/vault/NotesVault.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::notes;

namespace {

const QString marker = QStringLiteral("ZQXMARQUEUR7731");
const char secret[] = "correct horse battery";

SecretBytes passphrase()
{
    QString copy = QString::fromUtf8(secret);
    return SecretBytes::takeUtf8(copy);
}

} // namespace

class TestNotesLeak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_sqliteTemp;
    QDateTime m_now = QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<NotesVault> m_vault;
    int m_filesScanned = 0;

    VaultFiles files() const { return VaultFiles::inDirectory(m_dir.path(), QStringLiteral("account")); }

    /// Fails if any file under the notes folder or SQLite's temporary folder contains the marker.
    void verifyNoPlaintextOnDisk(const char *when)
    {
        const QByteArray utf8 = marker.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
        for (const QString &root : {m_dir.path(), m_sqliteTemp.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                ++m_filesScanned;
                QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16),
                         qPrintable(QStringLiteral("%1: plaintext in %2").arg(QLatin1String(when), path)));
            }
        }
    }

    QByteArray rawKeyHex()
    {
        const VaultHeader::Loaded loaded = VaultHeader::load(files().header);
        const DerivedKeys keys =
            KeyDerivation::derive(passphrase(), loaded.header.current.salt, loaded.header.current.kdf);
        return QByteArray(reinterpret_cast<const char *>(keys.databaseKey.data()),
                          static_cast<qsizetype>(keys.databaseKey.size()))
            .toHex();
    }

    QString runSqlcipherTool(const QByteArray &script, QByteArray *errors = nullptr)
    {
        QProcess tool;
        tool.start(QStandardPaths::findExecutable(QStringLiteral("sqlcipher")), {files().database});
        if (!tool.waitForStarted())
            return {};
        tool.write(script);
        tool.closeWriteChannel();
        tool.waitForFinished(30000);
        if (errors)
            *errors = tool.readAllStandardError();
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

    QByteArray formatPragmas()
    {
        const VaultHeader::Loaded loaded = VaultHeader::load(files().header);
        QByteArray pragmas;
        if (loaded.header.format == CipherFormat::SqlCipher3Compat)
            pragmas += "PRAGMA cipher_compatibility = 3;\n"; // SQLCipher 4's tool; 3.x ignores it
        pragmas += "PRAGMA cipher_page_size = 4096;\n";
        return pragmas;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_sqliteTemp.isValid());
        // SQLite reads this once, before its first temporary file: any spill lands where we look.
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_sqliteTemp.path()));
        VaultOptions options;
        options.kdf = KdfParameters::floor();
        options.clock = [this] {
            return m_now;
        };
        m_vault = std::make_unique<NotesVault>(files(), options);
        QVERIFY(m_vault->setUp(passphrase()).ok());
    }

    void notesNeverReachTheDiskInPlaintext()
    {
        NotesStore *store = m_vault->store();
        const ContactRef contact {QStringLiteral("c-1"), marker, QStringLiteral("chat"), m_now};
        QList<qint64> ids;
        for (int i = 0; i < 300; ++i) {
            const QString body = QStringLiteral("Échange %1 avec %2. ").arg(i).arg(marker).repeated(8);
            ids << (i % 2 ? store->createContactNote(contact, body) : store->createPersonalNote(body));
            store->setTags(ids.last(), {marker});
        }
        verifyNoPlaintextOnDisk("after autosaves");

        // Inside an open write transaction the rollback journal holds the old pages.
        store->database().exec("BEGIN IMMEDIATE");
        for (qint64 id : std::as_const(ids))
            store->saveBody(id, marker + QStringLiteral(" modifié ").repeated(30));
        QVERIFY2(QFile::exists(files().database + QStringLiteral("-journal")),
                 "the journal was not observed");
        verifyNoPlaintextOnDisk("during a transaction");
        store->database().exec("COMMIT");

        QVERIFY(!store->search(marker).isEmpty());
        m_now = m_now.addDays(31);
        store->createPersonalNote(marker); // survives the purge
        QVERIFY(m_vault->purgeExpired() > 0); // deletes and VACUUMs
        verifyNoPlaintextOnDisk("after retention and vacuum");
        m_vault->lock();
        verifyNoPlaintextOnDisk("after locking");
        QVERIFY(m_filesScanned >= 6);
    }

    void sqlcipherToolReadsTheFileWithTheRawKeyOnly()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QSKIP("the sqlcipher command-line tool is not installed");
        const QByteArray select = "SELECT body FROM notes;\n";

        const QString withKey =
            runSqlcipherTool("PRAGMA key = \"x'" + rawKeyHex() + "'\";\n" + formatPragmas() + select);
        QVERIFY2(withKey.contains(marker), "the sqlcipher tool could not read the notes with the raw key");

        QByteArray errors;
        const QString withoutKey = runSqlcipherTool(formatPragmas() + select, &errors);
        QVERIFY(!withoutKey.contains(marker));
        QVERIFY2(errors.contains("not a database"), errors.constData());

        const QByteArray wrongKey(64, 'a');
        const QString withWrongKey =
            runSqlcipherTool("PRAGMA key = \"x'" + wrongKey + "'\";\n" + formatPragmas() + select, &errors);
        QVERIFY(!withWrongKey.contains(marker));
        QVERIFY2(errors.contains("not a database"), errors.constData());

        // The passphrase itself is not the SQLCipher key (it goes through Argon2id first).
        const QString withPassphrase =
            runSqlcipherTool(QByteArray("PRAGMA key = '") + secret + "';\n" + select, &errors);
        QVERIFY(!withPassphrase.contains(marker));
    }
};

QTEST_GUILESS_MAIN(TestNotesLeak)
#include "tst_notesleak.moc"
