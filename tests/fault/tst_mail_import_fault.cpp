// SPDX-License-Identifier: GPL-3.0-or-later
// The line's mailbox is imported by a server that is SIGKILLed in the middle (issue 15): a message is
// removed from the mailbox only after it is stored, and one stored before the kill is recognised
// after the restart (UIDVALIDITY + UID, then Message-ID). Nothing is lost, nothing is stored twice.
#include "MailServers.h"
#include "ServerProcess.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::testing;

namespace {
constexpr int kLetters = 12;

QByteArray letter(int i)
{
    return QStringLiteral("From: <writer%1@writer.example>\r\nTo: <line@line.test>\r\nSubject: Lettre %1\r\n"
                          "Message-ID: <fault.%1@writer.example>\r\nMIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n\r\nLettre numéro %1\r\n")
        .arg(i)
        .toUtf8();
}

int count(const QString &databaseFile, const QString &sql)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return n;
}
} // namespace

class TestMailImportFault : public QObject
{
    Q_OBJECT

private slots:
    void aKillDuringImportLosesAndDuplicatesNothing()
    {
        DovecotServer dovecot;
        SmtpSink sink;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.error() + dovecot.log()));
        sink.setCredentials(dovecot.user(), dovecot.password());
        QVERIFY2(sink.start(), qPrintable(sink.error()));
        QTemporaryDir dir;
        QFile ca(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        for (const QString &file : {dovecot.caFile(), sink.caFile()}) {
            QFile part(file);
            QVERIFY(part.open(QIODevice::ReadOnly));
            ca.write(part.readAll());
        }
        ca.close();
        QFile password(dir.filePath(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(dovecot.password() + '\n');
        password.close();
        for (int i = 0; i < kLetters; ++i)
            QVERIFY(dovecot.deliver(letter(i), QStringLiteral("writer%1@writer.example").arg(i)));
        QCOMPARE(dovecot.inboxCount(), kLetters);

        ServerProcess server;
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = {QStringLiteral("--imap-url"),           dovecot.imapsUrl().toString(),
                             QStringLiteral("--smtp-url"),           sink.smtpUrl().toString(),
                             QStringLiteral("--mail-user"),          dovecot.user(),
                             QStringLiteral("--mail-password-file"), password.fileName(),
                             QStringLiteral("--mail-ca-file"),       ca.fileName(),
                             QStringLiteral("--mail-address"),       QStringLiteral("line@line.test"),
                             QStringLiteral("--mail-poll-seconds"),  QStringLiteral("1"),
                             QStringLiteral("--mail-parser-binary"), QStringLiteral(ECOUTE_MAILPARSE_BINARY)};
        QVERIFY(server.start(options));
        // Killed as soon as the first messages left the mailbox: others are parsed, stored or on
        // their way out of it at that moment.
        QTRY_VERIFY_WITH_TIMEOUT(dovecot.inboxCount() < kLetters - 1, 30000);
        server.kill();
        const int left = dovecot.inboxCount();
        QVERIFY(left > 0);
        QVERIFY(server.restart());
        QTRY_COMPARE_WITH_TIMEOUT(dovecot.inboxCount(), 0, 60000);
        server.stop();

        const QString file = QDir(server.dataDir()).filePath(QStringLiteral("ecoute.sqlite"));
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE channel = 'email'")),
                 kLetters);
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM messages")), kLetters);
        QCOMPARE(
            count(file,
                  QStringLiteral("SELECT COUNT(DISTINCT message_id) FROM mail_message_ids WHERE ours = 0")),
            kLetters);
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM mail_writers")), kLetters);
    }
};

QTEST_GUILESS_MAIN(TestMailImportFault)
#include "tst_mail_import_fault.moc"
