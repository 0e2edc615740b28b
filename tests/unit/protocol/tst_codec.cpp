// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ecoute::protocol;

namespace {

ProtocolError errorOf(const QByteArray &frame, Route route = Route::StaffToServer)
{
    const DecodeResult r = Codec::decode(frame, route);
    if (!Codec::isError(r))
        return {ErrorCode::Internal, QStringLiteral("decoded unexpectedly"), {}, {}};
    return std::get<ProtocolError>(r);
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        Envelope e = Envelope::make(QStringLiteral("chat.send"),
                                    {{"contactId", "k1"}, {"clientMsgId", "m1"}, {"text", "Bonjour 🌿"}});
        e.id = QStringLiteral("c-1");
        const DecodeResult r = Codec::decode(Codec::encode(e), Route::StaffToServer);
        QVERIFY(!Codec::isError(r));
        const auto &d = std::get<Envelope>(r);
        QCOMPARE(d.type, e.type);
        QCOMPARE(d.id, e.id);
        QCOMPARE(d.body, e.body);
    }

    void replyCarriesRe()
    {
        Envelope e = Envelope::make(QStringLiteral("pong"), {}, QStringLiteral("c-9"));
        e.id = QStringLiteral("s-1");
        const auto d = std::get<Envelope>(Codec::decode(Codec::encode(e), Route::ServerToStaff));
        QCOMPARE(d.re, QStringLiteral("c-9"));
    }

    void frameTooLarge()
    {
        QByteArray big = "{\"v\":1,\"type\":\"ping\",\"id\":\"c-1\",\"body\":{\"pad\":\"";
        big += QByteArray(Limits::maxFrameBytes, 'x') + "\"}}";
        QCOMPARE(errorOf(big).code, ErrorCode::FrameTooLarge);
    }

    void badUtf8()
    {
        const QByteArray frame = "{\"v\":1,\"type\":\"ping\",\"id\":\"c-1\",\"body\":{\"x\":\"\xc3\x28\"}}";
        QCOMPARE(errorOf(frame).code, ErrorCode::BadUtf8);
    }

    void badJson()
    {
        const auto err = errorOf("{\"v\":1,\"type\":\"ping\",");
        QCOMPARE(err.code, ErrorCode::BadJson);
        QVERIFY(err.detail.contains(QLatin1String("offset")));
    }

    void tooDeep()
    {
        QByteArray nested = QByteArray(20, '[') + QByteArray(20, ']');
        QByteArray frame = "{\"v\":1,\"type\":\"ping\",\"id\":\"c-1\",\"body\":{\"x\":" + nested + "}}";
        QCOMPARE(errorOf(frame).code, ErrorCode::TooDeep);
    }

    void bracketsInStringsDoNotCountAsNesting()
    {
        QByteArray frame = "{\"v\":1,\"type\":\"chat.send\",\"id\":\"c-1\",\"body\":{\"contactId\":\"k\","
                           "\"clientMsgId\":\"m\",\"text\":\"[[[[[[[[[[[[\\\"{{{{{{{{{{\"}}";
        QVERIFY(!Codec::isError(Codec::decode(frame, Route::StaffToServer)));
    }

    void notAnObject() { QCOMPARE(errorOf("[1,2]").code, ErrorCode::BadEnvelope); }

