// SPDX-License-Identifier: GPL-3.0-or-later
// A composed reply, parsed back: threading, Auto-Submitted and non-ASCII text survive.
#include "mail/compose/MailComposer.h"
#include "mail/mime/MailParser.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ecoute::mail;

namespace {

OutgoingMail reply()
{
    OutgoingMail mail;
    mail.fromAddress = QStringLiteral("line@line.example");
    mail.fromName = QStringLiteral("Écoute — Zoé");
    mail.toAddress = QStringLiteral("writer@example.org");
    mail.subject = QStringLiteral("Re: J'ai besoin de parler — ça va ?");
    mail.messageId = QStringLiteral("0123abcd@line.example");
    mail.inReplyTo = QStringLiteral("m2@example.org");
    mail.references = {QStringLiteral("m1@example.org"), QStringLiteral("r1@line.example"),
                       QStringLiteral("m2@example.org")};
    mail.text = QStringLiteral("Bonjour,\n\nmerci d'avoir écrit.\r\nZoé");
    mail.date = QDateTime(QDate(2026, 12, 5), QTime(12, 30), Qt::UTC);
    return mail;
}

QByteArray headerBlock(const QByteArray &raw)
{
    return raw.left(raw.indexOf("\r\n\r\n"));
}

} // namespace

class TestMailComposer : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QByteArray raw = compose(reply());
        const ParseResult back = parseMail(raw);
        QVERIFY(back.ok);
        QCOMPARE(back.mail.messageId, QStringLiteral("0123abcd@line.example"));
        QCOMPARE(back.mail.inReplyTo, QStringLiteral("m2@example.org"));
        QCOMPARE(back.mail.references, reply().references);
        QCOMPARE(back.mail.subject, reply().subject);
        QCOMPARE(back.mail.fromAddress, QStringLiteral("line@line.example"));
        QCOMPARE(back.mail.text, QStringLiteral("Bonjour,\n\nmerci d'avoir écrit.\nZoé"));
        QCOMPARE(back.mail.date, reply().date);
        QCOMPARE(back.mail.automatic, Automatic::None);
        QVERIFY(back.mail.attachments.isEmpty());
    }

    void headersAreSevenBitAndComplete()
    {
        const QByteArray raw = compose(reply());
        const QByteArray headers = headerBlock(raw);
        for (const char c : headers)
            QVERIFY2(uchar(c) < 0x80, "8-bit byte in the headers");
        QVERIFY(headers.contains("\r\nAuto-Submitted: no") || headers.startsWith("Auto-Submitted: no"));
        QVERIFY(headers.contains("MIME-Version: 1.0"));
        QVERIFY(headers.contains("Message-Id: <0123abcd@line.example>")
                || headers.contains("Message-ID: <0123abcd@line.example>"));
        QVERIFY(headers.contains("In-Reply-To: <m2@example.org>"));
        QVERIFY(headers.contains("References: <m1@example.org>"));
        QVERIFY(headers.contains("Date: Sat, 05 Dec 2026 12:30:00 +0000"));
        QVERIFY(headers.contains("=?")); // the name and subject, RFC 2047
        QVERIFY(raw.contains("charset=utf-8"));
        QVERIFY(!raw.contains("\r\r")
                && !QRegularExpression(QStringLiteral("[^\r]\n")).match(QString::fromLatin1(raw)).hasMatch());
        // The display name is the line's or the volunteer's chosen one, nothing else.
        QVERIFY(!raw.contains("writer@example.org>"));
    }

    void acknowledgementIsAutoReplied()
    {
        OutgoingMail ack = reply();
        ack.autoReplied = true;
        ack.inReplyTo.clear();
        ack.references.clear();
        const QByteArray raw = compose(ack);
        QVERIFY(headerBlock(raw).contains("Auto-Submitted: auto-replied"));
        QVERIFY(!headerBlock(raw).contains("In-Reply-To"));
        QVERIFY(!headerBlock(raw).contains("References"));
        QCOMPARE(parseMail(raw).mail.automatic, Automatic::AutoReplied);
    }

    void headerInjectionIsFlattened()
    {
        OutgoingMail mail = reply();
        mail.subject = QStringLiteral("hello\r\nBcc: victim@example.org");
        mail.fromName = QStringLiteral("Zoé\nX-Evil: 1");
        const QByteArray headers = headerBlock(compose(mail));
        QVERIFY(!headers.contains("\r\nBcc:"));
        QVERIFY(!headers.contains("\r\nX-Evil:"));
        QCOMPARE(parseMail(compose(mail)).mail.subject, QStringLiteral("hello Bcc: victim@example.org"));
    }

    void longLinesAreEncoded()
    {
        OutgoingMail mail = reply();
        mail.text = QString(3000, u'é');
        const QByteArray raw = compose(mail);
        for (const QByteArray &line : raw.split('\n'))
            QVERIFY(line.size() <= 1000);
        QCOMPARE(parseMail(raw).mail.text, mail.text);
    }

    void messageIdsAreRandom()
    {
        QSet<QString> seen;
        static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{32}@line\\.example$"));
        for (int i = 0; i < 100; ++i) {
            const QString id = newMessageId(u"Line.Example");
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestMailComposer)
#include "tst_mailcomposer.moc"
