// SPDX-License-Identifier: GPL-3.0-or-later
// MailParser on ordinary and hostile mail: what the volunteer would read, what the server keys on.
#include "MailSamples.h"
#include "mail/mime/AttachmentName.h"
#include "mail/mime/MailParser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ecoute::mail;
using samples::message;

namespace {

ParsedMail parsed(const QByteArray &raw, const ParseLimits &limits = {})
{
    const ParseResult result = parseMail(raw, limits);
    if (!result.ok)
        qWarning("parse failed: %d", int(result.error));
    return result.mail;
}

} // namespace

class TestMailParser : public QObject
{
    Q_OBJECT

private slots:
    void plainText()
    {
        const ParseResult result = parseMail(samples::ordinary());
        QVERIFY(result.ok);
        const ParsedMail &mail = result.mail;
        QCOMPARE(mail.messageId, QStringLiteral("m1@example.org"));
        QCOMPARE(mail.fromAddress, QStringLiteral("camille.secret@example.org"));
        QCOMPARE(mail.subject, QStringLiteral("J'ai besoin de parler"));
        QCOMPARE(mail.text, QStringLiteral("Bonjour,\nje ne sais plus quoi faire."));
        QCOMPARE(mail.date, QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
        QVERIFY(!mail.returnPathEmpty);
        QCOMPARE(mail.automatic, Automatic::None);
        QVERIFY(!mail.bounce);
        QVERIFY(mail.attachments.isEmpty());
        QVERIFY(!mail.truncated);
    }

    void alternativePrefersPlain()
    {
        const ParsedMail mail = parsed(
            message({"From: a@example.org", "Content-Type: multipart/alternative; boundary=\"alt\""},
                    "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>the <b>html</b> one</p>\r\n"
                    "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nthe plain one\r\n--alt--\r\n"));
        QCOMPARE(mail.text, QStringLiteral("the plain one"));
        QVERIFY(mail.attachments.isEmpty()); // the other rendering is no attachment
    }

    void htmlOnlyIsCleaned()
    {
        const ParsedMail mail = parsed(message(
            {"From: a@example.org", "Content-Type: text/html; charset=iso-8859-1",
             "Content-Transfer-Encoding: quoted-printable"},
            "<html><head><title>Titre</title><style>p { color: red }</style>\r\n"
            "<script>document.location=3D'http://evil.example/'</script></head>\r\n"
            "<body><p>Je m'appelle <b>Andr=E9</b>.</p><img src=3D\"http://track.example/p.gif?id=3D42\" =\r\n"
            "width=3D1 height=3D1><img src=3D\"https://cdn.example/logo.png\" alt=3D\"logo\">\r\n"
            "<div>Aidez-moi&nbsp;svp<br>merci</div><a href=3D\"http://evil.example/x\">ce lien</a>\r\n"
            "<noscript>no script</noscript><iframe "
            "src=3D\"http://frame.example/\">frame</iframe></body></html>\r\n"));
        QCOMPARE(mail.text, QStringLiteral("Je m'appelle André.\n\nAidez-moi svp\nmerci\nce lien"));
        for (const char *absent :
             {"http", "track", "evil", "cdn", "logo", "color", "Titre", "script", "frame"})
            QVERIFY2(!mail.text.contains(QLatin1String(absent), Qt::CaseInsensitive), absent);
        QVERIFY(mail.attachments.isEmpty());
    }

    void malformedMimeGivesWhatCanBeRead()
    {
        // The closing boundary never comes, a header line has no colon, a part has no headers.
        const ParseResult result = parseMail(
            "From: a@example.org\r\nSubject: broken\r\nthis line is no header\r\n"
            "Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n\r\nfirst part, no headers\r\n"
            "--XX\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: "
            "base64\r\n\r\n"
            "not!!base64\r\n");
        QVERIFY(result.ok);
        QVERIFY(result.mail.text.contains(QLatin1String("first part")));

        // A boundary parameter that is missing altogether.
        const ParseResult noBoundary =
            parseMail(message({"From: a@example.org", "Content-Type: multipart/mixed"}, "--\r\nhello\r\n"));
        QVERIFY(noBoundary.ok);
        QCOMPARE(noBoundary.mail.fromAddress, QStringLiteral("a@example.org"));
    }

    void eightBitHeadersInUnknownCharsets()
    {
        // Raw ISO-8859-1 bytes with no encoding, an unknown charset in an encoded word, an
        // unknown body charset, and bytes that are valid in nothing.
        const ParsedMail raw =
            parsed(message({"From: a@example.org", "Subject: r\xe9sum\xe9 \xff\xfe"}, "x"));
        QVERIFY(raw.subject.startsWith(QStringLiteral("résumé")));
        const ParsedMail unknown =
            parsed(message({"From: a@example.org", "Subject: =?x-unknown?Q?caf=E9?= au lait"}, "x"));
        QCOMPARE(unknown.subject, QStringLiteral("café au lait"));
        const ParsedMail body = parsed(message(
            {"From: a@example.org", "Content-Type: text/plain; charset=x-klingon"}, "caf\xe9 cr\xc3\xa8me"));
        QVERIFY(!body.text.isEmpty());
        QVERIFY(body.text.startsWith(QLatin1String("caf")));
        const ParsedMail broken =
            parsed(message({"From: a@example.org",
                            "Subject: =?utf-8?B?/////w==?= =?utf-8?Q?=FF=00?=", "Content-Type: text/plain"},
                           "\x80\x81\xfe"));
        QVERIFY(!broken.subject.contains(QChar(0)));
        QVERIFY(!broken.text.contains(QChar(0)));
    }

    void encodedSubjectAndFilename()
    {
        const ParsedMail mail = parsed(message(
            {"From: a@example.org", "Subject: =?UTF-8?B?w4l0w6kg?=\r\n =?UTF-8?Q?=C3=A0_Z=C3=BCrich?=",
             "Content-Type: multipart/mixed; boundary=b"},
            "--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
            "--b\r\nContent-Type: application/pdf\r\n"
            "Content-Disposition: attachment; filename*=UTF-8''%C3%A9t%C3%A9.pdf\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n"
            "--b\r\nContent-Type: text/plain; name=\"=?iso-8859-1?Q?r=E9sum=E9=2Etxt?=\"\r\n"
            "Content-Disposition: attachment\r\n\r\nnotes\r\n--b--\r\n"));
        QCOMPARE(mail.subject, QStringLiteral("Été à Zürich"));
        QCOMPARE(mail.text, QStringLiteral("see attached"));
        QCOMPARE(mail.attachments.size(), 2);
        QCOMPARE(mail.attachments[0].name, QStringLiteral("été.pdf"));
        QCOMPARE(mail.attachments[0].contentType, QStringLiteral("application/pdf"));
        QCOMPARE(mail.attachments[0].data, QByteArray("%PDF-"));
        QCOMPARE(mail.attachments[0].size, 5);
        QCOMPARE(mail.attachments[1].name, QStringLiteral("résumé.txt"));
    }

    void deeplyNestedMessageIsRefusedQuickly()
    {
        const QByteArray raw = samples::deeplyNested(200000);
        QElapsedTimer timer;
        timer.start();
        const ParseResult result = parseMail(raw);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!result.ok ? result.error == ParseError::TooComplex : result.mail.truncated);
    }

