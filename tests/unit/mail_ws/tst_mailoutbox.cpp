// SPDX-License-Identifier: GPL-3.0-or-later
// The volunteer's e-mail answers (MailOutbox) fed with decoded mail.outbox frames: mail.reply
// with the remembered signature, the undo countdown on the local clock, taking an answer back,
// a returned or refused answer giving its text back; and the e-mail fields of contacts and
// letters (answerBy, threadLength, attachments, event) as the workstation routes them.
#include "models/mail/MailOutbox.h"
#include "models/workstation/Preferences.h"
#include "models/workstation/Workstation.h"
#include "protocol/Limits.h"
#include "tests/mock/ManualClock.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::MailOutbox;
using ecoute::models::Preferences;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::protocol::MailReplyState;
using ecoute::protocol::MessageType;
using ecoute::tests::ManualClock;

namespace {

/// Records what the outbox sends; answers with request ids r1, r2… (empty while "offline").
struct Wire
{
    QList<Envelope> sent;
    bool online = true;
    MailOutbox::Sender sender()
    {
        return [this](const Envelope &envelope) {
            if (!online)
                return QString();
            sent.append(envelope);
            return QStringLiteral("r%1").arg(sent.size());
        };
    }
};

QJsonObject replyJson(const QString &state, const QString &text = "Bonjour,\nje vous lis.",
                      const QString &clientMsgId = {}, const QString &comment = {})
{
    QJsonObject reply {{"replyId", "m1"}, {"contactId", "k1"}, {"clientMsgId", clientMsgId},
                       {"state", state},  {"text", text},      {"at", "2026-01-05T09:00:00Z"}};
    if (state == "scheduled")
        reply.insert("sendAt", "2026-01-05T09:02:00Z");
    if (!comment.isEmpty())
        reply.insert("comment", comment);
    return reply;
}

Envelope outbox(const QJsonObject &reply)
{
    return Envelope::make(MessageType::MailOutbox, {{"reply", reply}});
}

} // namespace

