// SPDX-License-Identifier: GPL-3.0-or-later
// What the libFuzzer harnesses (tests/fuzz) found, kept as plain unit tests of the g++ build, and
// the harnesses' round-trip properties checked over the whole seed corpus.
#include "protocol/Codec.h"
#include "protocol/ScenarioFile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ecoute::protocol;

namespace {

const QDir kCorpus(QStringLiteral(ECOUTE_SOURCE_DIR "/tests/fuzz/corpus"));

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray errorFrame(const char *retryAfterMs)
{
    return QByteArrayLiteral(
               R"({"v":1,"type":"error","id":"s-1","body":{"code":"x","message":"m","retryAfterMs":)")
        + retryAfterMs + "}}";
}

} // namespace

class FuzzFindingsTest : public QObject
{
    Q_OBJECT

private slots:
    void integerFieldsOutOfRangeAreRefused_data();
    void integerFieldsOutOfRangeAreRefused();
    void headerValueOnTheNextLineHasNoLeadingSpace();
    void codecCorpusRoundTrips_data();
    void codecCorpusRoundTrips();
    void scenarioCorpusRoundTrips_data();
    void scenarioCorpusRoundTrips();
};

// 1e300 went through static_cast<qint64>(double): undefined behaviour (UBSan float-cast-overflow).
void FuzzFindingsTest::integerFieldsOutOfRangeAreRefused_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1e300") << QByteArray("1e300") << false;
    QTest::newRow("-1e300") << QByteArray("-1e300") << false;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << false;
    QTest::newRow("2^53") << QByteArray("9007199254740992") << false;
    QTest::newRow("2^53 - 1") << QByteArray("9007199254740991") << true;
    QTest::newRow("-(2^53 - 1)") << QByteArray("-9007199254740991") << true;
    QTest::newRow("1.5") << QByteArray("1.5") << false;
    QTest::newRow("1e3") << QByteArray("1e3") << true;
}

void FuzzFindingsTest::integerFieldsOutOfRangeAreRefused()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, accepted);
    const DecodeResult result = Codec::decode(errorFrame(number.constData()), Route::ServerToStaff);
    QCOMPARE(!Codec::isError(result), accepted);
    if (!accepted)
        QCOMPARE(std::get<ProtocolError>(result).code, ErrorCode::WrongType);
}

// "persona.situation =" with the text on indented lines below kept a leading space, which
// toText() then lost: the scenario changed on every save.
void FuzzFindingsTest::headerValueOnTheNextLineHasNoLeadingSpace()
{
    const QByteArray text =
        "title =\n    A title on the next line\nlanguage = en\nchannel = chat\nrisk = low\n"
        "persona.age = 30\npersona.situation =\n    Lives alone,\n    writes at night.\n"
        "[opening]\nhello\n[goals]\n- listen\n";
    QString error;
    const auto scenario = ScenarioFile::parse(QStringLiteral("next-line"), text, &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->title, QStringLiteral("A title on the next line"));
    QCOMPARE(scenario->personaSituation, QStringLiteral("Lives alone, writes at night."));
    const auto again = ScenarioFile::parse(scenario->slug, ScenarioFile::toText(*scenario).toUtf8(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), scenario->toJson());
}

void FuzzFindingsTest::codecCorpusRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kCorpus.filePath(QStringLiteral("codec")));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 20);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// fuzz_codec's property: what decode accepts, encode gives back as the same envelope.
void FuzzFindingsTest::codecCorpusRoundTrips()
{
    QFETCH(QString, path);
    const QByteArray frame = readFile(path);
    for (const Route route :
         {Route::StaffToServer, Route::SeekerToServer, Route::ServerToStaff, Route::ServerToSeeker}) {
        const DecodeResult decoded = Codec::decode(frame, route);
        if (Codec::isError(decoded))
            continue;
        const Envelope &first = std::get<Envelope>(decoded);
        const DecodeResult again = Codec::decode(Codec::encode(first), route);
        QVERIFY(!Codec::isError(again));
        const Envelope &second = std::get<Envelope>(again);
        QCOMPARE(second.type, first.type);
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.re, first.re);
        QCOMPARE(second.body, first.body);
    }
}

void FuzzFindingsTest::scenarioCorpusRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kCorpus.filePath(QStringLiteral("scenario")));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 10);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

// fuzz_scenario's property: a scenario that parses comes back unchanged from toText().
void FuzzFindingsTest::scenarioCorpusRoundTrips()
{
    QFETCH(QString, path);
    QString error;
    const auto scenario = ScenarioFile::parse(QStringLiteral("corpus"), readFile(path), &error);
    if (!scenario)
        return;
    const auto again = ScenarioFile::parse(scenario->slug, ScenarioFile::toText(*scenario).toUtf8(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), scenario->toJson());
}

QTEST_GUILESS_MAIN(FuzzFindingsTest)
#include "tst_fuzz_findings.moc"
