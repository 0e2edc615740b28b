// SPDX-License-Identifier: GPL-3.0-or-later
// The mail channel's network side (issue 15) against real servers on loopback: a throw-away Dovecot
// (IMAPS, IMAP with STARTTLS, LMTP to deliver) and aiosmtpd sinks (with and without STARTTLS).
// Lists, fetches (with a size limit), removes and moves by UIDVALIDITY + UID; refuses a wrong CA,
// a wrong password (without naming user or password) and an SMTP server without TLS; the worker
// thread's signals from poll to discard, and send.
#include "MailServers.h"

#include "server/channels/mail/net/ImapMailbox.h"
#include "server/channels/mail/net/MailAccount.h"
#include "server/channels/mail/net/MailNetwork.h"
#include "server/channels/mail/net/SmtpSender.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

using namespace ecoute::testing;
using namespace ecoute::server::mail;

namespace {

constexpr int kWaitMs = 10000;

QByteArray message(const QByteArray &marker, int bodyBytes = 0)
{
    QByteArray body = "Hello, this is " + marker + ".\r\n";
    while (body.size() < bodyBytes)
        body += "A line of text to make the message larger than the others.\r\n";
    return "From: Writer <writer@example.org>\r\nTo: line@line.test\r\nSubject: " + marker
        + "\r\nMessage-ID: <" + marker
        + "@example.org>\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body;
}

} // namespace

