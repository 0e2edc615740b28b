// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4733 keys on a phone leg: the decoding (telephony/TelephoneEvent) reports each press once,
// and the SDP negotiation carries the telephone-event payload type the peer uses.
#include "telephony/SdpNegotiation.h"
#include "telephony/TelephoneEvent.h"

#include <QTest>

#include <array>
#include <cstring>
#include <string>

using ecoute::telephony::SdpNegotiation;
using ecoute::telephony::TelephoneEvent;

namespace {

/// event, end bit + volume 10, duration.
std::array<std::uint8_t, 4> packet(std::uint8_t event, bool end, std::uint16_t duration)
{
    return {event, std::uint8_t((end ? 0x80 : 0x00) | 10), std::uint8_t(duration >> 8),
            std::uint8_t(duration & 0xff)};
}

QString take(TelephoneEvent &events, std::uint32_t timestamp, std::uint8_t event, bool end,
             std::uint16_t duration)
{
    const auto payload = packet(event, end, duration);
    const std::optional<char> key = events.take(timestamp, payload.data(), payload.size());
    return key ? QString(QLatin1Char(*key)) : QString();
}

std::optional<ecoute::telephony::NegotiatedMedia> negotiate(const std::string &offer)
{
    sa local {};
    sa_set_str(&local, "127.0.0.1", 20000);
    int error = 0;
    auto negotiation = SdpNegotiation::create(local, SdpNegotiation::Profile::Plain, &error);
    if (!negotiation)
        return std::nullopt;
    ecoute::telephony::LibreRef<mbuf> body(mbuf_alloc(offer.size()));
    mbuf_write_mem(body.get(), reinterpret_cast<const std::uint8_t *>(offer.data()), offer.size());
    body->pos = 0;
    return negotiation->takeOffer(body.get(), nullptr);
}

std::string offer(const std::string &formats, const std::string &rtpmaps)
{
    return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
           "m=audio 30000 RTP/AVP "
        + formats + "\r\n" + rtpmaps + "a=sendrecv\r\n";
}

} // namespace

class TestPhoneKeys : public QObject
{
    Q_OBJECT

private slots:
    void eventCodesAreKeys()
    {
        QString keys;
        for (int event = 0; event < 16; ++event)
            keys += QLatin1Char(*TelephoneEvent::keyOf(std::uint8_t(event)));
        QCOMPARE(keys, QStringLiteral("0123456789*#ABCD"));
        QVERIFY(!TelephoneEvent::keyOf(16)); // flash
        QVERIFY(!TelephoneEvent::keyOf(255));
    }

    void onePressIsReportedOnce()
    {
        TelephoneEvent events;
        QCOMPARE(take(events, 1000, 5, false, 160), QStringLiteral("5"));
        QCOMPARE(take(events, 1000, 5, false, 320), QString());
        QCOMPARE(take(events, 1000, 5, false, 480), QString());
        for (int retransmit = 0; retransmit < 3; ++retransmit)
            QCOMPARE(take(events, 1000, 5, true, 640), QString()); // the end, sent three times
        // The same key again is a new press: a new timestamp.
        QCOMPARE(take(events, 5000, 5, false, 160), QStringLiteral("5"));
        QCOMPARE(take(events, 5000, 5, true, 400), QString());
        QCOMPARE(take(events, 9000, 11, false, 160), QStringLiteral("#"));
    }

    void aPressSeenOnlyByItsEndCounts()
    {
        TelephoneEvent events;
        QCOMPARE(take(events, 2000, 10, true, 800), QStringLiteral("*")); // its first packets were lost
        QCOMPARE(take(events, 2000, 10, true, 800), QString());
    }

    void whatIsNoKeyIsIgnored()
    {
        TelephoneEvent events;
        const auto payload = packet(1, false, 160);
        QVERIFY(!events.take(100, payload.data(), 3)); // too short
        QVERIFY(!events.take(100, nullptr, 4));
        QCOMPARE(take(events, 100, 16, false, 160), QString()); // flash
        QCOMPARE(take(events, 100, 1, false, 160), QStringLiteral("1")); // not taken for the flash
    }

    void resetForgetsThePress()
    {
        TelephoneEvent events;
        QCOMPARE(take(events, 700, 3, false, 160), QStringLiteral("3"));
        events.reset();
        QCOMPARE(take(events, 700, 3, false, 320), QStringLiteral("3"));
    }

    void negotiationCarriesTheEventPayloadType()
    {
        const auto withEvents = negotiate(offer("0 8 96",
                                                "a=rtpmap:0 PCMU/8000\r\na=rtpmap:96 telephone-event/8000\r\n"
                                                "a=fmtp:96 0-16\r\n"));
        QVERIFY(withEvents);
        QCOMPARE(int(withEvents->payloadType), 0);
        QVERIFY(withEvents->eventPayloadType);
        QCOMPARE(int(*withEvents->eventPayloadType), 96);

        const auto without = negotiate(offer("8", "a=rtpmap:8 PCMA/8000\r\n"));
        QVERIFY(without);
        QVERIFY(!without->eventPayloadType);

        // Only the 8 kHz clock matches ours.
        const auto wideband = negotiate(offer("8 97", "a=rtpmap:97 telephone-event/16000\r\n"));
        QVERIFY(wideband);
        QVERIFY(!wideband->eventPayloadType);
    }
};

QTEST_APPLESS_MAIN(TestPhoneKeys)
#include "tst_phonekeys.moc"
