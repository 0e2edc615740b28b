// SPDX-License-Identifier: GPL-3.0-or-later
// What the bridge keeps of a caller: a keyed hash of the normalised number, the same for every
// spelling of it, or "withheld" with no hash at all when the caller asked not to be known.
#include "voice/identity/CallerIdentity.h"
#include "voice/identity/IdentityKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::voice;

namespace {

const QString kCountry = QStringLiteral("352");
const QString kE164 = QStringLiteral("+352621123456");

QByteArray keyOf(char fill)
{
    return QByteArray(32, fill);
}

CallerSignals fromOnly(const QString &from)
{
    return CallerSignals {from, {}, {}};
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size()
        && file.setPermissions(permissions);
}

} // namespace

class TestCallerIdentity : public QObject
{
    Q_OBJECT

private slots:
    void normalizesSpellings_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name-addr with tag")
            << "\"Jean\" <sip:+352621123456@trunk.example;user=phone>;tag=abc" << kE164;
        QTest::newRow("tel with separators") << "<tel:+352-621-123-456>" << kE164;
        QTest::newRow("tel with dots and parens") << "tel:+352.(621).123 456;phone-context=x" << kE164;
        QTest::newRow("national, trunk prefix") << "sip:0621123456@10.0.0.1" << kE164;
        QTest::newRow("00 prefix") << "<sip:00352621123456@x>" << kE164;
        QTest::newRow("sips") << "<sips:+352621123456@trunk.example:5061;transport=tls>" << kE164;
        QTest::newRow("upper-case scheme") << "<SIP:+352621123456@x>" << kE164;
        QTest::newRow("percent-encoded +") << "<sip:%2B352621123456@x>" << kE164;
        QTest::newRow("international without +") << "sip:352621123456@x;tag=1" << kE164;
        QTest::newRow("national without prefix") << "<sip:621123456@x>" << kE164;
        QTest::newRow("quoted display with <") << "\"a <b>, c\" <sip:+352621123456@x>" << kE164;
        QTest::newRow("other country") << "<sip:+33612345678@x>"
                                       << "+33612345678";
        QTest::newRow("letters") << "<sip:jean@x>" << QString();
        QTest::newRow("letters after +") << "<sip:+35262112abc@x>" << QString();
        QTest::newRow("star code") << "<sip:*31#0621123456@x>" << QString();
        QTest::newRow("too short") << "<sip:+35212@x>" << QString();
        QTest::newRow("too long") << "<sip:+3526211234567890@x>" << QString();
        QTest::newRow("host only") << "<sip:trunk.example>" << QString();
        QTest::newRow("http") << "<http://+352621123456@x>" << QString();
        QTest::newRow("anonymous") << "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=1" << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("garbage") << "<<<;;;@@@>>>" << QString();
    }

    void normalizesSpellings()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QCOMPARE(CallerIdentity::normalizedNumber(header, kCountry), expected);
    }

    void sameNumberSameHash()
    {
        const CallerIdentity identity(keyOf('k'), kCountry);
        const QStringList spellings {
            QStringLiteral("\"Jean\" <sip:+352621123456@trunk.example;user=phone>;tag=abc"),
            QStringLiteral("<tel:+352-621-123-456>"),
            QStringLiteral("sip:0621123456@10.0.0.1"),
            QStringLiteral("<sip:00352621123456@x>"),
            QStringLiteral("<sips:+352 621 123 456@x>"),
        };
        const CallerIdentity::Result first = identity.identify(fromOnly(spellings.first()));
        QVERIFY(!first.withheld);
        QVERIFY(first.hash.startsWith(u'c'));
        QCOMPARE(first.hash.size(), 33); // "c" + 16 bytes in hex
        for (const QString &spelling : spellings)
            QCOMPARE(identity.identify(fromOnly(spelling)), first);
        // Asked twice: stable.
        QCOMPARE(identity.identify(fromOnly(spellings.first())), first);
    }

    void otherNumberOtherHash()
    {
        const CallerIdentity identity(keyOf('k'), kCountry);
        const auto a = identity.identify(fromOnly(QStringLiteral("<sip:+352621123456@x>")));
        const auto b = identity.identify(fromOnly(QStringLiteral("<sip:+352621123457@x>")));
        QVERIFY(!a.withheld && !b.withheld);
        QVERIFY(a.hash != b.hash);
    }

    void otherKeyOtherHash()
    {
        const CallerIdentity one(keyOf('k'), kCountry);
        const CallerIdentity two(keyOf('j'), kCountry);
        const CallerSignals s = fromOnly(QStringLiteral("<sip:+352621123456@x>"));
        QVERIFY(one.identify(s).hash != two.identify(s).hash);
    }

    void hashHidesTheNumber()
    {
        const CallerIdentity identity(keyOf('k'), kCountry);
        const auto result = identity.identify(fromOnly(QStringLiteral("<sip:+352621123456@x>")));
        QVERIFY(!result.withheld);
        QVERIFY(!result.hash.contains(QStringLiteral("621123456")));
        QVERIFY(!result.hash.contains(QStringLiteral("352")));
        QVERIFY(!result.hash.at(0).isDigit());
    }

    void prefersAssertedIdentity()
    {
        const CallerIdentity identity(keyOf('k'), kCountry);
        const auto asserted = identity.identify(fromOnly(QStringLiteral("<sip:+352621123456@x>")));
        CallerSignals s;
        s.from = QStringLiteral("<sip:+352699999999@x>;tag=1");
        s.assertedIdentity = QStringLiteral("<sip:+352621123456@trunk>, <tel:+352621123456>");
        s.privacy = QStringLiteral("none");
        QCOMPARE(identity.identify(s), asserted);
        // An unusable asserted identity falls back to From.
        s.assertedIdentity = QStringLiteral("<sip:gateway@trunk>");
        s.from = QStringLiteral("<sip:+352621123456@x>;tag=1");
        QCOMPARE(identity.identify(s), asserted);
    }

    void privacyIdWithholds_data()
    {
        QTest::addColumn<QString>("privacy");
        QTest::newRow("id") << "id";
        QTest::newRow("upper case") << "ID";
        QTest::newRow("with others") << "header;id";
        QTest::newRow("comma and spaces") << "critical , id";
        QTest::newRow("user") << "user";
        QTest::newRow("header") << "header";
    }

    void privacyIdWithholds()
    {
        QFETCH(QString, privacy);
        const CallerIdentity identity(keyOf('k'), kCountry);
        CallerSignals s;
        s.from = QStringLiteral("<sip:+352621123456@x>;tag=1");
        s.assertedIdentity = QStringLiteral("<sip:+352621123456@trunk;user=phone>");
        s.privacy = privacy;
        const auto result = identity.identify(s);
        QVERIFY(result.withheld);
        QVERIFY(result.hash.isEmpty());
    }

    void privacyWithoutIdKeepsTheHash_data()
    {
        QTest::addColumn<QString>("privacy");
        QTest::newRow("none") << "none";
        QTest::newRow("empty") << "";
        QTest::newRow("id as a substring") << "idle;critical";
    }

    void privacyWithoutIdKeepsTheHash()
    {
        QFETCH(QString, privacy);
        const CallerIdentity identity(keyOf('k'), kCountry);
        CallerSignals s;
        s.from = QStringLiteral("<sip:+352621123456@x>;tag=1");
        s.privacy = privacy;
        QVERIFY(!identity.identify(s).withheld);
    }

    void anonymousWithholds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("asserted");
        const QString pai = QStringLiteral("<sip:+352621123456@trunk>");
        QTest::newRow("RFC 3323") << "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=1" << QString();
        QTest::newRow("RFC 3323 with PAI") << "\"Anonymous\" <sip:anonymous@anonymous.invalid>;tag=1" << pai;
        QTest::newRow("anonymous user") << "<sip:anonymous@trunk.example>" << pai;
        QTest::newRow("anonymous host") << "<sip:+352621123456@anonymous.invalid>" << QString();
        QTest::newRow("display Anonymous") << "\"anonymous\" <sip:+352621123456@x>" << QString();
        QTest::newRow("display Anonymous unquoted") << "Anonymous <sip:+352621123456@x>" << QString();
        QTest::newRow("restricted") << "<sip:restricted@trunk>" << pai;
        QTest::newRow("unavailable") << "<sip:Unavailable@trunk>" << QString();
        QTest::newRow("unknown") << "sip:unknown@trunk;tag=2" << QString();
        QTest::newRow("anonymous PAI") << "<sip:+352621123456@x>"
                                       << "<sip:anonymous@anonymous.invalid>";
    }

    void anonymousWithholds()
    {
        QFETCH(QString, from);
        QFETCH(QString, asserted);
        const CallerIdentity identity(keyOf('k'), kCountry);
        const auto result = identity.identify(CallerSignals {from, asserted, {}});
        QVERIFY(result.withheld);
        QVERIFY(result.hash.isEmpty());
    }

    void garbageWithholds_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("empty") << QString();
        QTest::newRow("name only") << "Jean";
        QTest::newRow("letters") << "<sip:jean.dupont@example.org>";
        QTest::newRow("short code") << "<sip:12@x>";
        QTest::newRow("brackets") << "<>";
        QTest::newRow("binary-ish") << QString::fromUtf8("<sip:\xe2\x80\x8b+352621123456@x>");
    }

    void garbageWithholds()
    {
        QFETCH(QString, from);
        const CallerIdentity identity(keyOf('k'), kCountry);
        const auto result = identity.identify(fromOnly(from));
        QVERIFY(result.withheld);
        QVERIFY(result.hash.isEmpty());
    }

    void badKeyFailsClosed()
    {
        const CallerIdentity identity(QByteArray(31, 'k'), kCountry);
        QVERIFY(identity.identify(fromOnly(QStringLiteral("<sip:+352621123456@x>"))).withheld);
    }

    void keyIsCreatedPrivateAndReused()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dataDir = tmp.filePath(QStringLiteral("data/voice"));
        QString error;
        const auto key = IdentityKey::loadOrCreate(dataDir, &error);
        QVERIFY2(key.has_value(), qPrintable(error));
        QCOMPARE(key->size(), 32);
        QVERIFY(*key != QByteArray(32, '\0'));
        const QString path = IdentityKey::fileName(dataDir);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("caller-hash.key"));
        QCOMPARE(QFileInfo(path).size(), 32);
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // No temporary file left behind.
        QCOMPARE(QDir(dataDir).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("caller-hash.key")});

        const auto again = IdentityKey::loadOrCreate(dataDir, &error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QCOMPARE(*again, *key);

        // Another data directory, another key.
        const auto other = IdentityKey::loadOrCreate(tmp.filePath(QStringLiteral("other")), &error);
        QVERIFY2(other.has_value(), qPrintable(error));
        QVERIFY(*other != *key);
    }

    void refusesAKeyOthersCanRead()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString path = IdentityKey::fileName(tmp.path());
        QVERIFY(writeFile(path, keyOf('k'),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther));
        QString error;
        QVERIFY(!IdentityKey::loadOrCreate(tmp.path(), &error).has_value());
        QVERIFY(error.contains(QStringLiteral("other users")));
        // Left as it was: the operator decides.
        QCOMPARE(QFileInfo(path).size(), 32);
    }

    void refusesAWrongSizedKey()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString path = IdentityKey::fileName(tmp.path());
        QVERIFY(writeFile(path, QByteArray(31, 'k'), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QString error;
        QVERIFY(!IdentityKey::loadOrCreate(tmp.path(), &error).has_value());
        QVERIFY(error.contains(QStringLiteral("31 bytes")));

        QVERIFY(writeFile(path, QByteArray(64, 'k'), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        error.clear();
        QVERIFY(!IdentityKey::loadOrCreate(tmp.path(), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void refusesAnEmptyDataDir()
    {
        QString error;
        QVERIFY(!IdentityKey::loadOrCreate(QString(), &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallerIdentity)
#include "tst_calleridentity.moc"
