// SPDX-License-Identifier: GPL-3.0-or-later
// The softphone engine's signalling parts, without a network: the address it dials (what
// CallSession makes, and nothing else), the SDP offer with our SDES key and the bridge's answer
// read back (an answer without a key, with another tag or in plain RTP is refused: no fallback),
// and the certificate pin comparison. The whole call is in tests/integration/tst_softphone.

#include "models/phone/CallSession.h"
#include "models/phone/engine/PinnedTls.h"
#include "models/phone/engine/SipTarget.h"
#include "telephony/SdpNegotiation.h"

#include <QtTest>

using ecoute::models::CallSession;
using ecoute::models::engine::SipTarget;
using ecoute::telephony::LibreRef;
using ecoute::telephony::SdpNegotiation;
namespace PinnedTls = ecoute::models::engine::PinnedTls;
namespace Sdes = ecoute::telephony::Sdes;

namespace {

sa address(const char *ip, std::uint16_t port)
{
    sa out {};
    sa_set_str(&out, ip, port);
    return out;
}

LibreRef<mbuf> body(const QByteArray &text)
{
    LibreRef<mbuf> mb(mbuf_alloc(std::size_t(text.size())));
    mbuf_write_mem(mb.get(), reinterpret_cast<const std::uint8_t *>(text.constData()),
                   std::size_t(text.size()));
    mb->pos = 0;
    return mb;
}

QByteArray text(const LibreRef<mbuf> &mb)
{
    return QByteArray(reinterpret_cast<const char *>(mbuf_buf(mb.get())), qsizetype(mbuf_get_left(mb.get())));
}

/// An answer as the bridge would write it, with `media` and `extra` lines.
QByteArray answer(const QByteArray &media, const QByteArray &extra)
{
    return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" + media + "\r\n"
        + extra + "a=sendrecv\r\n";
}

const QByteArray kKeyLine =
    "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd\r\n";

} // namespace

