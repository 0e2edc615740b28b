// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel through the real server (issue 15), with real mail servers on loopback: a
// throwaway Dovecot holds the line's mailbox (mail arrives in it over LMTP, as from the internet),
// an aiosmtpd sink with STARTTLS receives what the line sends. A letter is offered like a chat, the
// volunteer answers, the sink gets a threaded reply from the line's address that names no account;
// the writer's answer reaches the same volunteer. Hostile and automatic mail leaves the service up
// and the volunteer with clean text; no address, name or header reaches a workstation or the log.
#include "MailServers.h"
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "mail/mime/MailParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::testing;
using ecoute::protocol::Envelope;

namespace {

const QString kLine = QStringLiteral("line@line.test");
const QString kWriterName = QStringLiteral("Marie Dupont-Secret");
const QString kWriter = QStringLiteral("marie.secret@writer.example");

/// One raw message, CRLF line ends.
QByteArray letter(const QString &messageId, const QString &body, const QStringList &extraHeaders = {},
                  const QString &from = kWriter)
{
    QStringList lines {QStringLiteral("From: \"%1\" <%2>").arg(kWriterName, from),
                       QStringLiteral("To: <%1>").arg(kLine),
                       QStringLiteral("Subject: Je n'en peux plus"),
                       QStringLiteral("Date: Fri, 04 Dec 2026 22:10:00 +0100"),
                       QStringLiteral("Message-ID: <%1>").arg(messageId),
                       QStringLiteral("MIME-Version: 1.0"),
                       QStringLiteral("Content-Type: text/plain; charset=utf-8"),
                       QStringLiteral("Content-Transfer-Encoding: 8bit")};
    lines += extraHeaders;
    lines += QString();
    lines += body;
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString headerOf(const QByteArray &raw, const char *name)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(QLatin1String(name)),
                                QRegularExpression::MultilineOption
                                    | QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromUtf8(raw).remove(u'\r')).captured(1).trimmed();
}

} // namespace

