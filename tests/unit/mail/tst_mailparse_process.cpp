// SPDX-License-Identifier: GPL-3.0-or-later
// The real ecoute-mailparse: one message on stdin, exactly one JSON line on stdout, exit 0,
// and nothing of the message on stderr.
#include "MailSamples.h"
#include "mail/parse/ParsedMailJson.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace ecoute::mail;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Run runParser(const QByteArray &input, const QStringList &arguments = {})
{
    QProcess process;
    process.start(QStringLiteral(ECOUTE_MAILPARSE_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Exactly one line, and it reads back.
std::optional<ParseResult> oneLine(const Run &run)
{
    if (run.status != QProcess::NormalExit || run.exitCode != 0 || !run.out.endsWith('\n')
        || run.out.count('\n') != 1)
        return std::nullopt;
    return fromJsonLine(run.out);
}

} // namespace

class TestMailParseProcess : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryMessage()
    {
        const Run run = runParser(samples::ordinary());
        const auto result = oneLine(run);
        QVERIFY2(result, run.out.constData());
        QVERIFY(result->ok);
        QCOMPARE(result->mail.fromAddress, QStringLiteral("camille.secret@example.org"));
        QCOMPARE(result->mail.subject, QStringLiteral("J'ai besoin de parler"));
        QCOMPARE(result->mail.text, QStringLiteral("Bonjour,\nje ne sais plus quoi faire."));
        QCOMPARE(result->mail.date.toString(Qt::ISODate), QStringLiteral("2026-12-05T09:00:00Z"));
        QVERIFY(run.out.contains("\"date\":\"2026-12-05T09:00:00Z\""));
        // The display name is never output, and stderr holds nothing of the message.
        QVERIFY(!run.out.contains("Camille Secret"));
        QVERIFY(run.err.isEmpty());
    }

    void tooLargeIsRefused()
    {
        const Run run =
            runParser(samples::ordinary(), {QStringLiteral("--max-bytes"), QStringLiteral("100")});
        const auto result = oneLine(run);
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->error, ParseError::TooLarge);
        QCOMPARE(run.out, QByteArray("{\"error\":\"too_large\",\"ok\":false}\n"));
        const Run exact =
            runParser(samples::ordinary(),
                      {QStringLiteral("--max-bytes"), QString::number(samples::ordinary().size())});
        QVERIFY(oneLine(exact) && oneLine(exact)->ok);
    }

    void defaultLimitIsTenMebibytes()
    {
        QByteArray big = samples::message({"From: a@example.org"}, QByteArray(10 * 1024 * 1024, 'x'));
        const auto result = oneLine(runParser(big));
        QVERIFY(result);
        QCOMPARE(result->error, ParseError::TooLarge);
    }

    void deeplyNestedMessage()
    {
        const QByteArray raw = samples::deeplyNested(200000);
        QVERIFY(raw.size() < 10 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const Run run = runParser(raw);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const auto result = oneLine(run);
        QVERIFY(result);
        QVERIFY(!result->ok ? result->error == ParseError::TooComplex : result->mail.truncated);
        QVERIFY(run.err.isEmpty());
    }

    void hostileHeadersLeaveNothingOnStderr()
    {
        // Headers GMime warns about: a broken address, an unterminated encoded word, a duplicate
        // Content-Type, 8-bit bytes, an unclosed multipart.
        const QByteArray raw =
            samples::message({"From: \"Unclosed <secret.writer@example.org", "To: <<<bad@@example.org>>>",
                              "Subject: =?utf-8?q?unterminated secret-subject",
                              "Content-Type: multipart/mixed; boundary=q", "Content-Type: text/plain",
                              "X-Secret: h\xe9"
                              "ader-value",
                              "Message-ID: no angle brackets"},
                             "--q\r\nContent-Type: text/plain; "
                             "charset=\"\r\n\r\nbody\r\n--q\r\nContent-Type: message/rfc822\r\n\r\n"
                             "From: inner-secret@example.org\r\n");
        const Run run = runParser(raw);
        QVERIFY(oneLine(run));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void emptyAndGarbage()
    {
        QCOMPARE(oneLine(runParser({}))->error, ParseError::Empty);
        const auto garbage = oneLine(runParser(QByteArray("\x01\x02\x03 garbage\xff", 13)));
        QVERIFY(garbage);
        QCOMPARE(garbage->error, ParseError::Malformed);
    }

    void badArguments()
    {
        const Run run = runParser({}, {QStringLiteral("--max-bytes"), QStringLiteral("many")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailParseProcess)
#include "tst_mailparse_process.moc"
