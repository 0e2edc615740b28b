// SPDX-License-Identifier: GPL-3.0-or-later
// Transcripts at rest through the real server over TLS: a chat, a whisper, a
// supervision request and a debrief are in no byte of the database file or its
// WAL, yet read back after a restart; a contact ended longer ago than the
// retention loses its text (down to the sealed bytes: secure_delete, vacuum)
// but keeps what statistics need; the key file is checked and rotated.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using ecoute::protocol::Envelope;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
const QString kSeekerMarker = QStringLiteral("Seeker-marker-41c7 je ne dors plus");
const QString kVolunteerMarker = QStringLiteral("Volunteer-marker-93ab on peut en parler");
const QString kWhisperMarker = QStringLiteral("Whisper-marker-5e02 demande-lui s'il est en securite");
const QString kRequestMarker = QStringLiteral("Request-marker-c6d9 idees noires");
const QString kDebriefMarker = QStringLiteral("Debrief-marker-0f3e c'etait tres dur");

/// Every byte SQLite keeps for this database: the file, its WAL and shared memory.
QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray all;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite") + QLatin1String(suffix)));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

/// Runs queries on the stopped server's file with plain SQLite; returns the first column of each.
QVariantList sql(const QString &dataDir, const QStringList &statements)
{
    QVariantList results;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite")));
        if (db.open()) {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                results.append(q.exec(statement) && q.next() ? q.value(0) : QVariant());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return results;
}

QJsonObject requestOf(const std::optional<Envelope> &e)
{
    return e ? e->body.value(QLatin1String("request")).toObject() : QJsonObject();
}
} // namespace