class TestMailTransport : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink {true};
    SmtpSink m_plainSink {false};

    MailAccount account(const QUrl &imapUrl) const
    {
        MailAccount account;
        account.imapUrl = imapUrl;
        account.smtpUrl = m_sink.smtpUrl();
        account.user = m_dovecot.user();
        account.password = m_dovecot.password();
        account.caFile = m_dovecot.caFile();
        account.timeoutSeconds = 5;
        return account;
    }

    MailAccount smtpAccount(const SmtpSink &sink) const
    {
        MailAccount account = this->account(m_dovecot.imapsUrl());
        account.smtpUrl = sink.smtpUrl();
        account.caFile = sink.caFile();
        return account;
    }

    /// Empties the INBOX through IMAP, so that each test starts from nothing.
    bool emptyInbox()
    {
        ImapMailbox box(account(m_dovecot.imapsUrl()));
        const auto listing = box.list();
        if (!listing)
            return false;
        for (const auto &entry : listing->messages) {
            if (!box.remove(listing->uidValidity, entry.uid))
                return false;
        }
        return m_dovecot.inboxCount() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.error()));
        m_sink.setCredentials(m_dovecot.user(), m_dovecot.password()); // one login for IMAP and SMTP
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
        QVERIFY2(m_plainSink.start(), qPrintable(m_plainSink.error()));
    }

    void init() { QVERIFY(emptyInbox()); }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning("dovecot log:\n%s", qPrintable(m_dovecot.log()));
            qWarning("smtp sink log:\n%s", qPrintable(m_sink.log()));
            qWarning("plain smtp sink log:\n%s", qPrintable(m_plainSink.log()));
        }
    }

    void cleanupTestCase()
    {
        m_plainSink.stop();
        m_sink.stop();
        m_dovecot.stop();
    }

    void listsAnEmptyMailbox()
    {
        ImapMailbox box(account(m_dovecot.imapsUrl()));
        const auto listing = box.list();
        QVERIFY2(listing, qPrintable(box.lastError()));
        QVERIFY(listing->uidValidity != 0);
        QVERIFY(listing->messages.isEmpty());
    }

    void listsFetchesAndRemoves()
    {
        const QList<QByteArray> raws {message("first"), message("second", 2000), message("third", 500)};
        for (const QByteArray &raw : raws)
            QVERIFY2(m_dovecot.deliver(raw), qPrintable(m_dovecot.error()));
        QCOMPARE(m_dovecot.inboxCount(), 3);

        ImapMailbox box(account(m_dovecot.imapsUrl()));
        const auto listing = box.list();
        QVERIFY2(listing, qPrintable(box.lastError()));
        QCOMPARE(listing->messages.size(), 3);
        QVERIFY(listing->messages[0].uid < listing->messages[1].uid);
        QVERIFY(listing->messages[1].uid < listing->messages[2].uid);
        for (int i = 0; i < 3; ++i) // LMTP adds trace headers in front
            QVERIFY(listing->messages[i].size > raws[i].size());

        const auto &second = listing->messages[1];
        const auto raw = box.fetch(listing->uidValidity, second.uid, 1024 * 1024);
        QVERIFY2(raw, qPrintable(box.lastError()));
        QCOMPARE(raw->size(), second.size);
        // What was delivered, after LMTP's trace headers (swaks adds a line end at the end).
        QVERIFY(raw->contains("\r\n" + raws[1]));

        // Larger than allowed: refused, nothing returned; the handle still works afterwards.
        QVERIFY(!box.fetch(listing->uidValidity, second.uid, second.size - 1));
        QVERIFY(box.lastError().contains(QStringLiteral("larger")));
        // A renumbered mailbox (another UIDVALIDITY) or a missing UID: nothing.
        QVERIFY(!box.fetch(listing->uidValidity + 1, second.uid, 1024 * 1024));
        QVERIFY(!box.fetch(listing->uidValidity, second.uid + 100, 1024 * 1024));
        QVERIFY(!box.remove(listing->uidValidity + 1, second.uid));
        QCOMPARE(m_dovecot.inboxCount(), 3);

        QVERIFY2(box.remove(listing->uidValidity, second.uid), qPrintable(box.lastError()));
        QCOMPARE(m_dovecot.inboxCount(), 2);
        const auto after = box.list();
        QVERIFY2(after, qPrintable(box.lastError()));
        QCOMPARE(after->uidValidity, listing->uidValidity);
        QCOMPARE(after->messages.size(), 2);
        QCOMPARE(after->messages[0].uid, listing->messages[0].uid);
        QCOMPARE(after->messages[1].uid, listing->messages[2].uid);
    }

    void movesToAFolder()
    {
        QVERIFY(m_dovecot.deliver(message("kept-1")));
        QVERIFY(m_dovecot.deliver(message("kept-2")));
        ImapMailbox box(account(m_dovecot.imapsUrl()));
        const auto listing = box.list();
        QVERIFY2(listing, qPrintable(box.lastError()));
        QCOMPARE(listing->messages.size(), 2);
        const QString folder = QStringLiteral("Kept %1").arg(QDateTime::currentMSecsSinceEpoch());
        // The first move creates the folder, the second finds it.
        QVERIFY2(box.moveTo(listing->uidValidity, listing->messages[0].uid, folder),
                 qPrintable(box.lastError()));
        QVERIFY2(box.moveTo(listing->uidValidity, listing->messages[1].uid, folder),
                 qPrintable(box.lastError()));
        QCOMPARE(m_dovecot.inboxCount(), 0);
        QCOMPARE(m_dovecot.folderCount(folder), 2);
        QVERIFY(!box.moveTo(listing->uidValidity, listing->messages[0].uid, QStringLiteral("bad\"name")));
        QVERIFY(box.list()->messages.isEmpty());
    }

    void imapWithStartTls()
    {
        QVERIFY(m_dovecot.deliver(message("starttls")));
        ImapMailbox box(account(m_dovecot.imapUrl()));
        const auto listing = box.list();
        QVERIFY2(listing, qPrintable(box.lastError()));
        QCOMPARE(listing->messages.size(), 1);
        const auto raw = box.fetch(listing->uidValidity, listing->messages[0].uid, 1024 * 1024);
        QVERIFY2(raw, qPrintable(box.lastError()));
        QVERIFY(raw->contains(message("starttls")));
    }

    void wrongCaIsRefused()
    {
        MailAccount other = account(m_dovecot.imapsUrl());
        other.caFile = m_sink.caFile(); // a valid certificate, but not the server's
        ImapMailbox box(other);
        QVERIFY(!box.list());
        qInfo("wrong CA: %s", qPrintable(box.lastError()));
        QVERIFY(!box.lastError().isEmpty());

        other.imapUrl = m_dovecot.imapUrl(); // the same over STARTTLS
        ImapMailbox plain(other);
        QVERIFY(!plain.list());
    }

    void smtpSendsOverStartTls()
    {
        const int before = int(m_sink.messages().size());
        SmtpSender sender(smtpAccount(m_sink));
        const QByteArray raw = message("reply-1");
        QVERIFY2(
            sender.send(QStringLiteral("bounce+t1@line.test"), {QStringLiteral("writer@example.org")}, raw),
            qPrintable(sender.lastError()));
        QVERIFY(m_sink.waitForMessages(before + 1));
        const QByteArray received = m_sink.messages().last();
        QVERIFY(received.contains("Subject: reply-1"));
        QVERIFY(received.contains("Hello, this is reply-1."));
        QVERIFY(received.contains("X-MailFrom: bounce+t1@line.test"));
        QVERIFY(received.contains("X-RcptTo: writer@example.org"));

        // The null sender (an acknowledgement), on the same handle.
        QVERIFY2(sender.send(QString(), {QStringLiteral("writer@example.org")}, message("ack-1")),
                 qPrintable(sender.lastError()));
        QVERIFY(m_sink.waitForMessages(before + 2));
        const QByteArray ack = m_sink.messages().last();
        QVERIFY(ack.contains("Subject: ack-1"));
        QVERIFY(!ack.contains("X-MailFrom: bounce"));

        // Nothing that could smuggle a command reaches the server.
        QVERIFY(!sender.send(QStringLiteral("a@b\r\nRCPT TO:<x@y>"), {QStringLiteral("writer@example.org")},
                             raw));
        QVERIFY(sender.lastFailureIsPermanent());
        QCOMPARE(m_sink.messages().size(), before + 2);
    }

    void smtpWrongPasswordIsTemporary()
    {
        MailAccount wrong = smtpAccount(m_sink);
        wrong.password = "wrong-" + m_dovecot.password();
        const int before = int(m_sink.messages().size());
        SmtpSender sender(wrong);
        QVERIFY(!sender.send(QStringLiteral("bounce+t3@line.test"), {QStringLiteral("writer@example.org")},
                             message("denied")));
        qInfo("wrong SMTP password: %s", qPrintable(sender.lastError()));
        QVERIFY(!sender.lastFailureIsPermanent());
        QVERIFY(!sender.lastError().contains(QString::fromUtf8(wrong.password)));
        QVERIFY(!sender.lastError().contains(m_dovecot.user(), Qt::CaseInsensitive));
        QCOMPARE(m_sink.messages().size(), before);
    }

    void smtpWithoutTlsIsRefused()
    {
        SmtpSender sender(smtpAccount(m_plainSink));
        QVERIFY(!sender.send(QStringLiteral("bounce+t2@line.test"), {QStringLiteral("writer@example.org")},
                             message("never")));
        qInfo("no STARTTLS: %s", qPrintable(sender.lastError()));
        QVERIFY(!sender.lastError().isEmpty());
        QVERIFY(!sender.lastError().contains(QLatin1Char('@')));
        QVERIFY(!sender.lastFailureIsPermanent());
        QVERIFY(m_plainSink.messages().isEmpty());
    }

    void workerPollsDiscardsAndSends()
    {
        QVERIFY(m_dovecot.deliver(message("worker-1")));
        QVERIFY(m_dovecot.deliver(message("worker-big", 20000)));
        QVERIFY(m_dovecot.deliver(message("worker-2")));

        MailAccount worker = account(m_dovecot.imapsUrl());
        worker.smtpUrl = m_sink.smtpUrl();
        worker.caFile.clear(); // two servers, two CAs: a file holding both
        {
            QTemporaryFile bundle;
            QVERIFY(bundle.open());
            for (const QString &pem : {m_dovecot.caFile(), m_sink.caFile()}) {
                QFile file(pem);
                QVERIFY(file.open(QIODevice::ReadOnly));
                bundle.write(file.readAll());
            }
            bundle.setAutoRemove(false);
            worker.caFile = bundle.fileName();
        }
        const auto removeBundle = qScopeGuard([&] { QFile::remove(worker.caFile); });

        MailNetwork network(worker);
        QSignalSpy listed(network.worker(), &MailWorker::listed);
        QSignalSpy fetched(network.worker(), &MailWorker::fetched);
        QSignalSpy oversized(network.worker(), &MailWorker::oversized);
        QSignalSpy failed(network.worker(), &MailWorker::pollFailed);
        QSignalSpy discarded(network.worker(), &MailWorker::discarded);
        QSignalSpy sent(network.worker(), &MailWorker::sent);
        QSignalSpy sendFailed(network.worker(), &MailWorker::sendFailed);

        network.poll(10000);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count() + oversized.count() + failed.count(), 3, kWaitMs);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(listed.count(), 1);
        QCOMPARE(listed.at(0).at(1).toInt(), 3);
        QCOMPARE(fetched.count(), 2);
        QCOMPARE(oversized.count(), 1);
        QVERIFY(fetched.at(0).at(2).toByteArray().contains(message("worker-1")));
        QVERIFY(fetched.at(1).at(2).toByteArray().contains(message("worker-2")));
        QVERIFY(oversized.at(0).at(2).toLongLong() > 10000);

        for (const auto &signal : {fetched.at(0), fetched.at(1), oversized.at(0)})
            network.discard(signal.at(0).value<quint32>(), signal.at(1).value<quint32>());
        QTRY_COMPARE_WITH_TIMEOUT(discarded.count(), 3, kWaitMs);
        for (const auto &signal : discarded)
            QVERIFY(signal.at(1).toBool());
        QCOMPARE(m_dovecot.inboxCount(), 0);

        const int before = int(m_sink.messages().size());
        network.send(QStringLiteral("reply-7"), QStringLiteral("bounce+t7@line.test"),
                     {QStringLiteral("writer@example.org")}, message("worker-reply"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.count() + sendFailed.count(), 1, kWaitMs);
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("reply-7"));
        QVERIFY(m_sink.waitForMessages(before + 1));
        QVERIFY(m_sink.messages().last().contains("Subject: worker-reply"));
    }

    void workerKeepsInAFolder()
    {
        QVERIFY(m_dovecot.deliver(message("keep-me")));
        MailWorkerSettings settings;
        settings.keepFolder = QStringLiteral("Imported");
        MailNetwork network(account(m_dovecot.imapsUrl()), settings);
        QSignalSpy fetched(network.worker(), &MailWorker::fetched);
        QSignalSpy discarded(network.worker(), &MailWorker::discarded);
        network.poll(1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, kWaitMs);
        const quint32 uid = fetched.at(0).at(1).value<quint32>();
        network.discard(fetched.at(0).at(0).value<quint32>(), uid);
        QTRY_COMPARE_WITH_TIMEOUT(discarded.count(), 1, kWaitMs);
        QCOMPARE(discarded.at(0).at(0).value<quint32>(), uid);
        QVERIFY(discarded.at(0).at(1).toBool());
        QCOMPARE(m_dovecot.inboxCount(), 0);
        QCOMPARE(m_dovecot.folderCount(QStringLiteral("Imported")), 1);
    }

    void workerStopsPromptlyWhenUnreachable()
    {
        // Nothing listens there: the poll fails; destroying the network does not hang.
        MailAccount nowhere =
            account(QUrl(QStringLiteral("imaps://127.0.0.1:%1/INBOX").arg(freeLoopbackPort())));
        QElapsedTimer timer;
        timer.start();
        {
            MailNetwork network(nowhere);
            QSignalSpy failed(network.worker(), &MailWorker::pollFailed);
            network.poll(1024);
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
            QVERIFY(!failed.at(0).at(0).toString().isEmpty());
            network.poll(1024);
        }
        QVERIFY(timer.elapsed() < 5000);
    }

    void workerStopsPromptlyWhenTheServerHangs()
    {
        // A server that accepts and never greets: the 30 s timeouts do not hold up shutting down.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MailAccount hanging =
            account(QUrl(QStringLiteral("imap://127.0.0.1:%1/INBOX").arg(silent.serverPort())));
        hanging.timeoutSeconds = 30;
        QElapsedTimer timer;
        {
            MailNetwork network(hanging);
            QSignalSpy failed(network.worker(), &MailWorker::pollFailed);
            network.poll(1024);
            QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), kWaitMs);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void readsThePasswordFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("s3cret pass\r\nignored\n");
        file.close();
        MailAccount account;
        QVERIFY(account.readPasswordFile(file.fileName()));
        QCOMPARE(account.password, QByteArray("s3cret pass"));
        QString error;
        QVERIFY(!account.readPasswordFile(file.fileName() + QStringLiteral(".missing"), &error));
        QVERIFY(!error.isEmpty());
    }

    // Last: Dovecot then delays every login from this address for a few seconds (its auth penalty).
    void wrongPasswordNamesNoSecret()
    {
        MailAccount wrong = account(m_dovecot.imapsUrl());
        const QByteArray password = "wrong-" + m_dovecot.password();
        wrong.password = password;
        ImapMailbox box(wrong);
        QVERIFY(!box.list());
        const QString error = box.lastError();
        qInfo("wrong password: %s", qPrintable(error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(m_dovecot.user(), Qt::CaseInsensitive));
        QVERIFY(!error.contains(QString::fromUtf8(password)));
        QVERIFY(!error.contains(QString::fromUtf8(m_dovecot.password())));
    }
};

QTEST_GUILESS_MAIN(TestMailTransport)
#include "tst_mail_transport.moc"