class TestIntegrationMail : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QList<QByteArray> m_framesToStaff; ///< every frame a workstation got, for the privacy check

    void remember(const TestClient &client)
    {
        for (const Envelope &e : client.buffered())
            m_framesToStaff.append(QJsonDocument(e.body).toJson(QJsonDocument::Compact));
    }

    /// The next offer of an e-mail contact, accepted; its conversation.open.
    std::optional<Envelope> acceptNextMail(TestClient &volunteer)
    {
        const auto offer = volunteer.waitFor(QStringLiteral("offer"), 30000);
        if (!offer)
            return std::nullopt;
        const QJsonObject contact = offer->body.value(QLatin1String("contact")).toObject();
        if (contact.value(QLatin1String("channel")).toString() != QLatin1String("email"))
            return std::nullopt;
        m_framesToStaff.append(QJsonDocument(offer->body).toJson(QJsonDocument::Compact));
        auto open = volunteer.request(QStringLiteral("contact.accept"),
                                      {{QStringLiteral("contactId"), contact.value(QLatin1String("id"))}});
        if (open)
            m_framesToStaff.append(QJsonDocument(open->body).toJson(QJsonDocument::Compact));
        return open;
    }

    /// The message the sink received whose text contains this (the sink's order is not the sending order).
    QByteArray sentContaining(const QString &text) const
    {
        for (const QByteArray &raw : m_sink.messages()) {
            if (ecoute::mail::parseMail(raw).mail.text.contains(text))
                return raw;
        }
        return {};
    }

    static QString contactIdOf(const std::optional<Envelope> &open)
    {
        return open
            ? open->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString()
            : QString();
    }

    static QString lastText(const std::optional<Envelope> &open)
    {
        const QJsonArray messages =
            open ? open->body.value(QLatin1String("messages")).toArray() : QJsonArray();
        return messages.isEmpty() ? QString()
                                  : messages.last().toObject().value(QLatin1String("text")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.error() + m_dovecot.log()));
        m_sink.setCredentials(m_dovecot.user(), m_dovecot.password());
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error() + m_sink.log()));
        QVERIFY(m_dir.isValid());
        // One file trusts both throwaway certificates (the line's IMAP and SMTP servers).
        QFile ca(m_dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        for (const QString &file : {m_dovecot.caFile(), m_sink.caFile()}) {
            QFile part(file);
            QVERIFY(part.open(QIODevice::ReadOnly));
            ca.write(part.readAll());
        }
        ca.close();
        QFile password(m_dir.filePath(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(m_dovecot.password() + '\n');
        password.close();

        ServerProcess::Options options;
        options.tls = true;
        options.keepLog = true;
        options.extraArgs = {QStringLiteral("--wrapup-seconds"),     QStringLiteral("0"),
                             QStringLiteral("--imap-url"),           m_dovecot.imapsUrl().toString(),
                             QStringLiteral("--smtp-url"),           m_sink.smtpUrl().toString(),
                             QStringLiteral("--mail-user"),          m_dovecot.user(),
                             QStringLiteral("--mail-password-file"), password.fileName(),
                             QStringLiteral("--mail-ca-file"),       ca.fileName(),
                             QStringLiteral("--mail-address"),       kLine,
                             QStringLiteral("--mail-line-name"),     QStringLiteral("Ligne d'écoute"),
                             QStringLiteral("--mail-poll-seconds"),  QStringLiteral("1"),
                             QStringLiteral("--mail-undo-seconds"),  QStringLiteral("2"),
                             QStringLiteral("--mail-max-bytes"),     QStringLiteral("3000000"),
                             QStringLiteral("--mail-parser-binary"), QStringLiteral(ECOUTE_MAILPARSE_BINARY)};
        QVERIFY(m_server.start(options));
    }

    void aLetterIsAnsweredInItsThreadAndTheAnswerComesBack()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        QVERIFY(m_dovecot.deliver(letter(QStringLiteral("first.1@writer.example"),
                                         QStringLiteral("Bonsoir,\n\nJe n'arrive plus à dormir."))));
        const auto open = acceptNextMail(volunteer);
        QVERIFY(open);
        const QString contactId = contactIdOf(open);
        QVERIFY(lastText(open).contains(QStringLiteral("plus à dormir")));
        QVERIFY(open->body.value(QLatin1String("contact")).toObject().contains(QLatin1String("answerBy")));
        // Imported, then removed from the line's mailbox.
        QTRY_COMPARE_WITH_TIMEOUT(m_dovecot.inboxCount(), 0, 10000);
        // A new writer gets one acknowledgement (automatic, from the null sender).
        QVERIFY(m_sink.waitForMessages(1, 10000));
        const QByteArray ack = m_sink.messages().constFirst();
        QCOMPARE(headerOf(ack, "Auto-Submitted"), QStringLiteral("auto-replied"));

        // The volunteer answers, signed with a chosen first name; the reply waits out its undo delay.
        const auto scheduled =
            volunteer.request(QStringLiteral("mail.reply"),
                              {{QStringLiteral("contactId"), contactId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("r1")},
                               {QStringLiteral("text"), QStringLiteral("Bonsoir, je vous lis.")},
                               {QStringLiteral("signature"), QStringLiteral("Jo")}});
        QVERIFY(scheduled);
        QCOMPARE(scheduled->type, QStringLiteral("mail.outbox"));
        QCOMPARE(
            scheduled->body.value(QLatin1String("reply")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("scheduled"));
        QVERIFY(m_sink.waitForMessages(2, 15000));
        const QByteArray reply = sentContaining(QStringLiteral("je vous lis"));
        QCOMPARE(headerOf(reply, "In-Reply-To"), QStringLiteral("<first.1@writer.example>"));
        QVERIFY(headerOf(reply, "References").contains(QStringLiteral("<first.1@writer.example>")));
        QCOMPARE(headerOf(reply, "Auto-Submitted"), QStringLiteral("no"));
        QVERIFY(headerOf(reply, "From").contains(kLine));
        QVERIFY(headerOf(reply, "X-RcptTo").contains(kWriter));
        QVERIFY2(!reply.contains("volunteer"), reply.constData()); // never the account name
        QVERIFY(ecoute::mail::parseMail(reply).mail.text.contains(
            QStringLiteral("Bonsoir, je vous lis.\n\n-- \nJo")));
        const QString ourId = headerOf(reply, "Message-ID");
        QVERIFY(!ourId.isEmpty());

        // The sent reply is a letter of the thread on the workstation.
        QTRY_VERIFY_WITH_TIMEOUT(volunteer.hasBuffered(QStringLiteral("chat.message")), 5000);

        // The writer answers (threaded on our Message-ID): the same volunteer gets it.
        volunteer.clearBuffer();
        QVERIFY(m_dovecot.deliver(
            letter(QStringLiteral("second.2@writer.example"), QStringLiteral("Merci de m'avoir répondu."),
                   {QStringLiteral("In-Reply-To: %1").arg(ourId),
                    QStringLiteral("References: <first.1@writer.example> %1").arg(ourId)})));
        const auto next = volunteer.waitFor(QStringLiteral("chat.message"), 20000);
        QVERIFY(next);
        QCOMPARE(next->body.value(QLatin1String("contactId")).toString(), contactId);
        QVERIFY(next->body.value(QLatin1String("text")).toString().contains(QStringLiteral("répondu")));
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("offer")));
        QCOMPARE(m_sink.messages().size(), 2); // no second acknowledgement

        // A delivery report about our reply: a line in the thread, no address, no new thread.
        const QByteArray report =
            "From: Mail Delivery System <MAILER-DAEMON@writer.example>\r\nTo: <line@line.test>\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn.11@writer.example>\r\n"
            "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n"
            "--r\r\nContent-Type: text/plain\r\n\r\nYour message to marie.secret@writer.example failed.\r\n"
            "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; writer.example\r\n\r\n"
            "Final-Recipient: rfc822; marie.secret@writer.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
            "--r\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: <line@line.test>\r\nMessage-ID: "
            + ourId.toUtf8() + "\r\n\r\n--r--\r\n";
        QVERIFY(m_dovecot.deliver(report, QStringLiteral("MAILER-DAEMON@writer.example")));
        std::optional<Envelope> line;
        for (int i = 0; i < 5 && !line; ++i) {
            auto message = volunteer.waitFor(QStringLiteral("chat.message"), 20000);
            QVERIFY(message);
            if (message->body.value(QLatin1String("event")).toString() == QLatin1String("undeliverable"))
                line = message;
        }
        QCOMPARE(line->body.value(QLatin1String("contactId")).toString(), contactId);
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("offer")));
        remember(volunteer);
    }

    void aReviewedVolunteersReplyWaitsForASupervisor()
    {
        QCOMPARE(m_server
                     .runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer"),
                              QStringLiteral("--mail-review"), QStringLiteral("yes")})
                     .exitCode,
                 0);
        TestClient volunteer;
        TestClient supervisor;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        QVERIFY(logInStaff(supervisor, m_server, QStringLiteral("supervisor")));
        const int sent = m_sink.messages().size();
        QVERIFY(
            m_dovecot.deliver(letter(QStringLiteral("review.12@writer.example"), QStringLiteral("Bonjour"),
                                     {}, QStringLiteral("review.secret@writer.example")),
                              QStringLiteral("review.secret@writer.example")));
        const QString contactId = contactIdOf(acceptNextMail(volunteer));
        QVERIFY(!contactId.isEmpty());
        QVERIFY(m_sink.waitForMessages(sent + 1, 10000)); // the acknowledgement
        const auto reply = [&](const QString &clientMsgId, const QString &text) {
            return volunteer.request(QStringLiteral("mail.reply"),
                                     {{QStringLiteral("contactId"), contactId},
                                      {QStringLiteral("clientMsgId"), clientMsgId},
                                      {QStringLiteral("text"), text}});
        };
        const auto stateOf = [](const std::optional<Envelope> &e) {
            return e
                ? e->body.value(QLatin1String("reply")).toObject().value(QLatin1String("state")).toString()
                : QString();
        };
        const auto first = reply(QStringLiteral("rv1"), QStringLiteral("Premier jet"));
        QVERIFY2(first, "no answer");
        QCOMPARE(stateOf(first), QStringLiteral("pending_review"));
        const QString firstId =
            first->body.value(QLatin1String("reply")).toObject().value(QLatin1String("replyId")).toString();

        // The supervisor sees it on the desk and returns it with a comment.
        const auto desk = supervisor.request(QStringLiteral("mail.desk.get"));
        QVERIFY(desk);
        QCOMPARE(desk->body.value(QLatin1String("reviews"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("replyId"))
                     .toString(),
                 firstId);
        QVERIFY(
            supervisor.request(QStringLiteral("mail.review.decide"),
                               {{QStringLiteral("replyId"), firstId},
                                {QStringLiteral("decision"), QStringLiteral("return")},
                                {QStringLiteral("comment"), QStringLiteral("Plus doux, s'il vous plaît.")}}));
        const auto returned = volunteer.waitFor(QStringLiteral("mail.outbox"));
        QCOMPARE(stateOf(returned), QStringLiteral("returned"));
        QCOMPARE(returned->body.value(QLatin1String("reply"))
                     .toObject()
                     .value(QLatin1String("comment"))
                     .toString(),
                 QStringLiteral("Plus doux, s'il vous plaît."));

        // The second one is approved with an edit, and leaves.
        const auto second = reply(QStringLiteral("rv2"), QStringLiteral("Second jet"));
        const QString secondId =
            second->body.value(QLatin1String("reply")).toObject().value(QLatin1String("replyId")).toString();
        QVERIFY(supervisor.request(QStringLiteral("mail.review.decide"),
                                   {{QStringLiteral("replyId"), secondId},
                                    {QStringLiteral("decision"), QStringLiteral("approve")},
                                    {QStringLiteral("text"), QStringLiteral("Bonjour, nous sommes là.")}}));
        QVERIFY(m_sink.waitForMessages(sent + 2, 15000));
        QVERIFY(!sentContaining(QStringLiteral("nous sommes là")).isEmpty());
        // A decision taken twice loses.
        QCOMPARE(supervisor
                     .request(QStringLiteral("mail.review.decide"),
                              {{QStringLiteral("replyId"), secondId},
                               {QStringLiteral("decision"), QStringLiteral("approve")}})
                     ->type,
                 QStringLiteral("error"));

        // Every step is in the audit log, in order (newest first there).
        TestClient admin;
        QVERIFY(logInStaff(admin, m_server, QStringLiteral("admin")));
        const auto audit = admin.request(QStringLiteral("audit.get"), {{QStringLiteral("limit"), 50}});
        QStringList actions;
        for (const QJsonValue &entry : audit->body.value(QLatin1String("entries")).toArray()) {
            if (entry.toObject().value(QLatin1String("contactId")).toString() == contactId)
                actions.prepend(entry.toObject().value(QLatin1String("action")).toString());
        }
        QCOMPARE(
            actions,
            (QStringList {QStringLiteral("mail.review.requested"), QStringLiteral("mail.review.returned"),
                          QStringLiteral("mail.review.requested"), QStringLiteral("mail.review.approved"),
                          QStringLiteral("mail.reply.sent")}));
        // The volunteer is away: the supervisor gives the thread to another volunteer with a note.
        TestClient other;
        QVERIFY(logInStaff(other, m_server, QStringLiteral("volunteer2")));
        QCOMPARE(supervisor
                     .request(QStringLiteral("mail.reassign"),
                              {{QStringLiteral("contactId"), contactId},
                               {QStringLiteral("toUser"), QStringLiteral("volunteer2")},
                               {QStringLiteral("note"), QStringLiteral("Elle attend")}})
                     ->type,
                 QStringLiteral("mail.desk"));
        const auto handed = other.waitFor(QStringLiteral("conversation.open"));
        QVERIFY(handed);
        QCOMPARE(
            handed->body.value(QLatin1String("handover")).toObject().value(QLatin1String("note")).toString(),
            QStringLiteral("Elle attend"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("contact.released")), "contactId"), contactId);
        // A volunteer may not reassign.
        QCOMPARE(str(other.request(QStringLiteral("mail.reassign"),
                                   {{QStringLiteral("contactId"), contactId},
                                    {QStringLiteral("toUser"), QStringLiteral("volunteer")},
                                    {QStringLiteral("note"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("not_found"));
        remember(volunteer);
        remember(supervisor);
        remember(other);
        QCOMPARE(m_server
                     .runCli({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("volunteer"),
                              QStringLiteral("--mail-review"), QStringLiteral("no")})
                     .exitCode,
                 0);
    }

    void hostileAndAutomaticMailLeavesTheServiceUpAndTheTextClean()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer"), true));
        const int sentBefore = m_sink.messages().size();

        // HTML with a script and a remote image, an attachment named with a path.
        const QByteArray html = "From: \"Eve\" <eve.secret@writer.example>\r\nTo: "
                                "<line@line.test>\r\nSubject: =?UTF-8?Q?=C3=A9t=C3=A9?=\r\n"
                                "Message-ID: <html.3@writer.example>\r\nMIME-Version: 1.0\r\n"
                                "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: "
                                "text/html; charset=utf-8\r\n\r\n"
                                "<html><head><script>steal()</script></head><body><p>Aidez-moi</p>"
                                "<img src=\"http://tracker.example/pixel.gif\"></body></html>\r\n--b1\r\n"
                                "Content-Type: application/pdf\r\nContent-Disposition: attachment; "
                                "filename=\"../../etc/passwd.pdf\"\r\n"
                                "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n";
        QVERIFY(m_dovecot.deliver(html, QStringLiteral("eve.secret@writer.example")));
        const auto open = acceptNextMail(volunteer);
        QVERIFY(open);
        const QJsonObject message = open->body.value(QLatin1String("messages")).toArray().last().toObject();
        const QString text = message.value(QLatin1String("text")).toString();
        QVERIFY(text.contains(QStringLiteral("Aidez-moi")));
        QVERIFY(!text.contains(QStringLiteral("steal")) && !text.contains(QStringLiteral("tracker")));
        const QJsonObject attachment =
            message.value(QLatin1String("attachments")).toArray().first().toObject();
        QCOMPARE(attachment.value(QLatin1String("name")).toString(), QStringLiteral("passwd.pdf"));
        QCOMPARE(attachment.value(QLatin1String("type")).toString(), QStringLiteral("application/pdf"));

        // Malformed MIME: still read as far as it goes.
        QVERIFY(m_dovecot.deliver(
            "From: <broken.secret@writer.example>\r\nMessage-ID: <broken.4@writer.example>\r\n"
            "Content-Type: multipart/mixed; boundary=\"never\"\r\n\r\n--never\r\n"
            "Content-Type: text/plain\r\n\r\nHalf a letter\r\n",
            QStringLiteral("broken.secret@writer.example")));
        QVERIFY(acceptNextMail(volunteer));

        // A 200,000-part nested message: given up as too complex, the volunteer is told a letter came.
        QByteArray nested = "From: <deep.secret@writer.example>\r\nMessage-ID: <deep.5@writer.example>\r\n"
                            "MIME-Version: 1.0\r\n";
        for (int i = 0; i < 200000; ++i)
            nested += "Content-Type: multipart/mixed; boundary=\"" + QByteArray::number(i) + "\"\r\n\r\n--"
                + QByteArray::number(i) + "\r\n";
        if (nested.size() < 3000000) {
            QVERIFY(m_dovecot.deliver(nested, QStringLiteral("deep.secret@writer.example")));
            const auto deep = acceptNextMail(volunteer);
            QVERIFY(deep);
        }

        // Out-of-office and list mail outside any thread, and our own mail looping back: not taken in.
        QVERIFY(m_dovecot.deliver(letter(QStringLiteral("ooo.6@writer.example"), QStringLiteral("Absent"),
                                         {QStringLiteral("Auto-Submitted: auto-replied")},
                                         QStringLiteral("away.secret@writer.example"))));
        QVERIFY(
            m_dovecot.deliver(letter(QStringLiteral("list.7@writer.example"), QStringLiteral("Newsletter"),
                                     {QStringLiteral("List-Id: <news.writer.example>")},
                                     QStringLiteral("news.secret@writer.example"))));
        QVERIFY(
            m_dovecot.deliver(letter(QStringLiteral("loop.8@line.test"), QStringLiteral("Loop"), {}, kLine)));
        QTRY_COMPARE_WITH_TIMEOUT(m_dovecot.inboxCount(), 0, 20000);
        QVERIFY(!volunteer.waitFor(QStringLiteral("offer"), 2000));
        // None of them was acknowledged; of the letters above, the two with a readable sender were.
        QCOMPARE(m_sink.messages().size(), sentBefore + 2);
        remember(volunteer);
    }

    void anOversizedMessageStaysInTheMailbox()
    {
        QByteArray big = letter(QStringLiteral("big.9@writer.example"), QString());
        big += QByteArray(3200000, 'x');
        QVERIFY(m_dovecot.deliver(big, QStringLiteral("big.secret@writer.example")));
        QTest::qWait(3000);
        QCOMPARE(m_dovecot.inboxCount(), 1);
        QVERIFY(m_server.isRunning());
    }

    void aTrainerWritesAsThePersonInAPracticeByMail()
    {
        TestClient trainer;
        TestClient trainee;
        QVERIFY(logInStaff(trainer, m_server, QStringLiteral("trainer")));
        QVERIFY(logInStaff(trainee, m_server, QStringLiteral("volunteer2")));
        const int sent = m_sink.messages().size();
        const auto session =
            trainer.request(QStringLiteral("practice.start"),
                            {{QStringLiteral("slug"), QStringLiteral("family-conflict")},
                             {QStringLiteral("language"), QStringLiteral("fr")},
                             {QStringLiteral("trainees"), QJsonArray {QStringLiteral("volunteer2")}}});
        const QString contactId = firstPracticeContact(session);
        QVERIFY(!contactId.isEmpty());
        const auto open =
            trainee.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        QCOMPARE(
            open->body.value(QLatin1String("contact")).toObject().value(QLatin1String("channel")).toString(),
            QStringLiteral("email"));
        QCOMPARE(trainer
                     .request(QStringLiteral("practice.say"),
                              {{QStringLiteral("contactId"), contactId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("p1")},
                               {QStringLiteral("text"), QStringLiteral("Chère équipe")}})
                     ->type,
                 QStringLiteral("chat.ack"));
        QVERIFY(trainee.request(QStringLiteral("mail.reply"),
                                {{QStringLiteral("contactId"), contactId},
                                 {QStringLiteral("clientMsgId"), QStringLiteral("pr1")},
                                 {QStringLiteral("text"), QStringLiteral("Merci pour votre lettre.")}}));
        std::optional<Envelope> answer;
        do {
            answer = trainer.waitFor(QStringLiteral("chat.message"), 20000);
        } while (answer && str(answer, "from") != QLatin1String("volunteer"));
        QCOMPARE(str(answer, "text"), QStringLiteral("Merci pour votre lettre."));
        QCOMPARE(m_sink.messages().size(), sent); // practice never leaves the server
    }

    void nothingIdentifyingReachesWorkstationsOrTheLog()
    {
        for (const QByteArray &frame : std::as_const(m_framesToStaff)) {
            for (const char *secret : {"secret@", "writer.example", "Dupont", "Marie", "Eve", "Return-Path"})
                QVERIFY2(!frame.contains(secret), frame.constData());
        }
        const QString log = m_server.log();
        for (const char *secret : {"secret@", "writer.example", "Dupont", "Je n'en peux plus"})
            QVERIFY2(!log.contains(QLatin1String(secret)), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationMail)
#include "tst_integration_mail.moc"