    void envelopeFields_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("no v") << QByteArray("{\"type\":\"ping\",\"id\":\"c-1\",\"body\":{}}")
                              << int(ErrorCode::BadEnvelope) << "v";
        QTest::newRow("v2") << QByteArray("{\"v\":2,\"type\":\"ping\",\"id\":\"c-1\",\"body\":{}}")
                            << int(ErrorCode::UnsupportedVersion) << "v";
        QTest::newRow("no id") << QByteArray("{\"v\":1,\"type\":\"ping\",\"body\":{}}")
                               << int(ErrorCode::BadEnvelope) << "id";
        QTest::newRow("id with space") << QByteArray("{\"v\":1,\"type\":\"ping\",\"id\":\"a b\",\"body\":{}}")
                                       << int(ErrorCode::BadEnvelope) << "id";
        QTest::newRow("type number") << QByteArray("{\"v\":1,\"type\":3,\"id\":\"c-1\",\"body\":{}}")
                                     << int(ErrorCode::BadEnvelope) << "type";
        QTest::newRow("body array") << QByteArray("{\"v\":1,\"type\":\"ping\",\"id\":\"c-1\",\"body\":[]}")
                                    << int(ErrorCode::BadEnvelope) << "body";
        QTest::newRow("no body") << QByteArray("{\"v\":1,\"type\":\"ping\",\"id\":\"c-1\"}")
                                 << int(ErrorCode::BadEnvelope) << "body";
    }
    void envelopeFields()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        QFETCH(QString, field);
        const auto err = errorOf(frame);
        QCOMPARE(int(err.code), code);
        QCOMPARE(err.field, field);
    }

    void unknownType()
    {
        const auto err = errorOf("{\"v\":1,\"type\":\"steal.everything\",\"id\":\"c-4\",\"body\":{}}");
        QCOMPARE(err.code, ErrorCode::UnknownType);
        QCOMPARE(err.re, QStringLiteral("c-4")); // the reply can name the offending frame
    }

    void typeNotAcceptedOnThisRoute()
    {
        // A seeker may not log in as staff, and a client may not send server messages.
        QCOMPARE(errorOf("{\"v\":1,\"type\":\"auth.login\",\"id\":\"c-1\",\"body\":{\"user\":\"a\","
                         "\"password\":\"b\"}}",
                         Route::SeekerToServer)
                     .code,
                 ErrorCode::UnknownType);
        QCOMPARE(errorOf("{\"v\":1,\"type\":\"auth.ok\",\"id\":\"c-1\",\"body\":{}}").code,
                 ErrorCode::UnknownType);
    }

    void missingField()
    {
        const auto err =
            errorOf("{\"v\":1,\"type\":\"auth.login\",\"id\":\"c-1\",\"body\":{\"user\":\"a\"}}");
        QCOMPARE(err.code, ErrorCode::MissingField);
        QCOMPARE(err.field, QStringLiteral("body.password"));
    }

    void mistypedField()
    {
        const auto err = errorOf("{\"v\":1,\"type\":\"chat.sync\",\"id\":\"c-1\",\"body\":{\"contactId\":"
                                 "\"k\",\"afterSeq\":\"3\"}}");
        QCOMPARE(err.code, ErrorCode::WrongType);
        QCOMPARE(err.field, QStringLiteral("body.afterSeq"));
        QCOMPARE(errorOf("{\"v\":1,\"type\":\"chat.sync\",\"id\":\"c-1\",\"body\":{\"afterSeq\":1.5}}").code,
                 ErrorCode::WrongType);
    }

    void valueOutsideVocabulary()
    {
        const auto err =
            errorOf("{\"v\":1,\"type\":\"presence.set\",\"id\":\"c-1\",\"body\":{\"state\":\"asleep\"}}");
        QCOMPARE(err.code, ErrorCode::WrongType);
        QCOMPARE(err.field, QStringLiteral("body.state"));
    }

    void fieldTooLong()
    {
        QByteArray text(Limits::maxChatTextChars + 1, 'a');
        QByteArray frame =
            "{\"v\":1,\"type\":\"chat.send\",\"id\":\"c-1\",\"body\":{\"clientMsgId\":\"m\",\"text\":\""
            + text + "\"}}";
        const auto err = errorOf(frame, Route::SeekerToServer);
        QCOMPARE(err.code, ErrorCode::FieldTooLong);
        QCOMPARE(err.field, QStringLiteral("body.text"));
    }

    void errorEnvelopeNamesTheProblem()
    {
        const auto err =
            errorOf("{\"v\":1,\"type\":\"auth.login\",\"id\":\"c-7\",\"body\":{\"user\":\"a\"}}");
        const Envelope reply = Codec::errorEnvelope(err, 1500);
        QCOMPARE(reply.type, QStringLiteral("error"));
        QCOMPARE(reply.re, QStringLiteral("c-7"));
        QCOMPARE(reply.body.value("code").toString(), QStringLiteral("missing_field"));
        QCOMPARE(reply.body.value("field").toString(), QStringLiteral("body.password"));
        QCOMPARE(reply.body.value("retryAfterMs").toInt(), 1500);
    }

    void errorCodeNamesRoundTrip()
    {
        for (int i = 0; i <= int(ErrorCode::Internal); ++i) {
            const auto code = ErrorCode(i);
            QCOMPARE(errorCodeFromName(errorCodeName(code)), std::optional<ErrorCode>(code));
        }
        QVERIFY(!errorCodeFromName(QStringLiteral("nope")));
    }

    void catalogIsDocumented()
    {
        // docs/protocol.md must mention every message type the catalog accepts.
        QFile doc(QStringLiteral(ECOUTE_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const auto &spec : MessageCatalog::instance().all())
            QVERIFY2(text.contains(u'`' + spec.type + u'`'), qPrintable(spec.type));
    }

    void everyMessageTypeHasOneSpec()
    {
        // The X-macro list in protocol/MessageTypes.h, the catalog and docs/protocol.md agree.
        QFile doc(QStringLiteral(ECOUTE_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const auto &catalog = MessageCatalog::instance();
        QCOMPARE(std::size_t(catalog.all().size()), kMessageTypeCount);
        QSet<QString> seen;
        for (const MessageType type : allValues<MessageType>()) {
            const QString name = toString(type);
            QVERIFY2(!name.isEmpty() && !seen.contains(name), qPrintable(name));
            seen.insert(name);
            const MessageSpec *spec = catalog.find(type);
            QVERIFY2(spec, qPrintable(name));
            QCOMPARE(spec->messageType, type);
            QCOMPARE(spec->type, name);
            QCOMPARE(catalog.find(name), spec);
            QCOMPARE(fromString<MessageType>(name), std::optional<MessageType>(type));
            QVERIFY2(text.contains(u'`' + name + u'`'), qPrintable(name));
        }
        QVERIFY(!catalog.find(MessageType::Unknown));
        QVERIFY(!catalog.find(u"no.such.type"));
        QVERIFY(toString(MessageType::Unknown).isEmpty());
    }

    void decodedEnvelopeCarriesItsType()
    {
        const QByteArray frame = R"({"v":1,"type":"contact.accept","id":"c-1","body":{"contactId":"k1"}})";
        const auto e = std::get<Envelope>(Codec::decode(frame, Route::StaffToServer));
        QCOMPARE(e.messageType, MessageType::ContactAccept);
        QCOMPARE(Envelope::make(MessageType::ChatAck).type, QStringLiteral("chat.ack"));
        QCOMPARE(Envelope::make(QStringLiteral("chat.ack")).messageType, MessageType::ChatAck);
        QCOMPARE(Envelope::make(QStringLiteral("bogus")).messageType, MessageType::Unknown);
        QCOMPARE(Codec::errorEnvelope({ErrorCode::NotFound, {}, {}, {}}).messageType, MessageType::Error);
    }

    void vocabulariesRoundTrip()
    {
        // The wire names are a contract with stored data and old clients: spelled out here.
        QCOMPARE(vocab::roles, QStringList({"volunteer", "supervisor", "trainer", "admin"}));
        QCOMPARE(vocab::contactStates, QStringList({"waiting", "offered", "active", "ended"}));
        QCOMPARE(vocab::presenceStates, QStringList({"off", "available", "busy", "pause", "wrapup"}));
        QCOMPARE(vocab::chosenPresenceStates, QStringList({"off", "available", "pause"}));
        QCOMPARE(vocab::channels, QStringList({"chat", "email", "phone"}));
        QCOMPARE(vocab::offerEndReasons,
                 QStringList({"timeout", "declined", "taken", "ended", "unavailable"}));
        QCOMPARE(vocab::releaseReasons,
                 QStringList({"transferred", "requeued", "grace_expired", "taken_over"}));
        QCOMPARE(vocab::supervisionKinds, QStringList({"urgent", "when_possible", "debrief"}));
        QCOMPARE(vocab::supervisionStates, QStringList({"waiting", "accepted", "cancelled", "closed"}));
        QCOMPARE(vocab::supervisorModes,
                 QStringList({"listening", "took_over", "left", "playing", "observing"}));
        QCOMPARE(vocab::seekerNotices, QStringList({"continued", "requeued"}));
        QCOMPARE(vocab::senders, QStringList({"seeker", "volunteer", "system"}));

        for (const Role role : allValues<Role>())
            QCOMPARE(fromString<Role>(toString(role)), std::optional<Role>(role));
        for (const PresenceState state : allValues<PresenceState>()) {
            QCOMPARE(fromString<PresenceState>(toString(state)), std::optional<PresenceState>(state));
            QCOMPARE(isChosenPresence(state), vocab::chosenPresenceStates.contains(toString(state)));
        }
        QCOMPARE(toString(SupervisorMode::TookOver), QStringLiteral("took_over"));
        QCOMPARE(fromString<Channel>(u"email"), std::optional<Channel>(Channel::Email));
        QVERIFY(!fromString<Role>(u"Admin")); // exact names only
        QVERIFY(!fromString<ContactState>(u""));
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