class TestSoftphoneParts : public QObject
{
    Q_OBJECT

private slots:
    void theDialledAddressIsReadStrictly_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("port");
        const QString token = QStringLiteral("5f0c1e2d3c4b5a69788796a5b4c3d2e1");
        QTest::newRow("IPv4") << CallSession::sipUri(token, QStringLiteral("127.0.0.1"), 5061)
                              << QByteArray("127.0.0.1") << 5061;
        QTest::newRow("IPv6") << CallSession::sipUri(token, QStringLiteral("::1"), 40001) << QByteArray("::1")
                              << 40001;
        QTest::newRow("name") << CallSession::sipUri(token, QStringLiteral("ecoute.example.org"), 5061)
                              << QByteArray("ecoute.example.org") << 5061;
        QTest::newRow("transport in capitals")
            << QStringLiteral("sip:%1@10.0.0.1:5061;transport=TLS").arg(token) << QByteArray("10.0.0.1")
            << 5061;
        for (const char *bad :
             {"sips:%1@10.0.0.1:5061;transport=tls", "sip:%1@10.0.0.1:5061",
              "sip:%1@10.0.0.1:5061;transport=udp", "sip:%1@10.0.0.1;transport=tls",
              "sip:%1@10.0.0.1:0;transport=tls", "sip:%1@10.0.0.1:70000;transport=tls",
              "sip:@10.0.0.1:5061;transport=tls", "sip:10.0.0.1:5061;transport=tls",
              "sip:%1:secret@10.0.0.1:5061;transport=tls", "sip:%1@10.0.0.1:5061;transport=tls;lr",
              "sip:%1@10.0.0.1:5061?X=y;transport=tls", "sip:%1@[::1:5061;transport=tls",
              "sip:%1@[::1]5061;transport=tls", "sip:%1@ho st:5061;transport=tls",
              "sip:%1@h<o>:5061;transport=tls"})
            QTest::newRow(bad) << QString::fromLatin1(bad).arg(token) << QByteArray() << 0;
    }

    void theDialledAddressIsReadStrictly()
    {
        QFETCH(QString, uri);
        QFETCH(QByteArray, host);
        QFETCH(int, port);
        // As the engine receives it: through a QUrl.
        const std::optional<SipTarget> target =
            SipTarget::parse(QUrl(uri).toString(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(target.has_value(), !host.isEmpty());
        if (!target)
            return;
        QCOMPARE(target->user, QByteArray("5f0c1e2d3c4b5a69788796a5b4c3d2e1"));
        QCOMPARE(target->host, host);
        QCOMPARE(int(target->port), port);
    }

    void libreDialsTheResolvedAddressAndTheTokenIsWiped()
    {
        std::optional<SipTarget> target = SipTarget::parse("sip:tok@ecoute.example.org:5061;transport=tls");
        QVERIFY(target);
        QCOMPARE(target->uriWithHost("192.0.2.7"), QByteArray("sip:tok@192.0.2.7:5061;transport=tls"));
        QCOMPARE(target->uriWithHost("2001:db8::7"), QByteArray("sip:tok@[2001:db8::7]:5061;transport=tls"));
        target->wipe();
        QVERIFY(target->user.isEmpty());
        // What a QUrl would have escaped is refused as it stands.
        QVERIFY(!SipTarget::parse("sip:to k@10.0.0.1:5061;transport=tls"));
        QVERIFY(!SipTarget::parse("sip:to\"k@10.0.0.1:5061;transport=tls"));
        QVERIFY(target->host.isEmpty());
    }

    void ourOfferAndTheBridgesAnswerAgreeOnKeys()
    {
        int error = 0;
        auto phone =
            SdpNegotiation::create(address("127.0.0.1", 20000), SdpNegotiation::Profile::Secure, &error);
        auto bridge =
            SdpNegotiation::create(address("127.0.0.1", 30000), SdpNegotiation::Profile::Secure, &error);
        QVERIFY(phone && bridge);
        Sdes::KeySalt phoneKey = Sdes::randomKeySalt();
        Sdes::KeySalt bridgeKey = Sdes::randomKeySalt();
        QVERIFY(!phone->offer(nullptr)); // a secure offer needs a key
        const LibreRef<mbuf> offer = phone->offer(&phoneKey);
        QVERIFY(offer);
        const QByteArray offered = text(offer);
        QVERIFY2(offered.contains("m=audio 20000 RTP/SAVP 8 0 101"), offered.constData());
        QVERIFY(offered.contains("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"));

        const auto atBridge = bridge->takeOffer(offer.get(), &bridgeKey);
        QVERIFY(atBridge && atBridge->peerCrypto);
        QVERIFY(atBridge->peerCrypto->keySalt == phoneKey);
        QCOMPARE(sa_port(&atBridge->remote), 20000);
        const LibreRef<mbuf> answered = bridge->answer();
        QVERIFY(answered);
        const auto atPhone = phone->takeAnswer(answered.get());
        QVERIFY(atPhone && atPhone->peerCrypto);
        QVERIFY(atPhone->peerCrypto->keySalt == bridgeKey);
        QCOMPARE(atPhone->payloadType, 8);
        QCOMPARE(sa_port(&atPhone->remote), 30000);
        QVERIFY(atPhone->peerSends);
    }

    void anAnswerWithoutAUsableKeyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("media");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<bool>("usable");
        QTest::newRow("keyed PCMU") << QByteArray("m=audio 30000 RTP/SAVP 0") << kKeyLine << true;
        QTest::newRow("no key") << QByteArray("m=audio 30000 RTP/SAVP 8") << QByteArray() << false;
        QTest::newRow("another tag") << QByteArray("m=audio 30000 RTP/SAVP 8")
                                     << QByteArray(kKeyLine).replace("crypto:1", "crypto:2") << false;
        QTest::newRow("another suite")
            << QByteArray("m=audio 30000 RTP/SAVP 8") << QByteArray(kKeyLine).replace("_80", "_32") << false;
        QTest::newRow("plain RTP") << QByteArray("m=audio 30000 RTP/AVP 8") << kKeyLine << false;
        QTest::newRow("no shared codec") << QByteArray("m=audio 30000 RTP/SAVP 9") << kKeyLine << false;
        QTest::newRow("refused stream") << QByteArray("m=audio 0 RTP/SAVP 8") << kKeyLine << false;
    }

    void anAnswerWithoutAUsableKeyIsRefused()
    {
        QFETCH(QByteArray, media);
        QFETCH(QByteArray, extra);
        QFETCH(bool, usable);
        int error = 0;
        auto phone =
            SdpNegotiation::create(address("127.0.0.1", 20000), SdpNegotiation::Profile::Secure, &error);
        Sdes::KeySalt key = Sdes::randomKeySalt();
        QVERIFY(phone && phone->offer(&key));
        const LibreRef<mbuf> reply = body(answer(media, extra));
        const auto negotiated = phone->takeAnswer(reply.get());
        QCOMPARE(negotiated.has_value(), usable);
        if (usable)
            QCOMPARE(negotiated->payloadType, 0);
    }

    void thePinIsTheWholeCertificate()
    {
        const QByteArray pin = QByteArrayLiteral("\x30\x82\x01\x0a certificate bytes");
        const auto *bytes = reinterpret_cast<const unsigned char *>(pin.constData());
        QVERIFY(PinnedTls::matches(pin, bytes, int(pin.size())));
        QVERIFY(!PinnedTls::matches(pin, bytes, int(pin.size()) - 1)); // a prefix is not enough
        QByteArray other = pin;
        other[other.size() - 1] = 'X';
        QVERIFY(!PinnedTls::matches(pin, reinterpret_cast<const unsigned char *>(other.constData()),
                                    int(other.size())));
        QVERIFY(!PinnedTls::matches({}, bytes, 0));
    }
};

QTEST_GUILESS_MAIN(TestSoftphoneParts)
#include "tst_softphoneparts.moc"
