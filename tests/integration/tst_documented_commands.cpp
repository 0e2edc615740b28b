// SPDX-License-Identifier: GPL-3.0-or-later
// Every `ecoute-server ...` line in the code blocks of README.md and docs/*.md, run as written
// (placeholders filled in) against a temporary data directory, so the docs cannot drift from the
// program again. Serve-mode lines must start ("listening:") and stop cleanly on SIGTERM.
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ecoute::testing::ServerProcess;

namespace {

constexpr int kCommandTimeoutMs = 60'000;
const QString kExistingUser = QStringLiteral("docs-user");
const QByteArray kPasswordLine = QByteArrayLiteral("docs-test-password-1234\n");

/// One documented command, continuation lines joined.
struct DocLine
{
    QString where; ///< "docs/admin.md:38"
    QString text;
};

/// A word of a command line; optional when it stood in [brackets].
struct Word
{
    QString text;
    bool optional = false;
};

bool isCommandStart(const QString &trimmed)
{
    static const QRegularExpression start(QStringLiteral(R"(^(\$\s+)?(\S*/)?ecoute-server(\s|$))"));
    return start.match(trimmed).hasMatch();
}

/// Lines of fenced code blocks that run ecoute-server. An indented line that starts with "[" or
/// "-", or a line after one ending in "\", continues the command above it.
QList<DocLine> commandLines(const QString &file, const QString &displayName)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<DocLine> found;
    bool inFence = false;
    bool inCommand = false; // the previous line was (part of) a command
    bool continues = false; // and it ended with a backslash
    int number = 0;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        ++number;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            inCommand = continues = false;
            continue;
        }
        if (!inFence)
            continue;
        const bool indentedOption =
            !line.isEmpty() && line.at(0).isSpace() && (trimmed.startsWith(u'[') || trimmed.startsWith(u'-'));
        if (inCommand && (continues || indentedOption) && !isCommandStart(trimmed)) {
            found.last().text += u' ' + trimmed;
        } else if (isCommandStart(trimmed)) {
            found.append({QStringLiteral("%1:%2").arg(displayName).arg(number), trimmed});
        } else {
            inCommand = continues = false;
            continue;
        }
        inCommand = true;
        continues = found.last().text.endsWith(u'\\');
        if (continues)
            found.last().text.chop(1);
    }
    return found;
}

/// Shell-like words: quotes kept together, "# comment" dropped, [optional] groups marked,
/// a pipe keeps only the command after it.
QList<Word> splitWords(const QString &text)
{
    QList<Word> words;
    QString current;
    bool started = false;
    bool currentOptional = false;
    QChar quote;
    int depth = 0;
    const auto flush = [&] {
        if (started)
            words.append({current, currentOptional});
        current.clear();
        started = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            started = true;
            currentOptional = currentOptional || depth > 0;
        } else if (c == u'[') {
            flush();
            ++depth;
        } else if (c == u']') {
            flush();
            depth = std::max(0, depth - 1);
        } else if (c.isSpace()) {
            flush();
        } else if (c == u'#' && !started) {
            break;
        } else {
            if (!started)
                currentOptional = depth > 0;
            started = true;
            current += c;
        }
    }
    flush();
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        if (words.at(i).text == QLatin1String("|"))
            return words.mid(i + 1);
    }
    return words;
}

/// DIR, NAME, LIST, N, YYYY-MM-DD, NUMBER=LABEL ...
bool isPlaceholder(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_=-]*$"));
    return pattern.match(word).hasMatch();
}

/// Defaults from the option tables of the docs: "| `--offer-timeout MS` | `30000` | ...".
QHash<QString, QString> documentedDefaults(const QStringList &files)
{
    static const QRegularExpression row(
        QStringLiteral(R"(^\|\s*`--([a-z0-9-]+)[^`]*`\s*\|\s*`([^`]+)`\s*\|)"));
    QHash<QString, QString> defaults;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            const auto match = row.match(line);
            if (match.hasMatch())
                defaults.insert(match.captured(1), match.captured(2));
        }
    }
    return defaults;
}

