// SPDX-License-Identifier: GPL-3.0-or-later
// A supervisor's e-mail desk (MailDesk) fed with decoded mail.desk frames: the reviews and late
// threads as item models, and the frames of approve (edited or not), return with a comment,
// reassign and block; errors answering the desk's requests are told.
#include "models/mail/MailDesk.h"
#include "tests/mock/ManualClock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using ecoute::models::MailDesk;
using ecoute::models::MailOverdueModel;
using ecoute::models::MailReviewModel;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
using ecoute::tests::ManualClock;

namespace {

struct Wire
{
    QList<Envelope> sent;
    MailDesk::Sender sender()
    {
        return [this](const Envelope &envelope) {
            sent.append(envelope);
            return QStringLiteral("r%1").arg(sent.size());
        };
    }
};

Envelope desk()
{
    const QJsonArray reviews {
        QJsonObject {{"replyId", "m2"},
                     {"contactId", "k2"},
                     {"clientMsgId", "c2"},
                     {"state", "pending_review"},
                     {"text", "Bonjour,\nmerci de votre lettre."},
                     {"at", "2026-01-05T09:30:00Z"},
                     {"author", "camille"},
                     {"pseudonym", "Lotus 81"}},
        QJsonObject {{"replyId", "m1"},
                     {"contactId", "k1abcdef0123"},
                     {"clientMsgId", "c1"},
                     {"state", "pending_review"},
                     {"text", "Première réponse"},
                     {"at", "2026-01-05T09:00:00Z"},
                     {"author", "jules"}},
    };
    const QJsonArray overdue {
        QJsonObject {{"contactId", "k3"}, {"volunteer", "camille"}, {"answerBy", "2026-01-05T10:00:00Z"}},
        QJsonObject {{"contactId", "k4"}, {"volunteer", "jules"}, {"answerBy", "2026-01-05T07:00:00Z"}},
    };
    return Envelope::make(MessageType::MailDesk, {{"reviews", reviews}, {"overdue", overdue}});
}

} // namespace

class TestMailDesk : public QObject
{
    Q_OBJECT

private slots:
    void deskFillsBothLists()
    {
        Wire wire;
        MailDesk mailDesk(wire.sender());
        ManualClock clock; // 2026-01-05 09:00 UTC
        mailDesk.overdue()->setClock([&clock] { return clock.now(); });
        QSignalSpy changed(&mailDesk, &MailDesk::changed);
        QVERIFY(!mailDesk.isLoaded());
        QVERIFY(mailDesk.handle(desk()));
        QVERIFY(mailDesk.isLoaded());
        QCOMPARE(changed.count(), 1);

        MailReviewModel *reviews = mailDesk.reviews();
        QCOMPARE(reviews->rowCount(), 2);
        // Oldest first.
        QCOMPARE(reviews->index(0).data(MailReviewModel::ReplyIdRole).toString(), QString("m1"));
        QCOMPARE(reviews->index(0).data(MailReviewModel::AuthorRole).toString(), QString("jules"));
        QCOMPARE(reviews->index(1).data(MailReviewModel::PseudonymRole).toString(), QString("Lotus 81"));
        QCOMPARE(reviews->index(1).data(MailReviewModel::TextRole).toString(),
                 QString("Bonjour,\nmerci de votre lettre."));
        // Without a pseudonym the thread is named by a short form of its id.
        QVERIFY(reviews->index(0).data(MailReviewModel::PseudonymRole).toString().contains("k1abcdef"));
        const QString row = reviews->index(1).data(Qt::DisplayRole).toString();
        QVERIFY2(row.contains("camille") && row.contains("Lotus 81") && row.contains("Bonjour,"),
                 qPrintable(row));
        QCOMPARE(reviews->rowOf("m2"), 1);

        MailOverdueModel *overdue = mailDesk.overdue();
        QCOMPARE(overdue->rowCount(), 2);
        QCOMPARE(overdue->index(0).data(MailOverdueModel::ContactIdRole).toString(),
                 QString("k4")); // most late
        QVERIFY(overdue->index(0).data(Qt::DisplayRole).toString().contains("jules"));
        QCOMPARE(overdue->index(0).data(Qt::DisplayRole).toString(),
                 QString("thread k4… (jules): overdue by 2 h"));
        QCOMPARE(overdue->index(1).data(Qt::DisplayRole).toString(),
                 QString("thread k3… (camille): answer within 1 h"));

        QVERIFY(!mailDesk.handle(Envelope::make(MessageType::MailOutbox, {})));
        mailDesk.handle(
            Envelope::make(MessageType::MailDesk, {{"reviews", QJsonArray {}}, {"overdue", QJsonArray {}}}));
        QCOMPARE(reviews->rowCount(), 0);
        QCOMPARE(overdue->rowCount(), 0);
    }

    void actionsSendTheirFrames()
    {
        Wire wire;
        MailDesk mailDesk(wire.sender());
        QVERIFY(mailDesk.request());
        QCOMPARE(wire.sent.last().messageType, MessageType::MailDeskGet);

        QVERIFY(mailDesk.approve("m1"));
        QCOMPARE(wire.sent.last().messageType, MessageType::MailReviewDecide);
        QCOMPARE(wire.sent.last().body.value("decision").toString(), QString("approve"));
        QVERIFY(!wire.sent.last().body.contains("text")); // as written

        QVERIFY(mailDesk.approve("m1", "Bonjour, version relue"));
        QCOMPARE(wire.sent.last().body.value("text").toString(), QString("Bonjour, version relue"));

        QVERIFY(!mailDesk.returnReply("m1", "   ")); // a return says why
        QVERIFY(mailDesk.returnReply("m1", " Plus doux "));
        QCOMPARE(wire.sent.last().body.value("decision").toString(), QString("return"));
        QCOMPARE(wire.sent.last().body.value("comment").toString(), QString("Plus doux"));

        QVERIFY(mailDesk.reassign("k3", "jules", "Camille est absente"));
        QCOMPARE(wire.sent.last().messageType, MessageType::MailReassign);
        QCOMPARE(wire.sent.last().body.value("toUser").toString(), QString("jules"));
        QCOMPARE(wire.sent.last().body.value("note").toString(), QString("Camille est absente"));
        QVERIFY(!mailDesk.reassign("k3", "", "x"));

        QVERIFY(mailDesk.block("k3"));
        QCOMPARE(wire.sent.last().messageType, MessageType::MailBlock);
        QCOMPARE(wire.sent.last().body.value("on").toBool(), true);
    }

    void errorsOfTheDeskAreTold()
    {
        Wire wire;
        MailDesk mailDesk(wire.sender());
        QSignalSpy errors(&mailDesk, &MailDesk::errorMessage);
        mailDesk.approve("m1");
        QVERIFY(mailDesk.handleError(Envelope::make(MessageType::Error, {{"code", "forbidden"}}, "r1")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QVERIFY(!mailDesk.handleError(Envelope::make(MessageType::Error, {{"code", "forbidden"}}, "r1")));

        MailDesk offline([](const Envelope &) { return QString(); });
        QSignalSpy offlineErrors(&offline, &MailDesk::errorMessage);
        QVERIFY(!offline.request());
        QCOMPARE(offlineErrors.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMailDesk)
#include "tst_maildesk.moc"
