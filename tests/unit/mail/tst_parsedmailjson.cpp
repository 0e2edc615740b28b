// SPDX-License-Identifier: GPL-3.0-or-later
// The parser process's line: written compactly, read back strictly.
#include "mail/parse/ParsedMailJson.h"

#include <QTest>

using namespace ecoute::mail;

namespace {

ParseResult sample()
{
    ParseResult result;
    result.ok = true;
    ParsedMail &mail = result.mail;
    mail.messageId = QStringLiteral("m1@example.org");
    mail.inReplyTo = QStringLiteral("r1@line.example");
    mail.references = {QStringLiteral("m0@example.org"), QStringLiteral("r1@line.example")};
    mail.fromAddress = QStringLiteral("writer@example.org");
    mail.returnPathEmpty = true;
    mail.subject = QStringLiteral("Été \"quoted\"\ttab");
    mail.date = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    mail.automatic = Automatic::Bounce;
    mail.bounce =
        Bounce {QStringLiteral("r1@line.example"), QStringLiteral("failed"), QStringLiteral("5.1.1")};
    mail.text = QStringLiteral("line one\nline two\u2028");
    mail.truncated = true;
    mail.attachments.append(
        {QStringLiteral("été.pdf"), QStringLiteral("application/pdf"), 4, QByteArray("\x00\x01\xff%", 4)});
    return result;
}

} // namespace

class TestParsedMailJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QByteArray line = toJsonLine(sample());
        QVERIFY(!line.contains('\n'));
        QVERIFY(line.startsWith('{'));
        const auto back = fromJsonLine(line + '\n');
        QVERIFY(back);
        QVERIFY(back->ok);
        const ParsedMail &a = sample().mail;
        const ParsedMail &b = back->mail;
        QCOMPARE(b.messageId, a.messageId);
        QCOMPARE(b.inReplyTo, a.inReplyTo);
        QCOMPARE(b.references, a.references);
        QCOMPARE(b.fromAddress, a.fromAddress);
        QCOMPARE(b.returnPathEmpty, a.returnPathEmpty);
        QCOMPARE(b.subject, a.subject);
        QCOMPARE(b.date, a.date);
        QCOMPARE(b.automatic, a.automatic);
        QVERIFY(b.bounce);
        QCOMPARE(b.bounce->originalMessageId, a.bounce->originalMessageId);
        QCOMPARE(b.bounce->status, a.bounce->status);
        QCOMPARE(b.bounce->action, a.bounce->action);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.truncated, a.truncated);
        QCOMPARE(b.attachments.size(), 1);
        QCOMPARE(b.attachments[0].name, a.attachments[0].name);
        QCOMPARE(b.attachments[0].contentType, a.attachments[0].contentType);
        QCOMPARE(b.attachments[0].size, 4);
        QCOMPARE(b.attachments[0].data, a.attachments[0].data);
    }

    void noBounceWithoutBounce()
    {
        ParseResult plain = sample();
        plain.mail.automatic = Automatic::List;
        plain.mail.bounce.reset();
        plain.mail.date = QDateTime();
        const QByteArray line = toJsonLine(plain);
        QVERIFY(!line.contains("\"bounce\":{"));
        QVERIFY(line.contains("\"date\":\"\""));
        QVERIFY(line.contains("\"automatic\":\"list\""));
        const auto back = fromJsonLine(line);
        QVERIFY(back);
        QVERIFY(!back->mail.bounce);
        QVERIFY(!back->mail.date.isValid());
    }

    void errors()
    {
        for (ParseError error :
             {ParseError::Malformed, ParseError::TooComplex, ParseError::Empty, ParseError::TooLarge}) {
            ParseResult failed;
            failed.error = error;
            const QByteArray line = toJsonLine(failed);
            const auto back = fromJsonLine(line);
            QVERIFY(back);
            QVERIFY(!back->ok);
            QCOMPARE(back->error, error);
        }
        QCOMPARE(toJsonLine(ParseResult {false, ParseError::TooLarge, {}}),
                 QByteArray(R"({"error":"too_large","ok":false})"));
    }

    void rejectsWhatIsNotTheLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        const QByteArray good = toJsonLine(sample());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("two lines") << QByteArray(good + "\n" + good);
        QTest::newRow("no ok") << QByteArray(R"({"error":"empty"})");
        QTest::newRow("unknown error") << QByteArray(R"({"ok":false,"error":"boom"})");
        QTest::newRow("extra on error") << QByteArray(R"({"ok":false,"error":"empty","x":1})");
        QTest::newRow("extra key") << QByteArray(good).replace("{\"attachments\"",
                                                               "{\"x\":1,\"attachments\"");
        QTest::newRow("missing key") << QByteArray(good).replace("\"returnPathEmpty\":true,", "");
        QTest::newRow("wrong type") << QByteArray(good).replace("\"truncated\":true",
                                                                "\"truncated\":\"yes\"");
        QTest::newRow("unknown automatic") << QByteArray(good).replace("\"bounce\",", "\"robot\",");
        QTest::newRow("bounce without details")
            << QByteArray(good).replace("\"automatic\":\"bounce\"", "\"automatic\":\"none\"");
        QTest::newRow("bad date") << QByteArray(good).replace("2026-12-05T09:00:00Z", "yesterday");
        QTest::newRow("bad base64") << QByteArray(good).replace("AAH/JQ==", "AAH/JQ=*");
        QTest::newRow("size mismatch") << QByteArray(good).replace("\"size\":4", "\"size\":5");
        QTest::newRow("negative size") << QByteArray(good).replace("\"size\":4", "\"size\":-4");
        QTest::newRow("reference not string") << QByteArray(good).replace("[\"m0@example.org\"", "[1");
    }

    void rejectsWhatIsNotTheLine()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!fromJsonLine(line));
    }
};

QTEST_GUILESS_MAIN(TestParsedMailJson)
#include "tst_parsedmailjson.moc"