    void hugeHeadersAreRefusedBeforeParsing()
    {
        // A million addresses in From, or a million header fields, would take GMime past the
        // parser process's 512 MiB.
        QElapsedTimer timer;
        timer.start();
        const QByteArray manyAddresses =
            "From: " + QByteArray("a@example.org, ").repeated(600000) + "\r\n\r\nx";
        QCOMPARE(parseMail(manyAddresses).error, ParseError::TooComplex);
        const QByteArray folded =
            "Subject: x\r\nReferences: " + QByteArray("<a@example.org>\r\n ").repeated(10000) + "\r\n\r\nx";
        QCOMPARE(parseMail(folded).error, ParseError::TooComplex);
        const QByteArray manyFields =
            "From: a@example.org\r\n" + QByteArray("X-A: b\r\n").repeated(60000) + "\r\nx";
        QCOMPARE(parseMail(manyFields).error, ParseError::TooComplex);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

        // What real mail has: a few hundred recipients, a long thread.
        QByteArrayList recipients;
        for (int i = 0; i < 500; ++i)
            recipients.append("person" + QByteArray::number(i) + "@example.org");
        QByteArrayList references;
        for (int i = 0; i < 200; ++i)
            references.append("<m" + QByteArray::number(i) + "@example.org>");
        const ParseResult real = parseMail(message({"From: a@example.org", "To: " + recipients.join(",\r\n "),
                                                    "References: " + references.join("\r\n ")},
                                                   "x"));
        QVERIFY(real.ok);
        QCOMPARE(real.mail.references.size(), 100); // the latest hundred
        QCOMPARE(real.mail.references.constLast(), QStringLiteral("m199@example.org"));
    }

