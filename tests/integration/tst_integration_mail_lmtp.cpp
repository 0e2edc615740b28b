// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel receiving over LMTP (issue 15): the line runs its own mail server, which hands
// each message to ecoute-server over LMTP (here swaks plays that server). A letter is acknowledged
// with 250 only once stored and is offered to a volunteer, whose reply reaches a real SMTP sink;
// wrong recipients, oversized and automatic mail, garbage, over-long lines and too many connections
// are answered as RFC 2033 says and leave the server up; no address reaches the log.
#include "MailServers.h"
#include "RawPeer.h"
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "mail/mime/MailParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace ecoute::testing;
using ecoute::protocol::Envelope;

namespace {

const QString kLine = QStringLiteral("line@line.test");
const QString kWriter = QStringLiteral("marie.secret@writer.example");
const QByteArray kPassword = "lmtp-test-password";

/// One raw message, CRLF line ends; each writer (from) starts a thread of their own.
QByteArray letter(const QString &messageId, const QString &body, const QStringList &extraHeaders = {},
                  const QString &from = kWriter)
{
    QStringList lines {QStringLiteral("From: \"Marie Dupont-Secret\" <%1>").arg(from),
                       QStringLiteral("To: <%1>").arg(kLine),
                       QStringLiteral("Subject: Je n'en peux plus"),
                       QStringLiteral("Date: Sat, 05 Dec 2026 06:10:00 +0100"),
                       QStringLiteral("Message-ID: <%1>").arg(messageId),
                       QStringLiteral("MIME-Version: 1.0"),
                       QStringLiteral("Content-Type: text/plain; charset=utf-8"),
                       QStringLiteral("Content-Transfer-Encoding: 8bit")};
    lines += extraHeaders;
    lines += QString();
    lines += body;
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

/// Delivers raw over LMTP with swaks, as the line's mail server would; swaks's transcript (server
/// answers are the lines starting "<-  " or "<** ").
QByteArray lmtpDeliver(quint16 port, const QByteArray &raw, const QString &from = kWriter,
                       const QString &to = kLine)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("message.eml")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size())
        return "cannot write the message";
    file.close();
    QProcess swaks;
    swaks.setProcessChannelMode(QProcess::MergedChannels);
    swaks.start(QStringLiteral("swaks"),
                {QStringLiteral("--protocol"), QStringLiteral("LMTP"), QStringLiteral("--server"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--from"), from,
                 QStringLiteral("--to"), to, QStringLiteral("--data"), QLatin1Char('@') + file.fileName(),
                 QStringLiteral("--suppress-data"), QStringLiteral("--timeout"), QStringLiteral("20")});
    if (!swaks.waitForFinished(30000)) {
        swaks.kill();
        swaks.waitForFinished();
        return "swaks did not finish:\n" + swaks.readAll();
    }
    return swaks.readAll();
}

bool stored(const QByteArray &transcript)
{
    return transcript.contains("<-  250 2.0.0 stored");
}

} // namespace

class TestIntegrationMailLmtp : public QObject
{
    Q_OBJECT

private:
    SmtpSink m_sink;
    ServerProcess m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    TestClient m_volunteer;

    std::optional<Envelope> acceptNextMail(int timeoutMs = 30000)
    {
        const auto offer = m_volunteer.waitFor(QStringLiteral("offer"), timeoutMs);
        if (!offer)
            return std::nullopt;
        const QJsonObject contact = offer->body.value(QLatin1String("contact")).toObject();
        if (contact.value(QLatin1String("channel")).toString() != QLatin1String("email"))
            return std::nullopt;
        return m_volunteer.request(QStringLiteral("contact.accept"),
                                   {{QStringLiteral("contactId"), contact.value(QLatin1String("id"))}});
    }

    static QString lastText(const std::optional<Envelope> &open)
    {
        const QJsonArray messages =
            open ? open->body.value(QLatin1String("messages")).toArray() : QJsonArray();
        return messages.isEmpty() ? QString()
                                  : messages.last().toObject().value(QLatin1String("text")).toString();
    }