class PlaceholderValues
{
public:
    PlaceholderValues(QString dataDir, QHash<QString, QString> defaults)
        : m_dataDir(std::move(dataDir)), m_defaults(std::move(defaults))
    {
    }

    /// The value to use for `word` after `--option` (option empty for a positional word),
    /// or a null string when there is none.
    QString value(const QString &option, const QString &word, const QString &previousWord)
    {
        // Whatever the docs write there: the test's own directory, loopback, a free port.
        if (option == QLatin1String("data-dir"))
            return m_dataDir;
        if (option == QLatin1String("listen"))
            return QStringLiteral("127.0.0.1");
        if (option == QLatin1String("port") || option == QLatin1String("sip-tls-port"))
            return QStringLiteral("0");
        if (option == QLatin1String("sip-listen"))
            return QStringLiteral("127.0.0.1:0");
        if (!isPlaceholder(word))
            return word;
        if (option.isEmpty() && word == QLatin1String("NAME"))
            return previousWord == QLatin1String("add") ? QStringLiteral("docs-new-%1").arg(++m_newUsers)
                                                        : kExistingUser;
        if (!option.isEmpty()) {
            if (const auto sample = optionSamples().constFind(option); sample != optionSamples().cend())
                return *sample;
            if (const auto documented = m_defaults.constFind(option); documented != m_defaults.cend())
                return *documented;
        }
        if (word == QLatin1String("FILE") || word == QLatin1String("PATH"))
            return QDir(m_dataDir).filePath(QStringLiteral("docs-%1-%2").arg(option).arg(++m_files));
        return wordSamples().value(word);
    }

private:
    /// Options whose documented default is not a usable example value.
    static const QHash<QString, QString> &optionSamples()
    {
        static const QHash<QString, QString> samples {
            {QStringLiteral("role"), QStringLiteral("volunteer")},
            {QStringLiteral("display-name"), QStringLiteral("Docs Test")},
            {QStringLiteral("channels"), QStringLiteral("chat,email")},
            {QStringLiteral("languages"), QStringLiteral("fr,de")},
            {QStringLiteral("capacity"), QStringLiteral("chat=2,phone=1")},
            {QStringLiteral("centre"), QStringLiteral("main")},
            {QStringLiteral("in-training"), QStringLiteral("no")},
            {QStringLiteral("from"), QStringLiteral("2025-01-01")},
            {QStringLiteral("to"), QStringLiteral("2025-07-01")},
            {QStringLiteral("public-url"), QStringLiteral("https://chat.example.org/")},
            {QStringLiteral("allowed-origin"), QStringLiteral("https://help.example.org")},
            {QStringLiteral("emergency-number"), QStringLiteral("143=La Main Tendue")},
        };
        return samples;
    }
    static const QHash<QString, QString> &wordSamples()
    {
        static const QHash<QString, QString> samples {
            {QStringLiteral("N"), QStringLiteral("1")},
            {QStringLiteral("YYYY-MM-DD"), QStringLiteral("2025-01-01")},
            {QStringLiteral("URL"), QStringLiteral("https://chat.example.org/")},
            {QStringLiteral("TEXT"), QStringLiteral("Docs Test")},
        };
        return samples;
    }

    QString m_dataDir;
    QHash<QString, QString> m_defaults;
    int m_newUsers = 0;
    int m_files = 0;
};

/// The arguments of one variant of a documented line (the program word dropped), or the
/// reason it cannot be filled in.
struct Filled
{
    QStringList arguments;
    QString problem;
};