    void nestingPastTheLimitIsCut()
    {
        const ParseResult result = parseMail(samples::deeplyNested(300));
        QVERIFY(result.ok);
        QVERIFY(result.mail.truncated);
        ParseLimits shallow;
        shallow.maxDepth = 400;
        const ParseResult deep = parseMail(samples::deeplyNested(300), shallow);
        QVERIFY(deep.ok);
        QCOMPARE(deep.mail.text, QStringLiteral("bottom"));
        QVERIFY(!deep.mail.truncated);
    }

    void partsPastTheLimitAreCut()
    {
        QByteArray body;
        for (int i = 0; i < 50; ++i)
            body += "--b\r\nContent-Type: application/octet-stream\r\n\r\nx" + QByteArray::number(i) + "\r\n";
        body += "--b--\r\n";
        ParseLimits limits;
        limits.maxParts = 20;
        const ParseResult cut = parseMail(
            message({"From: a@example.org", "Content-Type: multipart/mixed; boundary=b"}, body), limits);
        QVERIFY(cut.ok);
        QVERIFY(cut.mail.truncated);
        QCOMPARE(cut.mail.attachments.size(), 19); // the multipart itself is a part
        limits.maxParts = 5; // 50 parts announced for 5 allowed: refused before GMime
        const ParseResult refused = parseMail(
            message({"From: a@example.org", "Content-Type: multipart/mixed; boundary=b"}, body), limits);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, ParseError::TooComplex);
    }

    void textAndAttachmentsAreCapped()
    {
        ParseLimits limits;
        limits.maxTextChars = 10;
        limits.maxAttachmentBytes = 4;
        const ParsedMail mail =
            parsed(message({"From: a@example.org", "Content-Type: multipart/mixed; boundary=b"},
                           "--b\r\nContent-Type: text/plain\r\n\r\n0123456789abcdef\r\n"
                           "--b\r\nContent-Type: image/png\r\n\r\n12345\r\n"
                           "--b\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: "
                           "base64\r\n\r\nR0lG\r\n--b--\r\n"),
                   limits);
        QCOMPARE(mail.text, QStringLiteral("0123456789"));
        QVERIFY(mail.truncated);
        QCOMPARE(mail.attachments.size(), 1);
        QCOMPARE(mail.attachments[0].contentType, QStringLiteral("image/gif"));
        QCOMPARE(mail.attachments[0].data, QByteArray("GIF"));
    }

    void htmlIsCutBeforeItIsParsed()
    {
        // libxml2 is slow on some nestings: only maxHtmlChars of the HTML reach it.
        ParseLimits limits;
        limits.maxHtmlChars = 40;
        const ParsedMail mail =
            parsed(message({"From: a@example.org", "Content-Type: text/html"},
                           "<p>first words</p>" + QByteArray("<p><b><i><u>").repeated(1000) + "late"),
                   limits);
        QCOMPARE(mail.text, QStringLiteral("first words"));
        QVERIFY(mail.truncated);
    }

    void attachmentNamesFromMailAreSanitised()
    {
        const ParsedMail mail = parsed(message(
            {"From: a@example.org", "Content-Type: multipart/mixed; boundary=b"},
            "--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\nroot\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename*=UTF-8''C%3A%5Cx%5Cevil.exe\r\n\r\nMZ\r\n"
            "--b\r\nContent-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename=\"C:\\\\x\\\\evil2.exe\"\r\n\r\nMZ\r\n"
            "--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: inline\r\n\r\nJFIF\r\n--b--\r\n"));
        QCOMPARE(mail.attachments.size(), 4);
        QCOMPARE(mail.attachments[0].name, QStringLiteral("passwd"));
        QCOMPARE(mail.attachments[1].name, QStringLiteral("evil.exe"));
        QCOMPARE(mail.attachments[2].name, QStringLiteral("evil2.exe"));
        QCOMPARE(mail.attachments[3].name, QStringLiteral("attachment")); // an inline image without a name
        QCOMPARE(mail.attachments[3].contentType, QStringLiteral("image/jpeg"));
        for (const Attachment &a : mail.attachments)
            QVERIFY(!a.name.contains(u'/') && !a.name.contains(u'\\') && !a.name.contains(u':'));
    }

    void attachmentNameRules_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("unix path") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("windows path") << QStringLiteral("C:\\x\\evil.exe") << QStringLiteral("evil.exe");
        QTest::newRow("drive relative") << QStringLiteral("C:evil.exe") << QStringLiteral("C_evil.exe");
        QTest::newRow("dots only") << QStringLiteral("..") << QStringLiteral("attachment");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("empty") << QString() << QStringLiteral("attachment");
        QTest::newRow("control") << QStringLiteral("a\nb\tc\x01.txt") << QStringLiteral("abc.txt");
        QTest::newRow("bidi override")
            << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
        QTest::newRow("trailing slash") << QStringLiteral("dir/") << QStringLiteral("attachment");
        QTest::newRow("long") << QString(300, u'a') + QStringLiteral(".pdf")
                              << QString(96, u'a') + QStringLiteral(".pdf");
    }

    void attachmentNameRules()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(sanitiseAttachmentName(raw), clean);
        QVERIFY(sanitiseAttachmentName(raw).size() <= 100);
    }

    void outOfOfficeIsAutoReplied()
    {
        const ParsedMail mail = parsed(
            message({"From: away@example.org", "Subject: Absent", "Auto-Submitted: auto-replied (vacation)"},
                    "I am away."));
        QCOMPARE(mail.automatic, Automatic::AutoReplied);
        QCOMPARE(parsed(message({"From: a@example.org", "Auto-Submitted: no"}, "x")).automatic,
                 Automatic::None);
        QCOMPARE(parsed(message({"From: a@example.org", "Auto-Submitted: auto-generated"}, "x")).automatic,
                 Automatic::AutoReplied);
    }

    void bulkAndListMail()
    {
        QCOMPARE(parsed(message({"From: news@example.org", "Precedence: bulk"}, "x")).automatic,
                 Automatic::Bulk);
        QCOMPARE(parsed(message({"From: news@example.org", "Precedence: JUNK"}, "x")).automatic,
                 Automatic::Bulk);
        QCOMPARE(parsed(message({"From: l@example.org", "List-Id: <talk.lists.example.org>"}, "x")).automatic,
                 Automatic::List);
        QCOMPARE(parsed(message({"From: l@example.org", "List-Unsubscribe: <mailto:u@example.org>"}, "x"))
                     .automatic,
                 Automatic::List);
        QCOMPARE(parsed(message({"From: a@example.org", "Precedence: first-class"}, "x")).automatic,
                 Automatic::None);
    }

    void deliveryReportIsABounce()
    {
        const QByteArray dsn = message(
            {"Return-Path: <>", "From: Mail Delivery System <MAILER-DAEMON@mx.line.example>",
             "Subject: Undelivered Mail Returned to Sender", "Message-ID: <dsn1@mx.line.example>",
             "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\""},
            "--R\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.line.example\r\n\r\n"
            "Final-Recipient: rfc822; writer@example.org\r\nAction: failed\r\nStatus: 5.1.1 (unknown)\r\n\r\n"
            "--R\r\nContent-Type: message/rfc822\r\n\r\nFrom: Line <line@line.example>\r\n"
            "To: writer@example.org\r\nMessage-ID: <reply-42@line.example>\r\nSubject: Re: x\r\n\r\nour "
            "answer\r\n"
            "--R--\r\n");
        const ParsedMail mail = parsed(dsn);
        QCOMPARE(mail.automatic, Automatic::Bounce);
        QVERIFY(mail.returnPathEmpty);
        QVERIFY(mail.bounce);
        QCOMPARE(mail.bounce->originalMessageId, QStringLiteral("reply-42@line.example"));
        QCOMPARE(mail.bounce->action, QStringLiteral("failed"));
        QCOMPARE(mail.bounce->status, QStringLiteral("5.1.1"));
        QCOMPARE(mail.text, QStringLiteral("Your message could not be delivered."));
        QVERIFY(mail.attachments.isEmpty()); // the report's machine parts name the writer: not kept

        // Only the returned headers (text/rfc822-headers), and no Status.
        const ParsedMail headersOnly =
            parsed(message({"From: postmaster@mx.example",
                            "Content-Type: multipart/report; report-type=delivery-status; boundary=R"},
                           "--R\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--R\r\nContent-Type: "
                           "message/delivery-status\r\n\r\n"
                           "Action: delayed\r\n--R\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                           "Message-ID: <reply-7@line.example>\r\nSubject: x\r\n--R--\r\n"));
        QCOMPARE(headersOnly.automatic, Automatic::Bounce);
        QCOMPARE(headersOnly.bounce->originalMessageId, QStringLiteral("reply-7@line.example"));
        QCOMPARE(headersOnly.bounce->action, QStringLiteral("delayed"));
        QVERIFY(headersOnly.bounce->status.isEmpty());

        // A plain-text bounce from MAILER-DAEMON with an empty return path: threaded by References.
        const ParsedMail plainBounce = parsed(message({"Return-Path: < >", "From: MAILER-DAEMON@mx.example",
                                                       "References: <a@x> <reply-9@line.example>"},
                                                      "Sorry."));
        QCOMPARE(plainBounce.automatic, Automatic::Bounce);
        QCOMPARE(plainBounce.bounce->originalMessageId, QStringLiteral("reply-9@line.example"));
        // MAILER-DAEMON with a return path is not enough.
        QCOMPARE(
            parsed(message({"Return-Path: <x@mx.example>", "From: MAILER-DAEMON@mx.example"}, "x")).automatic,
            Automatic::None);
    }

    void threadingHeaders()
    {
        const ParsedMail mail = parsed(message(
            {"From: a@example.org", "Message-ID:   <own@example.org> (comment)",
             "In-Reply-To: <reply-2@line.example> (Line's message of Friday)",
             "References: <first@example.org>\r\n\t<reply-1@line.example> junk\r\n <reply-2@line.example>"},
            "x"));
        QCOMPARE(mail.messageId, QStringLiteral("own@example.org"));
        QCOMPARE(mail.inReplyTo, QStringLiteral("reply-2@line.example"));
        QCOMPARE(mail.references,
                 (QStringList {QStringLiteral("first@example.org"), QStringLiteral("reply-1@line.example"),
                               QStringLiteral("reply-2@line.example")}));
        const ParsedMail none = parsed(message({"From: a@example.org"}, "x"));
        QVERIFY(none.messageId.isEmpty());
        QVERIFY(none.inReplyTo.isEmpty());
        QVERIFY(none.references.isEmpty());
        QVERIFY(!none.date.isValid());
    }

    void senderWithoutUsableAddress()
    {
        QVERIFY(parsed(message({"From: Just A Name"}, "x")).fromAddress.isEmpty());
        QVERIFY(parsed(message({"Subject: no from"}, "x")).fromAddress.isEmpty());
        QCOMPARE(parsed(message({"From: Team: Camille <c@Example.org>;"}, "x")).fromAddress,
                 QStringLiteral("c@example.org"));
    }

    void textAroundInlineImagesIsKept()
    {
        const ParsedMail mail = parsed(message(
            {"From: a@example.org", "Content-Type: multipart/mixed; boundary=b"},
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbefore\r\n"
            "--b\r\nContent-Type: image/png\r\nContent-Disposition: inline; filename=a.png\r\n\r\nPNG\r\n"
            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nafter\r\n--b--\r\n"));
        QCOMPARE(mail.text, QStringLiteral("before\n\nafter"));
        QCOMPARE(mail.attachments.size(), 1);
        QCOMPARE(mail.attachments[0].name, QStringLiteral("a.png"));
    }

    void emptyAndGarbage()
    {
        QCOMPARE(parseMail(QByteArray()).error, ParseError::Empty);
        QCOMPARE(parseMail(" \r\n\t\r\n").error, ParseError::Empty);
        const ParseResult garbage = parseMail(QByteArray("\x00\x01\x02 no headers at all\xff", 21));
        QVERIFY(!garbage.ok);
        QCOMPARE(garbage.error, ParseError::Malformed);
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251); // deterministic bytes, no headers
        QVERIFY(!parseMail(noise).ok);
    }
};

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mailparser.moc"
