// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/Conversation.h"
#include "models/workstation/Workstation.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Contact;
using ecoute::models::Conversation;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;

namespace {
QJsonObject contactJson(const QString &id, const QString &state = QStringLiteral("active"))
{
    return {{"id", id},         {"channel", "chat"}, {"pseudonym", "Colibri 42"},
            {"language", "fr"}, {"state", state},    {"createdAt", "2026-01-10T12:00:00Z"},
            {"urgent", false}};
}

QJsonObject messageJson(qint64 seq, const QString &from, const QString &text)
{
    return {{"seq", seq}, {"from", from}, {"text", text}, {"at", "2026-01-10T12:01:00Z"}};
}

/// Records what a Conversation asks to send.
struct Outbox
{
    explicit Outbox(Conversation &c)
    {
        QObject::connect(&c, &Conversation::sendRequested, &c, [this](const Envelope &e) { sent.append(e); });
    }
    QList<Envelope> ofType(const QString &type) const
    {
        QList<Envelope> r;
        for (const Envelope &e : sent) {
            if (e.type == type)
                r.append(e);
        }
        return r;
    }
    QList<Envelope> sent;
};
} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private slots:
    void sendIsAcknowledged()
    {
        Conversation c(Contact::fromJson(contactJson("k1")));
        Outbox out(c);
        QVERIFY(c.send("Bonjour"));
        QCOMPARE(out.sent.size(), 1);
        const Envelope e = out.sent.first();
        QCOMPARE(e.type, QStringLiteral("chat.send"));
        QCOMPARE(e.body.value("contactId").toString(), QStringLiteral("k1"));
        QCOMPARE(e.body.value("text").toString(), QStringLiteral("Bonjour"));
        const QString clientMsgId = e.body.value("clientMsgId").toString();
        QVERIFY(!clientMsgId.isEmpty());
        QCOMPARE(c.outboxSize(), 1);
        QCOMPARE(c.transcript()->pendingCount(), 1);

        c.handleAck({{"contactId", "k1"}, {"clientMsgId", clientMsgId}, {"seq", 1}});
        QCOMPARE(c.outboxSize(), 0);
        QCOMPARE(c.transcript()->pendingCount(), 0);
        QCOMPARE(c.transcript()->lastContiguousSeq(), 1);
    }

    void blankOrTooLongOrEndedIsRefused()
    {
        Conversation c(Contact::fromJson(contactJson("k1")));
        Outbox out(c);
        QVERIFY(!c.send("   \n"));
        QVERIFY(!c.send(QString(8001, u'x')));
        c.markEnded("seeker");
        QVERIFY(c.isEnded());
        QVERIFY(!c.send("hello"));
        QCOMPARE(out.sent.size(), 0);
    }

    void outboxResentAfterReconnectWithSameIds()
    {
        Conversation c(Contact::fromJson(contactJson("k1")));
        c.loadMessages(QJsonArray {messageJson(1, "seeker", "a"), messageJson(2, "seeker", "b")});
        Outbox out(c);
        QVERIFY(c.send("first")); // sent but never acknowledged: the link dropped
        const QString firstId = out.sent.first().body.value("clientMsgId").toString();

        c.setOffline();
        QVERIFY(c.send("second")); // typed while offline: queued only
        QCOMPARE(out.sent.size(), 1);
        QCOMPARE(c.outboxSize(), 2);

        out.sent.clear();
        c.resume();
        const auto syncs = out.ofType("chat.sync");
        QCOMPARE(syncs.size(), 1);
        QCOMPARE(syncs.first().body.value("afterSeq").toInteger(), 2);
        QCOMPARE(syncs.first().body.value("contactId").toString(), QStringLiteral("k1"));
        const auto sends = out.ofType("chat.send");
        QCOMPARE(sends.size(), 2);
        QCOMPARE(sends.at(0).body.value("clientMsgId").toString(), firstId);
        QCOMPARE(sends.at(1).body.value("text").toString(), QStringLiteral("second"));

        // The server deduplicated "first" and acks it with its original seq.
        c.handleAck({{"clientMsgId", firstId}, {"seq", 3}});
        c.handleMessage(messageJson(3, "volunteer", "first"));
        c.handleAck({{"clientMsgId", sends.at(1).body.value("clientMsgId").toString()}, {"seq", 4}});
        c.handleMessage(messageJson(4, "volunteer", "second"));
        QCOMPARE(c.outboxSize(), 0);
        QCOMPARE(c.transcript()->rowCount(), 4);
        QCOMPARE(c.transcript()->lastContiguousSeq(), 4);
    }

    void syncReplayShowsEachSeqOnce()
    {
        Conversation c(Contact::fromJson(contactJson("k1")));
        c.loadMessages(QJsonArray {messageJson(1, "seeker", "a")});
        c.handleMessage(messageJson(2, "seeker", "b"));
        c.handleMessage(messageJson(2, "seeker", "b"));
        c.handleMessage(messageJson(1, "seeker", "a"));
        QCOMPARE(c.transcript()->rowCount(), 2);
    }

    void endAsksTheServer()
    {
        Conversation c(Contact::fromJson(contactJson("k1")));
        Outbox out(c);
        QSignalSpy ended(&c, &Conversation::ended);
        c.end();
        QCOMPARE(out.ofType("contact.end").size(), 1);
        QCOMPARE(ended.count(), 0); // only contact.ended confirms it
        c.markEnded("volunteer");
        QCOMPARE(ended.count(), 1);
    }

    void workstationRoutesFrames()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("pins.ini"), QSettings::IniFormat);
        Workstation ws(settings);
        QSignalSpy opened(&ws, &Workstation::conversationOpened);

        ws.handleEnvelope(Envelope::make(
            "inbox.snapshot",
            {{"contacts", QJsonArray {contactJson("k1", "waiting"), contactJson("k2", "waiting")}}}));
        QCOMPARE(ws.inbox().rowCount(), 2);

        ws.handleEnvelope(Envelope::make(
            "conversation.open",
            {{"contact", contactJson("k1")}, {"messages", QJsonArray {messageJson(1, "seeker", "hi")}}}));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(ws.inbox().rowCount(), 1);
        Conversation *c = ws.conversations().find("k1");
        QVERIFY(c);
        QCOMPARE(c->transcript()->rowCount(), 1);

        ws.handleEnvelope(Envelope::make("chat.message",
                                         {{"contactId", "k1"},
                                          {"seq", 2},
                                          {"from", "seeker"},
                                          {"text", "still there?"},
                                          {"at", "2026-01-10T12:02:00Z"}}));
        QCOMPARE(c->transcript()->rowCount(), 2);
        ws.handleEnvelope(Envelope::make("chat.message",
                                         {{"contactId", "other"},
                                          {"seq", 3},
                                          {"from", "seeker"},
                                          {"text", "x"},
                                          {"at", "2026-01-10T12:02:00Z"}}));
        QCOMPARE(c->transcript()->rowCount(), 2);

        ws.handleEnvelope(Envelope::make("contact.removed", {{"contactId", "k2"}}));
        QCOMPARE(ws.inbox().rowCount(), 0);

        // After a reconnect the snapshot lists the active conversations; the
        // same Conversation object is kept, a missing one counts as ended.
        ws.handleEnvelope(Envelope::make("conversation.open",
                                         {{"contact", contactJson("k3")}, {"messages", QJsonArray {}}}));
        ws.handleEnvelope(
            Envelope::make("conversations.snapshot", {{"contacts", QJsonArray {contactJson("k1")}}}));
        QCOMPARE(ws.conversations().find("k1"), c);
        QVERIFY(!c->isEnded());
        QVERIFY(ws.conversations().find("k3")->isEnded());

        ws.handleEnvelope(Envelope::make("contact.ended", {{"contactId", "k1"}, {"by", "seeker"}}));
        QVERIFY(c->isEnded());
        QCOMPARE(c->endedBy(), QStringLiteral("seeker"));
    }

    void workstationTranslatesErrors()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("pins.ini"), QSettings::IniFormat);
        Workstation ws(settings);
        QSignalSpy errors(&ws, &Workstation::errorMessage);
        Envelope e = Envelope::make("error", {{"code", "forbidden"}, {"message", "not on shift"}}, "c-9");
        ws.handleEnvelope(e);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(!errors.first().first().toString().contains("not on shift")); // never the English detail
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