Filled fillIn(const QList<Word> &words, bool withOptional, PlaceholderValues *values)
{
    // Words before the program ("$" prompt, "sudo", a path) are not arguments.
    qsizetype program = 0;
    while (program < words.size() && !words.at(program).text.endsWith(QLatin1String("ecoute-server")))
        ++program;
    QStringList kept;
    for (qsizetype i = program + 1; i < words.size(); ++i) {
        if (withOptional || !words.at(i).optional) {
            // volunteer|supervisor|trainer|admin: any one will do; take the first.
            const QString &text = words.at(i).text;
            kept.append(text.contains(u'|') && !text.startsWith(u'-') ? text.section(u'|', 0, 0) : text);
        }
    }
    Filled filled;
    QString option; // the option the next word may be the value of
    QString previous;
    for (const QString &word : std::as_const(kept)) {
        if (word.startsWith(QLatin1String("--"))) {
            const qsizetype eq = word.indexOf(u'=');
            if (eq > 0) {
                const QString name = word.mid(2, eq - 2);
                filled.arguments.append(
                    QStringLiteral("--%1=%2").arg(name, values->value(name, word.mid(eq + 1), {})));
                option.clear();
            } else {
                filled.arguments.append(word);
                option = word.mid(2);
            }
            continue;
        }
        const bool isValue = !option.isEmpty()
            && (isPlaceholder(word) || option == QLatin1String("data-dir")
                || option == QLatin1String("listen") || option == QLatin1String("port"));
        const QString value = values->value(isValue ? option : QString(), word, previous);
        if (value.isNull()) {
            filled.problem =
                QStringLiteral("no example value for %1%2: add one to tst_documented_commands.cpp")
                    .arg(isValue ? QStringLiteral("--%1 ").arg(option) : QString(), word);
            return filled;
        }
        filled.arguments.append(value);
        previous = word;
        option.clear();
    }
    return filled;
}

struct RunResult
{
    bool listened = false; ///< serve mode reached "listening:"
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    bool timedOut = false;
};

/// Runs the server binary; a serve-mode run is stopped with SIGTERM once it listens.
RunResult runServer(const QStringList &arguments)
{
    RunResult result;
    QProcess process;
    process.start(ServerProcess::serverBinary(), arguments);
    if (!process.waitForStarted(kCommandTimeoutMs))
        return result;
    process.write(kPasswordLine); // add/passwd read the first line of stdin
    process.closeWriteChannel();
    const QDeadlineTimer deadline(kCommandTimeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
        result.out += process.readAllStandardOutput();
        if (!result.listened
            && (result.out.startsWith("listening: ") || result.out.contains("\nlistening: "))) {
            result.listened = true;
            process.terminate();
        }
    }
    if (process.state() != QProcess::NotRunning) {
        result.timedOut = true;
        process.kill();
    }
    process.waitForFinished(kCommandTimeoutMs);
    result.out += process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    return result;
}

QStringList documentFiles()
{
    const QDir source(QStringLiteral(ECOUTE_SOURCE_DIR));
    QStringList files {source.filePath(QStringLiteral("README.md"))};
    const QDir docs(source.filePath(QStringLiteral("docs")));
    for (const QString &name : docs.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        files.append(docs.filePath(name));
    return files;
}

} // namespace

class DocumentedCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentedCommand_data();
    void documentedCommand();
    void globalOptionsBeforeOrAfterTheCommand_data();
    void globalOptionsBeforeOrAfterTheCommand();

private:
    QTemporaryDir m_dataDir;
};

