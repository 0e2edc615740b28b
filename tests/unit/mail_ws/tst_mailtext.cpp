// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the e-mail channel (MailText): reply states, the server's events, the answer
// deadline counted with a manual clock, attachment placeholders; and the inbox's deadline role.
#include "models/inbox/InboxModel.h"
#include "models/mail/MailText.h"
#include "tests/mock/ManualClock.h"

#include <QJsonArray>
#include <QtTest>

using ecoute::models::InboxModel;
using ecoute::models::MailAttachment;
using ecoute::models::MailText;
using ecoute::protocol::MailEvent;
using ecoute::protocol::MailReplyState;
using ecoute::tests::ManualClock;

class TestMailText : public QObject
{
    Q_OBJECT

private slots:
    void deadlineFollowsTheClock()
    {
        ManualClock clock; // 2026-01-05 09:00 UTC
        const QDateTime answerBy = clock.now().addSecs(5 * 3600);
        QCOMPARE(MailText::deadline(answerBy, clock.now()), QString("answer within 5 h"));
        clock.advanceSeconds(60);
        QCOMPARE(MailText::deadline(answerBy, clock.now()),
                 QString("answer within 5 h")); // 4 h 59: rounded up
        clock.advanceSeconds(4 * 3600 + 30 * 60);
        QCOMPARE(MailText::deadline(answerBy, clock.now()), QString("answer within 29 min"));
        clock.advanceSeconds(29 * 60);
        QCOMPARE(MailText::deadline(answerBy, clock.now()), QString("answer within 1 min"));
        clock.advanceSeconds(10 * 60);
        QCOMPARE(MailText::deadline(answerBy, clock.now()), QString("overdue by 10 min"));
        clock.advanceSeconds(2 * 3600);
        QCOMPARE(MailText::deadline(answerBy, clock.now()), QString("overdue by 2 h"));
        QCOMPARE(MailText::deadline({}, clock.now()), QString());
    }

    void inboxRowsCarryTheDeadline()
    {
        ManualClock clock;
        InboxModel inbox;
        inbox.setClock([&clock] { return clock.now(); });
        inbox.resetContacts(QJsonArray {QJsonObject {{"id", "k1"},
                                                     {"channel", "email"},
                                                     {"pseudonym", "Lotus 81"},
                                                     {"language", "fr"},
                                                     {"state", "waiting"},
                                                     {"createdAt", "2026-01-05T08:00:00Z"},
                                                     {"answerBy", "2026-01-05T14:00:00Z"},
                                                     {"threadLength", 2}},
                                        QJsonObject {{"id", "k2"},
                                                     {"channel", "chat"},
                                                     {"pseudonym", "Colibri"},
                                                     {"language", "fr"},
                                                     {"state", "waiting"},
                                                     {"createdAt", "2026-01-05T08:30:00Z"}}});
        const int row = inbox.rowOf("k1");
        QCOMPARE(inbox.index(row, 0).data(InboxModel::AnswerSecondsLeftRole).toLongLong(), 5 * 3600);
        QCOMPARE(inbox.index(row, 0).data(InboxModel::ThreadLengthRole).toInt(), 2);
        clock.advanceSeconds(6 * 3600);
        QCOMPARE(inbox.index(row, 0).data(InboxModel::AnswerSecondsLeftRole).toLongLong(), -3600);
        QVERIFY(!inbox.index(inbox.rowOf("k2"), 0).data(InboxModel::AnswerSecondsLeftRole).isValid());
    }

    void statesAndEventsHaveWords()
    {
        for (MailReplyState state : ecoute::protocol::allValues<MailReplyState>())
            QVERIFY(!MailText::replyState(state).isEmpty());
        for (MailEvent event : ecoute::protocol::allValues<MailEvent>())
            QVERIFY(!MailText::event(event).isEmpty());
        QCOMPARE(MailText::event(QString("undeliverable")), QString("Your answer could not be delivered."));
        QCOMPARE(MailText::event(QString("nonsense")), QString());
        QCOMPARE(MailText::sendingIn(119), QString("Sending in 1:59"));
        QCOMPARE(MailText::sendingIn(5), QString("Sending in 0:05"));
        QCOMPARE(MailText::returned("Plus doux"), QString("Returned by a supervisor: Plus doux"));
        QCOMPARE(MailText::threadLength(3), QString("3 letter(s)")); // English is the source: no plural rules
        QCOMPARE(MailText::threadLength(1), QString("1 letter(s)"));
    }

    void attachmentsAreDescribedNeverOpened()
    {
        const QString text =
            MailText::attachment(MailAttachment {"bulletin.pdf", "application/pdf", 120 * 1024});
        QVERIFY2(text.startsWith(QString::fromUtf8("📎 bulletin.pdf — application/pdf, ")), qPrintable(text));
        QVERIFY(text.endsWith("kept by the server"));
    }
};

QTEST_GUILESS_MAIN(TestMailText)
#include "tst_mailtext.moc"