class TestMailOutbox : public QObject
{
    Q_OBJECT

private slots:
    void replySendsTheTextWithTheRememberedSignature()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath("prefs.ini"));
        Wire wire;
        MailOutbox outbox(wire.sender());
        outbox.setPreferences(&preferences);
        outbox.setSignature("  Claire ");
        QCOMPARE(preferences.mailSignature(), QString("Claire"));

        QCOMPARE(outbox.reply("k1", "Bonjour,\nje vous lis."), MailOutbox::SendResult::Sent);
        QCOMPARE(wire.sent.size(), 1);
        const Envelope &sent = wire.sent.first();
        QCOMPARE(sent.messageType, MessageType::MailReply);
        QCOMPARE(sent.body.value("contactId").toString(), QString("k1"));
        QCOMPARE(sent.body.value("text").toString(), QString("Bonjour,\nje vous lis."));
        QCOMPARE(sent.body.value("signature").toString(), QString("Claire"));
        QVERIFY(!sent.body.value("clientMsgId").toString().isEmpty());
        QVERIFY(outbox.isSubmitting("k1"));
        QVERIFY(outbox.isBusy("k1"));
        // One answer at a time: the next waits until this one is settled.
        QCOMPARE(outbox.reply("k1", "encore"), MailOutbox::SendResult::Busy);

        // Without a signature the server signs with the line's name: the field is left out.
        Preferences other(dir.filePath("other.ini"));
        MailOutbox unsigned_(wire.sender());
        unsigned_.setPreferences(&other);
        QCOMPARE(unsigned_.reply("k2", "Bonjour"), MailOutbox::SendResult::Sent);
        QVERIFY(!wire.sent.last().body.contains("signature"));
    }

    void blankTooLongAndOfflineAreRefused()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        QCOMPARE(outbox.reply("k1", "  \n "), MailOutbox::SendResult::Empty);
        QCOMPARE(outbox.reply("k1", QString(ecoute::protocol::Limits::maxMailTextChars + 1, 'a')),
                 MailOutbox::SendResult::TooLong);
        wire.online = false;
        QCOMPARE(outbox.reply("k1", "Bonjour"), MailOutbox::SendResult::Offline);
        QVERIFY(!outbox.isBusy("k1"));
        QVERIFY(wire.sent.isEmpty());
    }

    void scheduledCountsDownOnTheLocalClockAndCanBeUndone()
    {
        ManualClock clock;
        Wire wire;
        MailOutbox outbox(wire.sender());
        outbox.setClock([&clock] { return clock.now(); });
        QSignalSpy accepted(&outbox, &MailOutbox::accepted);
        QSignalSpy returned(&outbox, &MailOutbox::textReturned);
        outbox.reply("k1", "Bonjour,\nje vous lis.");
        const QString clientMsgId = wire.sent.first().body.value("clientMsgId").toString();

        // The server's clock is an hour off: the two minutes count from now on this machine.
        QJsonObject reply = replyJson("scheduled", "Bonjour,\nje vous lis.", clientMsgId);
        reply.insert("at", "2026-01-05T10:00:00Z");
        reply.insert("sendAt", "2026-01-05T10:02:00Z");
        QVERIFY(outbox.handle(outbox_(reply)));
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!outbox.isSubmitting("k1"));
        QCOMPARE(outbox.current("k1").state, MailReplyState::Scheduled);
        QCOMPARE(outbox.secondsUntilSent("k1"), 120);
        clock.advanceSeconds(1);
        QCOMPARE(outbox.secondsUntilSent("k1"), 119);

        QVERIFY(outbox.withdraw("k1"));
        QCOMPARE(wire.sent.last().messageType, MessageType::MailReplyCancel);
        QCOMPARE(wire.sent.last().body.value("replyId").toString(), QString("m1"));

        QVERIFY(outbox.handle(outbox_(replyJson("cancelled", "Bonjour,\nje vous lis.", clientMsgId))));
        QCOMPARE(returned.count(), 1);
        QCOMPARE(returned.first().at(1).toString(), QString("Bonjour,\nje vous lis."));
        QCOMPARE(returned.first().at(2).toString(), QString());
        QVERIFY(!outbox.isBusy("k1"));
        QVERIFY(!outbox.withdraw("k1")); // nothing left to take back
    }

    void aReturnedAnswerComesBackWithTheComment()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        QSignalSpy returned(&outbox, &MailOutbox::textReturned);
        outbox.handle(outbox_(replyJson("pending_review")));
        QCOMPARE(outbox.current("k1").state, MailReplyState::PendingReview);
        QVERIFY(outbox.isBusy("k1"));
        outbox.handle(outbox_(replyJson("returned", "Bonjour", {}, "Plus doux, s'il vous plaît")));
        QCOMPARE(returned.count(), 1);
        QCOMPARE(returned.first().at(1).toString(), QString("Bonjour"));
        QCOMPARE(returned.first().at(2).toString(), QString("Plus doux, s'il vous plaît"));
        QVERIFY(!outbox.isBusy("k1"));
        // The same news twice (another window) is told once.
        outbox.handle(outbox_(replyJson("returned", "Bonjour", {}, "Plus doux, s'il vous plaît")));
        QCOMPARE(returned.count(), 1);
    }

    void aRefusedAnswerGivesItsTextBack()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        QSignalSpy returned(&outbox, &MailOutbox::textReturned);
        outbox.reply("k1", "Bonjour");
        Envelope error = Envelope::make(MessageType::Error, {{"code", "invalid_state"}}, "r1");
        QVERIFY(outbox.handleError(error));
        QCOMPARE(returned.count(), 1);
        QCOMPARE(returned.first().at(1).toString(), QString("Bonjour"));
        QVERIFY(!returned.first().at(2).toString().isEmpty());
        QVERIFY(!outbox.isBusy("k1"));
        QVERIFY(!outbox.handleError(Envelope::make(MessageType::Error, {{"code", "x"}}, "other")));
    }

    void othersAnswersAreNotOurs()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        outbox.setOwnership([](const QString &contactId) { return contactId == "mine"; });
        QSignalSpy returned(&outbox, &MailOutbox::textReturned);
        QVERIFY(outbox.handle(outbox_(replyJson("returned", "x", {}, "y"))));
        QCOMPARE(returned.count(), 0);
        QVERIFY(!outbox.current("k1").isValid());
        QVERIFY(!outbox.handle(Envelope::make(MessageType::ChatMessage, {})));
    }

    void workstationRoutesMailFramesAndKeepsThreadFields()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("pins.ini"), QSettings::IniFormat);
        Workstation ws(settings);
        const QJsonObject contact {{"id", "k1"},
                                   {"channel", "email"},
                                   {"pseudonym", "Mésange 12"},
                                   {"language", "fr"},
                                   {"state", "active"},
                                   {"createdAt", "2026-01-05T08:00:00Z"},
                                   {"answerBy", "2026-01-05T20:00:00Z"},
                                   {"threadLength", 3}};
        const QJsonObject letter {
            {"seq", 1},
            {"from", "seeker"},
            {"text", "Bonjour"},
            {"at", "2026-01-05T08:00:00Z"},
            {"attachments",
             QJsonArray {QJsonObject {{"name", "photo.jpg"}, {"type", "image/jpeg"}, {"size", 2048}}}}};
        ws.handleEnvelope(Envelope::make(MessageType::ConversationOpen,
                                         {{"contact", contact}, {"messages", QJsonArray {letter}}}));
        auto *conversation = ws.conversations().find("k1");
        QVERIFY(conversation);
        QCOMPARE(conversation->contact().answerBy, QDateTime(QDate(2026, 1, 5), QTime(20, 0), Qt::UTC));
        QCOMPARE(conversation->contact().threadLength, 3);
        const auto message = conversation->transcript()->messageAt(0);
        QCOMPARE(message.attachments.size(), 1);
        QCOMPARE(message.attachments.first().name, QString("photo.jpg"));
        QCOMPARE(message.attachments.first().size, qint64(2048));
        QCOMPARE(conversation->transcript()
                     ->index(0)
                     .data(ecoute::models::TranscriptModel::AttachmentsRole)
                     .toList()
                     .size(),
                 1);

        ws.handleEnvelope(Envelope::make(MessageType::ChatMessage,
                                         {{"contactId", "k1"},
                                          {"seq", 2},
                                          {"from", "system"},
                                          {"text", ""},
                                          {"event", "undeliverable"},
                                          {"at", "2026-01-05T09:00:00Z"}}));
        QCOMPARE(conversation->transcript()->messageAt(1).event, QString("undeliverable"));

        ws.handleEnvelope(outbox_(replyJson("pending_review")));
        QCOMPARE(ws.mailOutbox().current("k1").state, MailReplyState::PendingReview);
        // A supervisor hears of answers in threads that are not theirs: the desk shows those.
        QJsonObject foreign = replyJson("pending_review");
        foreign.insert("contactId", "k9");
        ws.handleEnvelope(outbox_(foreign));
        QVERIFY(!ws.mailOutbox().current("k9").isValid());
    }

private:
    static Envelope outbox_(const QJsonObject &reply) { return outbox(reply); }
};

QTEST_GUILESS_MAIN(TestMailOutbox)
#include "tst_mailoutbox.moc"