class TestIntegrationAtRest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_contactId;
    QString m_seekerToken;

    bool login(TestClient &client, const QString &user)
    {
        return client.open(m_server.staffUrl()) && client.login(user, m_server.demoPassword(user))
            && client.waitFor(QStringLiteral("conversations.snapshot")).has_value();
    }

    /// Every text a chat.sync replays for this contact.
    QStringList syncedTexts(TestClient &client, const QJsonObject &body)
    {
        QStringList texts;
        const QString id = client.send(QStringLiteral("chat.sync"), body);
        while (const auto frame = client.waitForReply(id, 2000))
            texts.append(str(frame, "text"));
        return texts;
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = {QStringLiteral("--wrapup-seconds"), QStringLiteral("0"),
                             QStringLiteral("--supervisor-join"), QStringLiteral("always")};
        QVERIFY(m_server.start(options));
    }

    void noTextInTheFileYetReadBackAfterRestart()
    {
        TestClient volunteer, supervisor, seeker;
        QVERIFY(login(volunteer, QStringLiteral("volunteer")));
        QCOMPARE(str(volunteer.request(QStringLiteral("presence.set"),
                                       {{QStringLiteral("state"), QStringLiteral("available")}}),
                     "state"),
                 QStringLiteral("available"));
        QVERIFY(seeker.open(m_server.seekerUrl(), m_server.origin()) && seeker.hello());
        const auto session = seeker.request(QStringLiteral("seeker.start"),
                                            {{QStringLiteral("language"), QStringLiteral("fr")}});
        m_contactId = str(session, "contactId");
        m_seekerToken = str(session, "token");
        QVERIFY(!m_contactId.isEmpty());
        QCOMPARE(
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), m_contactId}})
                ->type,
            QStringLiteral("conversation.open"));
        QCOMPARE(seeker
                     .request(QStringLiteral("chat.send"),
                              {{QStringLiteral("clientMsgId"), QStringLiteral("s1")},
                               {QStringLiteral("text"), kSeekerMarker}})
                     ->type,
                 QStringLiteral("chat.ack"));
        QCOMPARE(volunteer
                     .request(QStringLiteral("chat.send"),
                              {{QStringLiteral("contactId"), m_contactId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("v1")},
                               {QStringLiteral("text"), kVolunteerMarker}})
                     ->type,
                 QStringLiteral("chat.ack"));

        // A supervisor listens and whispers; the volunteer asks for help with a message.
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        QCOMPARE(
            supervisor
                .request(QStringLiteral("supervision.join"), {{QStringLiteral("contactId"), m_contactId}})
                ->type,
            QStringLiteral("conversation.open"));
        QCOMPARE(supervisor
                     .request(QStringLiteral("supervision.whisper"),
                              {{QStringLiteral("contactId"), m_contactId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("w1")},
                               {QStringLiteral("text"), kWhisperMarker}})
                     ->type,
                 QStringLiteral("whisper.message"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("whisper.message")), "text"), kWhisperMarker);
        const auto asked = volunteer.request(QStringLiteral("supervision.request"),
                                             {{QStringLiteral("kind"), QStringLiteral("when_possible")},
                                              {QStringLiteral("contactId"), m_contactId},
                                              {QStringLiteral("message"), kRequestMarker}});
        QVERIFY(!requestOf(asked).value(QLatin1String("id")).toString().isEmpty());

        // A debrief, about nothing in particular.
        const auto debrief = volunteer.request(QStringLiteral("supervision.request"),
                                               {{QStringLiteral("kind"), QStringLiteral("debrief")}});
        const QString debriefId = requestOf(debrief).value(QLatin1String("id")).toString();
        QVERIFY(supervisor.request(QStringLiteral("supervision.accept"),
                                   {{QStringLiteral("requestId"), debriefId}}));
        QCOMPARE(volunteer
                     .request(QStringLiteral("debrief.send"),
                              {{QStringLiteral("requestId"), debriefId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("d1")},
                               {QStringLiteral("text"), kDebriefMarker}})
                     ->type,
                 QStringLiteral("debrief.message"));

        // While it runs, and after a clean stop: no text in any byte SQLite keeps.
        for (bool running : {true, false}) {
            if (!running)
                m_server.stop();
            const QByteArray bytes = databaseBytes(m_server.dataDir());
            QVERIFY(bytes.size() > 4096);
            for (const QString &marker :
                 {kSeekerMarker, kVolunteerMarker, kWhisperMarker, kRequestMarker, kDebriefMarker}) {
                QVERIFY2(!bytes.contains(marker.left(14).toUtf8()), qPrintable(marker));
            }
        }
        // Plain SQLite sees sealed blobs where the text was.
        const QVariantList types =
            sql(m_server.dataDir(),
                {QStringLiteral("SELECT COUNT(*) FROM messages WHERE typeof(text) <> 'blob'"),
                 QStringLiteral("SELECT COUNT(*) FROM whispers WHERE typeof(text) <> 'blob'"),
                 QStringLiteral("SELECT COUNT(*) FROM debrief_messages WHERE typeof(text) <> 'blob'"),
                 QStringLiteral("SELECT COUNT(*) FROM messages")});
        QCOMPARE(types.value(0).toInt(), 0);
        QCOMPARE(types.value(1).toInt(), 0);
        QCOMPARE(types.value(2).toInt(), 0);
        QVERIFY(types.value(3).toInt() >= 2);
        const QFile keys(QDir(m_server.dataDir()).filePath(QStringLiteral("transcript-keys")));
        QVERIFY(keys.exists());
        QCOMPARE(keys.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // After a restart, the volunteer and the help-seeker read it all back.
        QVERIFY(m_server.restart());
        TestClient volunteerAgain, seekerAgain;
        QVERIFY(login(volunteerAgain, QStringLiteral("volunteer")));
        const QStringList staffTexts = syncedTexts(
            volunteerAgain, {{QStringLiteral("contactId"), m_contactId}, {QStringLiteral("afterSeq"), 0}});
        QVERIFY2(staffTexts.contains(kSeekerMarker) && staffTexts.contains(kVolunteerMarker),
                 qPrintable(staffTexts.join(u'|')));
        QVERIFY(seekerAgain.open(m_server.seekerUrl(), m_server.origin()) && seekerAgain.hello());
        QCOMPARE(str(seekerAgain.request(QStringLiteral("seeker.start"),
                                         {{QStringLiteral("language"), QStringLiteral("fr")},
                                          {QStringLiteral("resume"), m_seekerToken}}),
                     "contactId"),
                 m_contactId);
        const QStringList seekerTexts = syncedTexts(seekerAgain, {{QStringLiteral("afterSeq"), 0}});
        QVERIFY2(seekerTexts.contains(kSeekerMarker) && seekerTexts.contains(kVolunteerMarker),
                 qPrintable(seekerTexts.join(u'|')));
        QVERIFY(!seekerTexts.contains(kWhisperMarker));

        QCOMPARE(volunteerAgain
                     .request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), m_contactId}})
                     ->type,
                 QStringLiteral("contact.ended"));
    }

    void rotationReSealsAndRefusesARunningServer()
    {
        QVERIFY(m_server.isRunning());
        const auto refused = m_server.runCli({QStringLiteral("keys"), QStringLiteral("rotate")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Stop the server first"), refused.err.constData());

        m_server.stop();
        const QVariant before =
            sql(m_server.dataDir(), {QStringLiteral("SELECT hex(substr(text, 1, 5)) FROM messages LIMIT 1")})
                .value(0);
        QCOMPARE(before.toString(), QStringLiteral("0100000001")); // format 1, key 1
        const auto rotated = m_server.runCli({QStringLiteral("keys"), QStringLiteral("rotate")});
        QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
        QVERIFY2(rotated.out.contains("transcript key 2 added"), rotated.out.constData());
        const QVariantList after =
            sql(m_server.dataDir(),
                {QStringLiteral("SELECT COUNT(*) FROM messages WHERE substr(text, 1, 5) <> X'0100000002'"),
                 QStringLiteral("SELECT COUNT(*) FROM whispers WHERE substr(text, 1, 5) <> X'0100000002'")});
        QCOMPARE(after.value(0).toInt(), 0);
        QCOMPARE(after.value(1).toInt(), 0);

        QVERIFY(m_server.restart());
        TestClient volunteer;
        QVERIFY(login(volunteer, QStringLiteral("volunteer")));
        QVERIFY(syncedTexts(volunteer,
                            {{QStringLiteral("contactId"), m_contactId}, {QStringLiteral("afterSeq"), 0}})
                    .contains(kSeekerMarker));
    }

    void endedContactLosesItsTextAfterTheRetention()
    {
        m_server.stop();
        const QString dir = m_server.dataDir();
        // The sealed bytes themselves must go, not only the rows.
        const QByteArray sealed =
            sql(dir,
                {QStringLiteral("SELECT text FROM messages WHERE contact_id = '%1' AND seq = 1")
                     .arg(m_contactId)})
                .value(0)
                .toByteArray();
        QVERIFY(sealed.size() > 40);
        QVERIFY(databaseBytes(dir).contains(sealed));
        // Ended 31 days ago.
        sql(dir,
            {QStringLiteral("UPDATE contacts SET ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-31 "
                            "days') WHERE id = '%1' RETURNING id")
                 .arg(m_contactId)});
        QVERIFY(m_server.restart()); // the purge runs at start, then every hour
        m_server.stop();

        const QVariantList left =
            sql(dir,
                {QStringLiteral("SELECT COUNT(*) FROM messages WHERE contact_id = '%1'").arg(m_contactId),
                 QStringLiteral("SELECT COUNT(*) FROM whispers WHERE contact_id = '%1'").arg(m_contactId),
                 QStringLiteral("SELECT COUNT(*) FROM supervision_requests WHERE contact_id = '%1' AND "
                                "message IS NOT NULL")
                     .arg(m_contactId),
                 QStringLiteral("SELECT channel || ',' || language || ',' || (ended_by IS NOT NULL) FROM "
                                "contacts WHERE id = '%1'")
                     .arg(m_contactId),
                 QStringLiteral("PRAGMA freelist_count")});
        QCOMPARE(left.value(0).toInt(), 0);
        QCOMPARE(left.value(1).toInt(), 0);
        QCOMPARE(left.value(2).toInt(), 0);
        QCOMPARE(left.value(3).toString(), QStringLiteral("chat,fr,1")); // what statistics count stays
        QCOMPARE(left.value(4).toInt(), 0); // the space was given back
        const QByteArray bytes = databaseBytes(dir);
        QVERIFY2(!bytes.contains(sealed), "the deleted message's sealed bytes are still in the file");
        QVERIFY(!bytes.contains(kSeekerMarker.left(14).toUtf8()));
    }

    void aKeyFileOthersCanReadStopsTheServer()
    {
        m_server.stop();
        const QString keyPath = QDir(m_server.dataDir()).filePath(QStringLiteral("transcript-keys"));
        const auto run = [this] {
            QProcess process;
            process.start(ServerProcess::serverBinary(),
                          {QStringLiteral("--data-dir"), m_server.dataDir(), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--insecure-loopback")});
            process.waitForFinished(30000);
            return std::pair {process.exitCode(), process.readAllStandardError()};
        };
        QVERIFY(QFile::setPermissions(keyPath,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        auto [code, err] = run();
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("0644") && err.contains("chmod 600"), err.constData());

        // Missing while the database holds transcripts: refused, never replaced by a new key.
        QVERIFY(QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(QFile::rename(keyPath, keyPath + QStringLiteral(".aside")));
        std::tie(code, err) = run();
        QCOMPARE(code, 1);
        QVERIFY2(err.contains("missing"), err.constData());
        QVERIFY(!QFile::exists(keyPath));
        QVERIFY(QFile::rename(keyPath + QStringLiteral(".aside"), keyPath));
        QVERIFY(m_server.restart());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationAtRest)
#include "tst_integration_at_rest.moc"