void DocumentedCommandsTest::initTestCase()
{
    QVERIFY(!ServerProcess::serverBinary().isEmpty());
    QVERIFY(m_dataDir.isValid());
    // The account every documented line about an existing NAME acts on.
    const RunResult added =
        runServer({QStringLiteral("user"), QStringLiteral("add"), kExistingUser, QStringLiteral("--role"),
                   QStringLiteral("volunteer"), QStringLiteral("--data-dir"), m_dataDir.path()});
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void DocumentedCommandsTest::documentedCommand_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    const QStringList files = documentFiles();
    PlaceholderValues values(m_dataDir.path(), documentedDefaults(files));
    const QDir source(QStringLiteral(ECOUTE_SOURCE_DIR));
    int lines = 0;
    for (const QString &file : files) {
        for (const DocLine &doc : commandLines(file, source.relativeFilePath(file))) {
            ++lines;
            const QList<Word> words = splitWords(doc.text);
            const Filled bare = fillIn(words, false, &values);
            const Filled full = fillIn(words, true, &values);
            const QString row = QStringLiteral("%1 `%2`").arg(doc.where, doc.text);
            QTest::newRow(qPrintable(row)) << row << bare.arguments << bare.problem;
            if (full.arguments.size() != bare.arguments.size() || !full.problem.isEmpty())
                QTest::newRow(qPrintable(row + QStringLiteral(" [with options]")))
                    << row << full.arguments << full.problem;
        }
    }
    // README.md has 5, docs/admin.md 11: finding none means the extraction broke, not the docs.
    QVERIFY2(lines >= 10, qPrintable(QStringLiteral("only %1 documented command lines found").arg(lines)));
}

void DocumentedCommandsTest::documentedCommand()
{
    QFETCH(QString, line);
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(line, problem)));
    const RunResult result = runServer(arguments);
    const QString what =
        QStringLiteral("%1\n  ran: ecoute-server %2\n  exit %3%4\n  stderr: %5\n  stdout: %6")
            .arg(line, arguments.join(u' '))
            .arg(result.exitCode)
            .arg(result.timedOut ? QStringLiteral(" (timed out, neither finished nor listening)") : QString(),
                 QString::fromUtf8(result.err).trimmed(), QString::fromUtf8(result.out.left(2000)).trimmed());
    QVERIFY2(!result.timedOut && result.exitStatus == QProcess::NormalExit && result.exitCode == 0,
             qPrintable(what));
}

void DocumentedCommandsTest::globalOptionsBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedOutput");
    const QString dir = QStringLiteral("--data-dir=") + m_dataDir.path();
    QTest::newRow("data-dir before") << QStringList {dir, QStringLiteral("user"), QStringLiteral("list")}
                                     << kExistingUser;
    QTest::newRow("data-dir between")
        << QStringList {QStringLiteral("user"), dir, QStringLiteral("show"), kExistingUser} << kExistingUser;
    QTest::newRow("data-dir after") << QStringList {QStringLiteral("user"), QStringLiteral("list"), dir}
                                    << kExistingUser;
    QTest::newRow("audit, data-dir before") << QStringList {dir, QStringLiteral("audit")} << QString();
    QTest::newRow("stats, data-dir before")
        << QStringList {dir, QStringLiteral("stats"), QStringLiteral("--json")}
        << QStringLiteral("\"totals\"");
    QTest::newRow("version before user") << QStringList {QStringLiteral("--version"), QStringLiteral("user")}
                                         << QStringLiteral("ecoute-server 0.");
    QTest::newRow("version after stats") << QStringList {QStringLiteral("stats"), QStringLiteral("--version")}
                                         << QStringLiteral("ecoute-server 0.");
    QTest::newRow("help before user")
        << QStringList {QStringLiteral("--help"), QStringLiteral("user")} << QStringLiteral("--role");
    QTest::newRow("help after stats")
        << QStringList {dir, QStringLiteral("stats"), QStringLiteral("--help")} << QStringLiteral("--from");
    QTest::newRow("help of the server lists the commands")
        << QStringList {QStringLiteral("--help")} << QStringLiteral("  audit");
}

void DocumentedCommandsTest::globalOptionsBeforeOrAfterTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedOutput);
    const RunResult result = runServer(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(QString::fromUtf8(result.out).contains(expectedOutput), result.out.constData());
}

QTEST_GUILESS_MAIN(DocumentedCommandsTest)
#include "tst_documented_commands.moc"