    QByteArray sentContaining(const QString &text) const
    {
        for (const QByteArray &raw : m_sink.messages()) {
            if (ecoute::mail::parseMail(raw).mail.text.contains(text))
                return raw;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_sink.setCredentials(QStringLiteral("line"), kPassword);
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error() + m_sink.log()));
        QVERIFY(m_dir.isValid());
        QFile password(m_dir.filePath(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(kPassword + '\n');
        password.close();
        m_port = freeLoopbackPort();
        QVERIFY(m_port != 0);

        ServerProcess::Options options;
        options.tls = true;
        options.keepLog = true;
        options.extraArgs = {
            QStringLiteral("--wrapup-seconds"),     QStringLiteral("0"),
            QStringLiteral("--lmtp-listen"),        QStringLiteral("127.0.0.1:%1").arg(m_port),
            QStringLiteral("--smtp-url"),           m_sink.smtpUrl().toString(),
            QStringLiteral("--mail-user"),          QStringLiteral("line"),
            QStringLiteral("--mail-password-file"), password.fileName(),
            QStringLiteral("--mail-ca-file"),       m_sink.caFile(),
            QStringLiteral("--mail-address"),       kLine,
            QStringLiteral("--mail-undo-seconds"),  QStringLiteral("0"),
            QStringLiteral("--mail-max-bytes"),     QStringLiteral("8192"),
            QStringLiteral("--mail-parser-binary"), QStringLiteral(ECOUTE_MAILPARSE_BINARY)};
        QVERIFY(m_server.start(options));
        QVERIFY(logInStaff(m_volunteer, m_server, QStringLiteral("volunteer"), true));
    }

    void aDeliveredLetterIsOfferedAndAnswered()
    {
        const QByteArray transcript = lmtpDeliver(
            m_port,
            letter(QStringLiteral("first.1@writer.example"),
                   QStringLiteral("Bonsoir,\n\nJe n'arrive plus à dormir.\n.\n..Un point seul.")));
        QVERIFY2(stored(transcript), transcript.constData());
        const auto open = acceptNextMail();
        QVERIFY(open);
        const QString text = lastText(open);
        QVERIFY2(text.contains(QStringLiteral("plus à dormir")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("..Un point seul.")), qPrintable(text)); // dot-stuffing undone
        const QString contactId =
            open->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString();

        const auto scheduled =
            m_volunteer.request(QStringLiteral("mail.reply"),
                                {{QStringLiteral("contactId"), contactId},
                                 {QStringLiteral("clientMsgId"), QStringLiteral("r1")},
                                 {QStringLiteral("text"), QStringLiteral("Je vous lis.")}});
        QVERIFY(scheduled);
        QCOMPARE(scheduled->type, QStringLiteral("mail.outbox"));
        QTRY_VERIFY_WITH_TIMEOUT(!sentContaining(QStringLiteral("Je vous lis.")).isEmpty(), 20000);
        const QByteArray reply = sentContaining(QStringLiteral("Je vous lis."));
        QVERIFY(reply.contains("<first.1@writer.example>")); // threaded on the letter
        QVERIFY(reply.contains(kWriter.toUtf8()));
    }

    void aWrongRecipientIsRefused()
    {
        m_volunteer.clearBuffer();
        const QByteArray transcript = lmtpDeliver(
            m_port,
            letter(QStringLiteral("wrong.2@writer.example"), QStringLiteral("Pas pour vous."), {},
                   QStringLiteral("wrong.secret@writer.example")),
            QStringLiteral("wrong.secret@writer.example"), QStringLiteral("someone.else@line.test"));
        QVERIFY2(transcript.contains("550 5.1.1"), transcript.constData());
        QVERIFY2(!stored(transcript), transcript.constData());
        QVERIFY(!m_volunteer.waitFor(QStringLiteral("offer"), 2000));
    }

    void automaticMailIsTakenButStartsNoThread()
    {
        const qsizetype sent = m_sink.messages().size();
        // The null sender (a Return-Path: <> is added as by an MTA), then an Auto-Submitted header.
        QByteArray transcript =
            lmtpDeliver(m_port,
                        letter(QStringLiteral("null.3@writer.example"), QStringLiteral("Réponse automatique"),
                               {}, QStringLiteral("robot.secret@writer.example")),
                        QStringLiteral("<>"));
        QVERIFY2(stored(transcript), transcript.constData());
        transcript = lmtpDeliver(m_port,
                                 letter(QStringLiteral("auto.4@writer.example"), QStringLiteral("Absent"),
                                        {QStringLiteral("Auto-Submitted: auto-replied")},
                                        QStringLiteral("away.secret@writer.example")),
                                 QStringLiteral("away.secret@writer.example"));
        QVERIFY2(stored(transcript), transcript.constData());
        QVERIFY(!m_volunteer.waitFor(QStringLiteral("offer"), 3000));
        QCOMPARE(m_sink.messages().size(), sent); // and no acknowledgement
    }

    void anOversizedMessageIsRefusedAndTheNextIsTaken()
    {
        const QString bigWriter = QStringLiteral("big.secret@writer.example");
        const QByteArray big =
            letter(QStringLiteral("big.5@writer.example"), QString(20000, u'x'), {}, bigWriter);
        QByteArray transcript = lmtpDeliver(m_port, big, bigWriter);
        QVERIFY2(transcript.contains("552 5.3.4"), transcript.constData());
        QVERIFY2(!stored(transcript), transcript.constData());

        transcript = lmtpDeliver(m_port,
                                 letter(QStringLiteral("next.6@writer.example"),
                                        QStringLiteral("Une lettre après la trop grande."), {},
                                        QStringLiteral("next.secret@writer.example")),
                                 QStringLiteral("next.secret@writer.example"));
        QVERIFY2(stored(transcript), transcript.constData());
        // The next offer is this letter: neither the wrong recipient's, the automatic nor the big one.
        const auto open = acceptNextMail();
        QVERIFY(open);
        QVERIFY2(lastText(open).contains(QStringLiteral("après la trop grande")), qPrintable(lastText(open)));
        QVERIFY(!m_volunteer.waitFor(QStringLiteral("offer"), 1000));
    }

    void garbageAndOverlongLinesAreRefused()
    {
        RawPeer peer;
        QVERIFY(peer.connectPlain(m_port));
        QVERIFY(peer.read().startsWith("220 "));
        peer.write(QByteArray("\x01\xff\xfe garbage \x7f\r\n", 15));
        QVERIFY(peer.read().startsWith("500 5.5.1"));
        peer.write("MAIL FROM:<x@example.org>\r\n"); // before LHLO
        QVERIFY(peer.read().startsWith("503 5.5.1"));
        peer.write("DATA\r\n");
        QVERIFY(peer.read().startsWith("503 5.5.1"));
        peer.write(QByteArray(2000, 'A') + "\r\n");
        const QByteArray answer = peer.readUntilClosed(5000);
        QVERIFY2(answer.startsWith("500 "), answer.constData());
        QVERIFY(!peer.isConnected());

        RawPeer endless; // a line that never ends is cut off too
        QVERIFY(endless.connectPlain(m_port));
        QVERIFY(endless.read().startsWith("220 "));
        endless.write(QByteArray(4000, 'B'));
        QVERIFY(endless.readUntilClosed(5000).startsWith("500 "));

        QVERIFY(m_server.isRunning());
        const QByteArray transcript =
            lmtpDeliver(m_port,
                        letter(QStringLiteral("after.7@writer.example"), QStringLiteral("Toujours là ?"), {},
                               QStringLiteral("after.secret@writer.example")),
                        QStringLiteral("after.secret@writer.example"));
        QVERIFY2(stored(transcript), transcript.constData());
        QVERIFY(acceptNextMail());
    }

    void theNinthConnectionIsTurnedAway()
    {
        std::vector<std::unique_ptr<RawPeer>> peers;
        for (int i = 0; i < 8; ++i) {
            peers.push_back(std::make_unique<RawPeer>());
            QVERIFY(peers.back()->connectPlain(m_port));
            QVERIFY(peers.back()->read().startsWith("220 "));
        }
        RawPeer ninth;
        QVERIFY(ninth.connectPlain(m_port));
        const QByteArray answer = ninth.readUntilClosed(5000);
        QVERIFY2(answer.startsWith("421 "), answer.constData());
        // The eight still work.
        peers.front()->write("NOOP\r\n");
        QVERIFY(peers.front()->read().startsWith("250 "));
        for (auto &peer : peers) {
            peer->write("QUIT\r\n");
            QVERIFY(peer->readUntilClosed(5000).startsWith("221 "));
        }
        peers.clear();
        // Their places are free again.
        RawPeer again;
        QVERIFY(again.connectPlain(m_port));
        QVERIFY(again.read().startsWith("220 "));
    }

    void noAddressReachesTheLog()
    {
        const QString log = m_server.log();
        QVERIFY(log.contains(QLatin1String("LMTP")));
        for (const char *secret : {"secret@", "writer.example", "someone.else", "Dupont", "Je n'en peux plus",
                                   "dormir", "x@example.org"})
            QVERIFY2(!log.contains(QLatin1String(secret)), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationMailLmtp)
#include "tst_integration_mail_lmtp.moc"
