// SPDX-License-Identifier: GPL-3.0-or-later
// Transcripts at rest: the sealer, the key file, rotation, migration of clear
// text and the retention of ended contacts' text.
#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/storage/Database.h"
#include "server/storage/KeyRing.h"
#include "server/storage/TranscriptResealer.h"
#include "server/storage/TranscriptRetention.h"
#include "server/storage/TranscriptSealer.h"
#include "server/storage/TranscriptVault.h"
#include "server/supervision/SupervisionStore.h"
#include "tests/mock/ManualClock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::server;
using ecoute::tests::ManualClock;

namespace {
std::shared_ptr<const KeyRing> ring(const QString &path)
{
    QString error;
    std::shared_ptr<const KeyRing> keys = KeyRing::load(path, &error);
    if (!keys)
        qWarning() << error;
    return keys;
}

QByteArray identity(const QString &contact, int seq)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("messages"), QStringLiteral("text"),
                                         {contact, QString::number(seq)});
}

/// Owner, group and others (QFile also reports the current user's bits).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path)
        & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

/// A staff account to author whispers.
qint64 staff(Database &db, const QString &name)
{
    return AccountStore(db).add(name, QStringLiteral("supervisor"), QStringLiteral("hash"), {});
}

QVariant rawColumn(Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class TestServerSealing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"keys", "db.sqlite", "db.sqlite-wal", "db.sqlite-shm"})
            QFile::remove(path(name));
    }

    void roundTripWithFreshNonces()
    {
        const TranscriptSealer sealer(KeyRing::ephemeral());
        const QString text = QStringLiteral("je n'en peux plus — ça fait trop");
        const QByteArray a = sealer.seal(text, identity(QStringLiteral("c1"), 1));
        const QByteArray b = sealer.seal(text, identity(QStringLiteral("c1"), 1));
        QVERIFY(a != b); // a random nonce each time
        QVERIFY(!a.contains(text.toUtf8()));
        QCOMPARE(a.size(), TranscriptSealer::kHeaderBytes + text.toUtf8().size() + 16);
        QCOMPARE(sealer.open(a, identity(QStringLiteral("c1"), 1)), std::optional(text));
        QCOMPARE(sealer.open(sealer.seal(QString(), identity(QStringLiteral("c1"), 2)),
                             identity(QStringLiteral("c1"), 2)),
                 std::optional(QString()));
    }

    void wrongKeyDoesNotOpen()
    {
        const TranscriptSealer sealer(KeyRing::ephemeral());
        const TranscriptSealer other(KeyRing::ephemeral()); // same key id 1, other bytes
        const QByteArray sealed = sealer.seal(QStringLiteral("secret"), identity(QStringLiteral("c1"), 1));
        QVERIFY(!other.open(sealed, identity(QStringLiteral("c1"), 1)));
    }

    void tamperedValueDoesNotOpen()
    {
        const TranscriptSealer sealer(KeyRing::ephemeral());
        const QByteArray sealed = sealer.seal(QStringLiteral("secret"), identity(QStringLiteral("c1"), 1));
        for (int at : {1, 6, TranscriptSealer::kHeaderBytes, static_cast<int>(sealed.size()) - 1}) {
            QByteArray changed = sealed;
            changed[at] = static_cast<char>(changed[at] ^ 0x01);
            QVERIFY2(!sealer.open(changed, identity(QStringLiteral("c1"), 1)),
                     qPrintable(QString::number(at)));
        }
        QVERIFY(!sealer.open(sealed.left(sealed.size() - 1), identity(QStringLiteral("c1"), 1)));
    }

    void valueMovedToAnotherRowDoesNotOpen()
    {
        const TranscriptSealer sealer(KeyRing::ephemeral());
        const QByteArray sealed = sealer.seal(QStringLiteral("secret"), identity(QStringLiteral("c1"), 1));
        QVERIFY(!sealer.open(sealed, identity(QStringLiteral("c1"), 2)));
        QVERIFY(!sealer.open(sealed, identity(QStringLiteral("c2"), 1)));
        QVERIFY(!sealer.open(sealed,
                             TranscriptSealer::rowIdentity(QStringLiteral("whispers"), QStringLiteral("text"),
                                                           {QStringLiteral("c1"), QStringLiteral("1")})));
    }

    void keyFileIsCreatedPrivateAndChecked()
    {
        QString error;
        QVERIFY2(KeyRing::create(path("keys"), &error), qPrintable(error));
        QCOMPARE(modeOf(path("keys")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(path("keys")).size(), 8 + 36);
        QVERIFY(!KeyRing::create(path("keys"), &error)); // never replaced
        QVERIFY(ring(path("keys")));

        QFile::setPermissions(path("keys"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ReadOther);
        QVERIFY(!KeyRing::load(path("keys"), &error));
        QVERIFY2(error.contains(QLatin1String("0644")), qPrintable(error));
        QFile::setPermissions(path("keys"), QFileDevice::ReadOwner); // 0400, as systemd credentials are
        QVERIFY(ring(path("keys")));
    }

    void malformedKeyFileIsRefused()
    {
        QString error;
        for (const QByteArray &content :
             {QByteArray(), QByteArray(32, 'k'), QByteArray("ECTKEYS1") + QByteArray(35, 'k'),
              QByteArray("NOTKEYS1") + QByteArray(36, 'k'),
              QByteArray("ECTKEYS1") + QByteArray(4, '\0') + QByteArray(32, 'k')}) {
            QFile::remove(path("keys"));
            QFile file(path("keys"));
            QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            file.write(content);
            file.close();
            QVERIFY(!KeyRing::load(path("keys"), &error));
            QVERIFY2(error.contains(QLatin1String("malformed")), qPrintable(error));
        }
        QFile::remove(path("keys"));
        QVERIFY(!KeyRing::load(path("keys"), &error)); // missing
    }

    void storesSealAndOpenTheirText()
    {
        Database db;
        QVERIFY(db.open(path("db.sqlite")));
        ContactStore contacts(db);
        SupervisionStore supervision(db);
        const auto contact = contacts.create(QStringLiteral("Panda 1"), QStringLiteral("fr"), false, {});
        QVERIFY(contact);
        QVERIFY(contacts.append(contact->id, QStringLiteral("seeker"), QStringLiteral("plain words"), {}));
        QVERIFY(supervision.addWhisper(contact->id, staff(db, QStringLiteral("sup")),
                                       QStringLiteral("whispered words"), QStringLiteral("w1")));
        QCOMPARE(contacts.messagesAfter(contact->id, 0).value(0).text, QStringLiteral("plain words"));
        QCOMPARE(supervision.whispersOf(contact->id).value(0).text, QStringLiteral("whispered words"));
        const QVariant raw = rawColumn(db, QStringLiteral("SELECT text FROM messages"));
        QVERIFY(TranscriptSealer::isSealed(raw));
        QVERIFY(!raw.toByteArray().contains("plain"));
        // A sealed message copied over another row does not open there.
        QVERIFY(contacts.append(contact->id, QStringLiteral("volunteer"), QStringLiteral("other words"), {}));
        QSqlQuery swap(db.handle());
        QVERIFY(swap.exec(QStringLiteral(
            "UPDATE messages SET text = (SELECT text FROM messages WHERE seq = 1) WHERE seq = 2")));
        QCOMPARE(contacts.messagesAfter(contact->id, 1).value(0).text, QString());

        // A transfer's handover note and a supervision request's message are sealed too.
        AccountStore accounts(db);
        const qint64 from =
            accounts.add(QStringLiteral("from"), QStringLiteral("volunteer"), QStringLiteral("h"), {});
        const qint64 to =
            accounts.add(QStringLiteral("to"), QStringLiteral("volunteer"), QStringLiteral("h"), {});
        QVERIFY(contacts.assign(contact->id, from));
        QVERIFY(contacts.transfer(contact->id, from, to, QStringLiteral("handover words")));
        const auto request = supervision.create(ecoute::protocol::SupervisionKind::Urgent, to, contact->id,
                                                QStringLiteral("request words"), QStringLiteral("main"));
        QVERIFY(request);
        QCOMPARE(supervision.find(request->id)->message, QStringLiteral("request words"));
        for (const QString &column : {QStringLiteral("SELECT note FROM handovers"),
                                      QStringLiteral("SELECT message FROM supervision_requests")}) {
            const QVariant value = rawColumn(db, column);
            QVERIFY2(TranscriptSealer::isSealed(value), qPrintable(column));
            QVERIFY(!value.toByteArray().contains("words"));
        }
    }

    void rotationKeepsOldValuesReadableAndReseals()
    {
        QString error;
        QVERIFY(KeyRing::create(path("keys"), &error));
        Database db;
        QVERIFY(db.open(path("db.sqlite")));
        QVERIFY2(TranscriptVault::loadKeys(db, path("keys"), false, &error), qPrintable(error));
        ContactStore contacts(db);
        const auto contact = contacts.create(QStringLiteral("Panda 2"), QStringLiteral("fr"), false, {});
        QVERIFY(contacts.append(contact->id, QStringLiteral("seeker"), QStringLiteral("before"), {}));
        const QByteArray underOld = rawColumn(db, QStringLiteral("SELECT text FROM messages")).toByteArray();

        quint32 newId = 0;
        QVERIFY2(KeyRing::addKey(path("keys"), &newId, &error), qPrintable(error));
        QCOMPARE(newId, 2u);
        QCOMPARE(modeOf(path("keys")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(TranscriptVault::loadKeys(db, path("keys"), false, &error));
        QCOMPARE(db.sealer().currentKeyId(), 2u);
        QCOMPARE(contacts.messagesAfter(contact->id, 0).value(0).text, QStringLiteral("before"));

        TranscriptResealer resealer(db);
        QVERIFY(resealer.markPending(QStringLiteral("rotation")));
        const auto outcome = resealer.run(1);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.resealed, 1);
        QVERIFY(!resealer.pending());
        const QByteArray underNew = rawColumn(db, QStringLiteral("SELECT text FROM messages")).toByteArray();
        QVERIFY(underNew.startsWith(db.sealer().currentPrefix()));
        QVERIFY(underNew != underOld);
        QCOMPARE(contacts.messagesAfter(contact->id, 0).value(0).text, QStringLiteral("before"));
    }

    void clearTextFromAnOlderVersionIsSealed()
    {
        Database db;
        QVERIFY(db.open(path("db.sqlite")));
        ContactStore contacts(db);
        const auto contact = contacts.create(QStringLiteral("Panda 3"), QStringLiteral("fr"), false, {});
        QSqlQuery legacy(db.handle());
        legacy.prepare(QStringLiteral("INSERT INTO messages (contact_id, seq, sender, text, at) VALUES "
                                      "(?, 1, 'seeker', 'left in clear', '2026-01-01T00:00:00.000Z')"));
        legacy.addBindValue(contact->id);
        QVERIFY(legacy.exec());
        TranscriptResealer resealer(db);
        QVERIFY(resealer.pending()); // a new schema marks it, like a migrated one
        QCOMPARE(resealer.run().resealed, 1);
        QVERIFY(TranscriptSealer::isSealed(rawColumn(db, QStringLiteral("SELECT text FROM messages"))));
        QCOMPARE(contacts.messagesAfter(contact->id, 0).value(0).text, QStringLiteral("left in clear"));
    }

    void schemaFiveDatabaseIsMigrated()
    {
        // Made into what version 5 left: no retention column, no auto_vacuum, text in clear.
        {
            Database db;
            QVERIFY(db.open(path("db.sqlite")));
            ContactStore contacts(db);
            const auto contact = contacts.create(QStringLiteral("Old 5"), QStringLiteral("fr"), false, {});
            QSqlQuery q(db.handle());
            for (const QString &statement :
                 {// Version 8 (reports, risk cases, the directory) undone first, then version 7 (e-mail).
                  QStringLiteral("DROP TABLE risk_steps"),
                  QStringLiteral("DROP TABLE risk_cases"),
                  QStringLiteral("DROP TABLE reports"),
                  QStringLiteral("DROP TABLE directory_services"),
                  QStringLiteral("DROP INDEX contacts_source"),
                  QStringLiteral("ALTER TABLE contacts DROP COLUMN source_hash"),
                  QStringLiteral("DROP TABLE mail_notices"),
                  QStringLiteral("DROP TABLE mail_attachments"),
                  QStringLiteral("DROP TABLE mail_replies"),
                  QStringLiteral("DROP TABLE mail_imported"),
                  QStringLiteral("DROP TABLE mail_message_ids"),
                  QStringLiteral("DROP TABLE mail_threads"),
                  QStringLiteral("DROP TABLE mailboxes"),
                  QStringLiteral("DROP TABLE mail_writers"),
                  QStringLiteral("ALTER TABLE contacts DROP COLUMN answer_by"),
                  QStringLiteral("ALTER TABLE contacts DROP COLUMN thread_length"),
                  QStringLiteral("ALTER TABLE messages DROP COLUMN event"),
                  QStringLiteral("ALTER TABLE users DROP COLUMN mail_review"),
                  QStringLiteral("DROP INDEX contacts_retention"),
                  QStringLiteral("DROP TABLE sealing_pending"),
                  QStringLiteral("ALTER TABLE contacts DROP COLUMN transcript_purged"),
                  QStringLiteral("INSERT INTO messages (contact_id, seq, sender, text, at) VALUES ('%1', 1, "
                                 "'seeker', 'written by version 5', '2026-01-01T00:00:00.000Z')")
                      .arg(contact->id),
                  QStringLiteral("PRAGMA auto_vacuum=NONE"),
                  QStringLiteral("VACUUM"),
                  QStringLiteral("PRAGMA user_version=5")}) {
                QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            QCOMPARE(rawColumn(db, QStringLiteral("PRAGMA auto_vacuum")).toInt(), 0);
        }
        Database db;
        QVERIFY2(db.open(path("db.sqlite")), qPrintable(db.lastError()));
        QCOMPARE(rawColumn(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
        QCOMPARE(rawColumn(db, QStringLiteral("PRAGMA auto_vacuum")).toInt(), 2); // incremental
        QCOMPARE(rawColumn(db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        TranscriptResealer resealer(db);
        QVERIFY(resealer.pending());
        QCOMPARE(resealer.run().resealed, 1);
        QVERIFY(!resealer.pending());
        const QVariant raw = rawColumn(db, QStringLiteral("SELECT text FROM messages"));
        QVERIFY(TranscriptSealer::isSealed(raw));
        const QString id = rawColumn(db, QStringLiteral("SELECT id FROM contacts")).toString();
        QCOMPARE(ContactStore(db).messagesAfter(id, 0).value(0).text, QStringLiteral("written by version 5"));
    }

    void retentionWipesTextButKeepsStatistics()
    {
        Database db;
        QVERIFY(db.open(path("db.sqlite")));
        ContactStore contacts(db);
        SupervisionStore supervision(db);
        const auto old =
            contacts.create(QStringLiteral("Old 1"), QStringLiteral("de"), false, QStringLiteral("t1"));
        const auto recent = contacts.create(QStringLiteral("New 1"), QStringLiteral("fr"), false, {});
        const qint64 supervisor = staff(db, QStringLiteral("sup"));
        for (const auto &c : {old, recent}) {
            QVERIFY(contacts.append(c->id, QStringLiteral("seeker"), QStringLiteral("hello"), {}));
            QVERIFY(supervision.addWhisper(c->id, supervisor, QStringLiteral("psst"), QStringLiteral("w")));
            QVERIFY(contacts.end(c->id, QStringLiteral("seeker")));
        }
        QSqlQuery past(db.handle());
        QVERIFY(past.exec(QStringLiteral("UPDATE contacts SET ended_at = '2020-01-01T00:00:00.000Z' WHERE "
                                         "pseudonym = 'Old 1'")));
        TranscriptRetention retention(db, 30);
        QCOMPARE(retention.runNow(), 1);
        QVERIFY(contacts.messagesAfter(old->id, 0).isEmpty());
        QVERIFY(supervision.whispersOf(old->id).isEmpty());
        QCOMPARE(contacts.messagesAfter(recent->id, 0).size(), 1);
        QCOMPARE(supervision.whispersOf(recent->id).size(), 1);
        const auto kept = contacts.find(old->id); // the row stays for the statistics
        QVERIFY(kept);
        QCOMPARE(kept->language, QStringLiteral("de"));
        QVERIFY(!contacts.findBySeekerTokenHash(QStringLiteral("t1")));
        QCOMPARE(retention.runNow(), 0); // done once

        // An injected clock moves the cut-off: 31 days later the other one goes too.
        const ManualClock later(QDateTime::currentDateTimeUtc().addDays(31));
        retention.setClock(later);
        QCOMPARE(retention.runNow(), 1);
        QVERIFY(contacts.messagesAfter(recent->id, 0).isEmpty());
        QCOMPARE(rawColumn(db, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSealing)
#include "tst_server_sealing.moc"
