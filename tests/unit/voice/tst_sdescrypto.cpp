// SPDX-License-Identifier: GPL-3.0-or-later
// SDES (RFC 4568) as the bridge reads and writes it for staff legs: one suite, one inline key of
// 30 bytes, nothing else accepted; what we write reads back the same.
#include "voice/bridge/Telephony.h"

#include <QTest>

#include <string>

using namespace ecoute::voice;

namespace {

// 30 bytes 0x00..0x1d in base64, as baresip would send them.
const std::string kKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd";

Sdes::KeySalt counting()
{
    Sdes::KeySalt key {};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = std::uint8_t(i);
    return key;
}

} // namespace

class TestSdesCrypto : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatBaresipSends()
    {
        const auto crypto = Sdes::parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + kKey);
        QVERIFY(crypto);
        QCOMPARE(crypto->tag, 1u);
        QVERIFY(crypto->keySalt == counting());
    }

    void keepsTheOffersTag()
    {
        const auto crypto = Sdes::parse("123456789 AES_CM_128_HMAC_SHA1_80 inline:" + kKey);
        QVERIFY(crypto);
        QCOMPARE(crypto->tag, 123456789u);
    }

    void acceptsALifetimeAndSpacing()
    {
        QVERIFY(Sdes::parse("2 AES_CM_128_HMAC_SHA1_80 inline:" + kKey + "|2^31"));
        QVERIFY(Sdes::parse("2 AES_CM_128_HMAC_SHA1_80 inline:" + kKey + "|1048576"));
        QVERIFY(Sdes::parse("2  AES_CM_128_HMAC_SHA1_80\tINLINE:" + kKey));
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QString>("value");
        const QString key = QString::fromStdString(kKey);
        QTest::newRow("empty") << QString();
        QTest::newRow("no key") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80");
        QTest::newRow("other suite") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_32 inline:") + key;
        QTest::newRow("aes 256") << QStringLiteral("1 AES_256_CM_HMAC_SHA1_80 inline:") + key;
        QTest::newRow("suite in lower case") << QStringLiteral("1 aes_cm_128_hmac_sha1_80 inline:") + key;
        QTest::newRow("no tag") << QStringLiteral("AES_CM_128_HMAC_SHA1_80 inline:") + key;
        QTest::newRow("tag of ten digits")
            << QStringLiteral("1234567890 AES_CM_128_HMAC_SHA1_80 inline:") + key;
        QTest::newRow("signed tag") << QStringLiteral("+1 AES_CM_128_HMAC_SHA1_80 inline:") + key;
        QTest::newRow("other method") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 uri:") + key;
        QTest::newRow("mki") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key
                + QStringLiteral("|2^20|1:4");
        QTest::newRow("bad lifetime")
            << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key + QStringLiteral("|x");
        QTest::newRow("two keys") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key
                + QStringLiteral(";inline:") + key;
        QTest::newRow("session parameter") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key
                + QStringLiteral(" UNENCRYPTED_SRTP");
        QTest::newRow("short key") << QStringLiteral(
            "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODw");
        QTest::newRow("long key") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key
                + QStringLiteral("AAAA");
        QTest::newRow("padding") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key.left(36)
                + QStringLiteral("AA==");
        QTest::newRow("not base64") << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key.left(39)
                + QStringLiteral("*");
        QTest::newRow("url alphabet")
            << QStringLiteral("1 AES_CM_128_HMAC_SHA1_80 inline:") + key.left(39) + QStringLiteral("_");
    }

    void refusesEverythingElse()
    {
        QFETCH(QString, value);
        QVERIFY(!Sdes::parse(value.toStdString()));
    }

    void writesTheAttributeItReads()
    {
        const Sdes::Crypto ours {7, counting()};
        const std::string value = Sdes::format(ours);
        QCOMPARE(QString::fromStdString(value),
                 QStringLiteral("7 AES_CM_128_HMAC_SHA1_80 inline:") + QString::fromStdString(kKey));
        const auto back = Sdes::parse(value);
        QVERIFY(back);
        QCOMPARE(back->tag, 7u);
        QVERIFY(back->keySalt == ours.keySalt);
    }

    void randomKeysRoundTripAndDiffer()
    {
        const Sdes::KeySalt first = Sdes::randomKeySalt();
        const Sdes::KeySalt second = Sdes::randomKeySalt();
        QVERIFY(first != second);
        const auto back = Sdes::parse(Sdes::format({1, first}));
        QVERIFY(back && back->keySalt == first);
    }

    void wipesKeys()
    {
        Sdes::KeySalt key = counting();
        Sdes::wipe(key);
        QVERIFY(key == Sdes::KeySalt {});
    }
};

QTEST_GUILESS_MAIN(TestSdesCrypto)
#include "tst_sdescrypto.moc"
