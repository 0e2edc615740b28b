// SPDX-License-Identifier: GPL-3.0-or-later
// A frame body serialised once for a whole fan-out (FrameBody) and the frames
// built around it (Codec::encodeFrame): byte for byte what Codec::encode makes,
// and one serialisation however many threads ask for it at once.
#include "protocol/Codec.h"
#include "protocol/FrameBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <thread>
#include <vector>

using namespace ecoute::protocol;

class TestFrameBody : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsEncode_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("re");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("push") << QStringLiteral("chat.message") << QStringLiteral("s-1") << QString()
                              << QJsonObject {
                                     {QStringLiteral("text"), QStringLiteral("Bonjour 🌿 \"à\" \\ \n")},
                                     {QStringLiteral("seq"), 12}};
        QTest::newRow("answer") << QStringLiteral("pong") << QStringLiteral("s-99") << QStringLiteral("c-7")
                                << QJsonObject {};
        // Incoming ids are any printable ASCII: quotes and backslashes must be escaped.
        QTest::newRow("re with quote")
            << QStringLiteral("error") << QStringLiteral("s-2") << QStringLiteral("a\"b\\c")
            << QJsonObject {{QStringLiteral("code"), QStringLiteral("bad_json")}};
        QTest::newRow("re not ascii") << QStringLiteral("error") << QStringLiteral("s-3")
                                      << QStringLiteral("é\u0001") << QJsonObject {};
        QTest::newRow("nested") << QStringLiteral("contact.update") << QStringLiteral("s-4") << QString()
                                << QJsonObject {
                                       {QStringLiteral("contact"),
                                        QJsonObject {{QStringLiteral("id"), QStringLiteral("k1")},
                                                     {QStringLiteral("tags"), QJsonArray {1, 2.5, true}}}}};
    }

    void sameBytesAsEncode()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, re);
        QFETCH(QJsonObject, body);
        Envelope e = Envelope::make(type, body, re);
        e.id = id;
        QCOMPARE(Codec::encodeFrame(type, id, re, FrameBody(body)), Codec::encode(e));
    }

    void decodesBack()
    {
        const QByteArray frame = Codec::encodeFrame(QStringLiteral("chat.send"), QStringLiteral("c-1"), {},
                                                    {{QStringLiteral("contactId"), QStringLiteral("k1")},
                                                     {QStringLiteral("clientMsgId"), QStringLiteral("m1")},
                                                     {QStringLiteral("text"), QStringLiteral("Salut")}});
        const DecodeResult r = Codec::decode(frame, Route::StaffToServer);
        QVERIFY(!Codec::isError(r));
        QCOMPARE(std::get<Envelope>(r).text("text"), QStringLiteral("Salut"));
    }

    void serialisedOnceAcrossThreads()
    {
        QJsonArray big;
        for (int i = 0; i < 2000; ++i)
            big.append(QStringLiteral("entry %1").arg(i));
        const FrameBody body {{QStringLiteral("entries"), big}};
        const FrameBody copy = body; // what each recipient holds
        std::vector<const char *> seen(8, nullptr);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < seen.size(); ++i)
            threads.emplace_back([&seen, i, copy] { seen[i] = copy.json().constData(); });
        for (std::thread &t : threads)
            t.join();
        for (const char *data : seen)
            QCOMPARE(data, body.json().constData()); // the one serialisation, shared
        QCOMPARE(body.json(), QJsonDocument(body.object()).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestFrameBody)
#include "tst_framebody.moc"
