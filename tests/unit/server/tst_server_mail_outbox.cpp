// SPDX-License-Identifier: GPL-3.0-or-later
// Replies on their way out and the supervisors' side of the e-mail channel, with a manual clock and
// no server process: the undo delay, review, cancel, signatures and the audit trail (MailOutbox,
// ReplyStore), escalation, desks and retention (MailLine). No network: mail threads cannot be answered.
#include "server/channels/mail/MailLine.h"
#include "server/channels/mail/MailOutbox.h"
#include "server/channels/mail/MailboxStore.h"
#include "server/channels/mail/ReplyStore.h"
#include "server/storage/AuditLog.h"
#include "tests/unit/server/MailLineFixture.h"

#include "protocol/Envelope.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::server;
using ecoute::protocol::MailReplyState;
using ecoute::tests::FakeStaff;
using Refusal = MailOutbox::Refusal;

namespace {

/// The channel over a fresh database, no network: the threads with their outbox and MailLine.
struct Line : ecoute::tests::MailLineFixture
{
    ReplyStore replies {db};
    MailboxStore mailboxes {db};
    AuditLog audit {db};
    std::unique_ptr<MailOutbox> outbox;
    std::unique_ptr<MailLine> mailLine;
    int letters = 0;

    Line()
    {
        outbox =
            std::make_unique<MailOutbox>(replies, store, *threads, contacts, accounts, audit, config, clock);
        mailLine = std::make_unique<MailLine>(*outbox, store, replies, contacts, accounts, *router, audit,
                                              config, clock);
        settle();
    }
    Account account(const QString &name, const QString &role = QStringLiteral("volunteer"),
                    const QString &centre = QStringLiteral("nord"))
    {
        accounts.add(name, role, QStringLiteral("hash"));
        accounts.setCentre(name, centre);
        return *accounts.findByName(name);
    }
    /// A thread from a web mailbox (mailbox > 0) or from the line's address, held by holder (0: waiting).
    ContactRecord thread(qint64 holder, bool web = true)
    {
        ++letters;
        InboundLetter l;
        l.writerHash = QStringLiteral("%1").arg(letters, 32, 10, QLatin1Char('0'));
        if (web)
            l.mailboxId = mailboxes.create(l.writerHash, QStringLiteral("phc"), QStringLiteral("fr"))->id;
        else
            l.address = QStringLiteral("writer%1@example.org").arg(letters);
        l.language = QStringLiteral("fr");
        l.subject = QStringLiteral("Aide");
        l.text = QStringLiteral("Je ne vais pas bien.");
        l.messageId = QStringLiteral("<%1@writer>").arg(letters);
        const auto received = threads->receive(l);
        if (received.outcome != MailThreads::Outcome::NewThread)
            qFatal("the letter was not taken in");
        if (holder != 0 && !contacts.assign(received.contactId, holder))
            qFatal("assign failed");
        settle();
        return *contacts.find(received.contactId);
    }
    void advance(qint64 seconds)
    {
        clock.advanceSeconds(seconds);
        outbox->tick();
        settle();
    }
    MailReplyState state(const QString &replyId) const { return replies.find(replyId)->state; }
    /// "actor action target" of every audit entry, oldest first.
    QStringList auditTrail() const
    {
        QStringList trail;
        for (const QString &line : audit.lines()) {
            const QStringList f = line.split(u'\t');
            trail.append(f.value(1) + u' ' + f.value(2) + u' ' + f.value(5));
        }
        return trail;
    }
};

const QString kText = QStringLiteral("Merci de nous avoir écrit.");

} // namespace

class TestServerMailOutbox : public QObject
{
    Q_OBJECT

private slots:
    void aReplyWaitsOutTheUndoDelayThenJoinsTheWebMailboxThread()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        auto window = line.window(ana);
        const ContactRecord c = line.thread(ana.id);
        const auto submitted =
            line.outbox->submit(ana, c, QStringLiteral("c1"), kText, QStringLiteral("Claire"));
        QCOMPARE(submitted.refusal, Refusal::None);
        const QString id = submitted.reply->id;
        QCOMPARE(submitted.reply->state, MailReplyState::Scheduled);
        QCOMPARE(submitted.reply->sendAt, line.clock.now().addSecs(120).toString(Qt::ISODateWithMs));
        QCOMPARE(window->outboxStates(), QStringList {QStringLiteral("scheduled")});

        line.advance(119);
        QCOMPARE(line.state(id), MailReplyState::Scheduled);
        QCOMPARE(line.messages(c.id).size(), 1);
        line.advance(1);
        QCOMPARE(line.state(id), MailReplyState::Sent);
        const auto messages = line.messages(c.id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().from, QStringLiteral("volunteer"));
        QCOMPARE(messages.last().text, kText);
        QVERIFY(line.contacts.find(c.id)->answerBy.isEmpty());
        QCOMPARE(window->outboxStates().last(), QStringLiteral("sent"));
        line.advance(600);
        QCOMPARE(line.messages(c.id).size(), 2); // sent once

        const QStringList trail = line.auditTrail();
        QCOMPARE(trail.value(0), QStringLiteral("ana mail.reply.scheduled -"));
        QCOMPARE(trail.value(1), QStringLiteral("ana mail.reply.sent -"));
    }

    void aRetriedSubmitIsOneReplyAndOneAuditEntry()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const ContactRecord c = line.thread(ana.id);
        const QString id = line.outbox->submit(ana, c, QStringLiteral("c1"), kText, {}).reply->id;
        // The same request again (the window reconnected before it heard back).
        const auto retry = line.outbox->submit(ana, c, QStringLiteral("c1"), kText, {});
        QCOMPARE(retry.refusal, Refusal::None);
        QCOMPARE(retry.reply->id, id);
        QCOMPARE(line.replies.openOf(ana.id).size(), 1);
        QCOMPARE(line.auditTrail(), QStringList {QStringLiteral("ana mail.reply.scheduled -")});
    }

    void aReplyCancelledInTimeNeverLeaves()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const Account ben = line.account(QStringLiteral("ben"));
        const ContactRecord c = line.thread(ana.id);
        const QString id = line.outbox->submit(ana, c, QStringLiteral("c1"), kText, {}).reply->id;
        line.advance(60);
        QCOMPARE(line.outbox->cancel(ben, id), Refusal::NotFound); // not ben's
        QCOMPARE(line.outbox->cancel(ana, QStringLiteral("nope")), Refusal::NotFound);
        QCOMPARE(line.outbox->cancel(ana, id), Refusal::None);
        QCOMPARE(line.state(id), MailReplyState::Cancelled);
        QCOMPARE(line.outbox->cancel(ana, id), Refusal::InvalidState);
        line.advance(3600);
        QCOMPARE(line.state(id), MailReplyState::Cancelled);
        QCOMPARE(line.messages(c.id).size(), 1);
        QVERIFY(line.replies.openOf(ana.id).isEmpty());
        QCOMPARE(line.auditTrail(),
                 (QStringList {QStringLiteral("ana mail.reply.scheduled -"),
                               QStringLiteral("ana mail.reply.cancelled -")}));
        // Once sent, a reply cannot be taken back.
        const QString sent = line.outbox->submit(ana, c, QStringLiteral("c2"), kText, {}).reply->id;
        line.advance(120);
        QCOMPARE(line.state(sent), MailReplyState::Sent);
        QCOMPARE(line.outbox->cancel(ana, sent), Refusal::InvalidState);
    }

    void aReviewedReplyLeavesOnlyOnceApprovedAsEdited()
    {
        Line line;
        Account ana = line.account(QStringLiteral("ana"));
        QVERIFY(line.accounts.setMailReview(QStringLiteral("ana"), true));
        ana = *line.accounts.findById(ana.id);
        const Account north = line.account(QStringLiteral("nora"), QStringLiteral("supervisor"));
        const Account south =
            line.account(QStringLiteral("sam"), QStringLiteral("supervisor"), QStringLiteral("sud"));
        const Account admin =
            line.account(QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("sud"));
        auto author = line.window(ana);
        auto northDesk = line.window(north);
        auto southDesk = line.window(south);
        const ContactRecord c = line.thread(ana.id);

        const auto submitted = line.outbox->submit(ana, c, QStringLiteral("c1"), kText, {});
        const QString id = submitted.reply->id;
        QCOMPARE(submitted.reply->state, MailReplyState::PendingReview);
        QVERIFY(submitted.reply->sendAt.isEmpty());
        QCOMPARE(author->outboxStates(), QStringList {QStringLiteral("pending_review")});
        QCOMPARE(northDesk->lastDesk().first, 1);
        QCOMPARE(southDesk->lastDesk().first, 0); // another centre's review is not shown
        QCOMPARE(line.mailLine->deskFor(admin).value(QLatin1String("reviews")).toArray().size(), 1);
        line.advance(24 * 3600);
        QCOMPARE(line.state(id), MailReplyState::PendingReview); // no delay runs out a review

        QCOMPARE(line.outbox->decide(ana, id, true, {}, {}), Refusal::Forbidden);
        QCOMPARE(line.outbox->decide(south, id, true, {}, {}), Refusal::NotFound);
        QCOMPARE(line.state(id), MailReplyState::PendingReview);
        const QString edited = QStringLiteral("Merci de nous avoir écrit. Nous sommes là.");
        QCOMPARE(line.outbox->decide(north, id, true, edited, {}), Refusal::None);
        line.settle();
        QCOMPARE(line.state(id), MailReplyState::Sent); // approved: no second undo delay
        QCOMPARE(line.messages(c.id).last().text, edited);
        QCOMPARE(line.replies.find(id)->reviewerId, north.id);
        QCOMPARE(northDesk->lastDesk().first, 0);
        // The second decision loses.
        QCOMPARE(line.outbox->decide(admin, id, false, {}, QStringLiteral("trop tard")),
                 Refusal::InvalidState);
        QCOMPARE(line.state(id), MailReplyState::Sent);

        const QStringList trail = line.auditTrail();
        QCOMPARE(trail.value(0), QStringLiteral("ana mail.review.requested -"));
        QCOMPARE(trail.value(1), QStringLiteral("nora mail.review.approved ana"));
        QCOMPARE(trail.value(2), QStringLiteral("ana mail.reply.sent -"));
    }

    void aReturnedReplyCarriesTheCommentAndStaysHome()
    {
        Line line;
        Account ana = line.account(QStringLiteral("ana"));
        QVERIFY(line.accounts.setMailReview(QStringLiteral("ana"), true));
        ana = *line.accounts.findById(ana.id);
        const Account north = line.account(QStringLiteral("nora"), QStringLiteral("supervisor"));
        auto author = line.window(ana);
        const ContactRecord c = line.thread(ana.id);
        const QString id = line.outbox->submit(ana, c, QStringLiteral("c1"), kText, {}).reply->id;
        QCOMPARE(line.outbox->decide(north, id, false, {}, QStringLiteral("Plus court, s'il te plaît.")),
                 Refusal::None);
        const auto returned = line.replies.find(id);
        QCOMPARE(returned->state, MailReplyState::Returned);
        QCOMPARE(returned->comment, QStringLiteral("Plus court, s'il te plaît."));
        QCOMPARE(returned->text, kText);
        const auto frames = author->ofType("mail.outbox");
        QCOMPARE(frames.last()
                     .body.value(QLatin1String("reply"))
                     .toObject()
                     .value(QLatin1String("comment"))
                     .toString(),
                 QStringLiteral("Plus court, s'il te plaît."));
        QCOMPARE(line.replies.openOf(ana.id).size(), 1);
        line.advance(3600);
        QCOMPARE(line.messages(c.id).size(), 1);
        QCOMPARE(line.outbox->decide(north, id, true, {}, {}), Refusal::InvalidState);
        QCOMPARE(line.outbox->cancel(ana, id), Refusal::InvalidState);
        QCOMPARE(line.auditTrail(),
                 (QStringList {QStringLiteral("ana mail.review.requested -"),
                               QStringLiteral("nora mail.review.returned ana")}));
        // The comment is sealed like the text.
        QSqlQuery q(line.db.handle());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM mail_replies WHERE CAST(text AS TEXT) LIKE '%écrit%' "
                                  "OR CAST(comment AS TEXT) LIKE '%court%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aSignatureNamingTheAccountIsRefused()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const ContactRecord c = line.thread(ana.id);
        for (const QString &signature :
             {QStringLiteral("ana"), QStringLiteral("ANA"), QStringLiteral(" Ana "),
              QStringLiteral("Ana Dupont"), QStringLiteral("Sœur ana")}) {
            const auto refused = line.outbox->submit(ana, c, signature, kText, signature);
            QCOMPARE(refused.refusal, Refusal::BadSignature);
            QVERIFY(!refused.reply);
        }
        QVERIFY(line.replies.openOf(ana.id).isEmpty());
        QVERIFY(line.auditTrail().isEmpty());
        const auto chosen =
            line.outbox->submit(ana, c, QStringLiteral("ok"), kText, QStringLiteral("  Claire  "));
        QCOMPARE(chosen.refusal, Refusal::None);
        QCOMPARE(chosen.reply->signature, QStringLiteral("Claire"));
        QCOMPARE(line.outbox->submit(ana, c, QStringLiteral("none"), kText, {}).refusal, Refusal::None);
    }

    void onlyTheHolderOfAnOpenThreadMayReply()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const Account ben = line.account(QStringLiteral("ben"));
        const ContactRecord waiting = line.thread(0);
        QCOMPARE(line.outbox->submit(ana, waiting, QStringLiteral("c"), kText, {}).refusal,
                 Refusal::Forbidden);
        const ContactRecord held = line.thread(ana.id);
        QCOMPARE(line.outbox->submit(ben, held, QStringLiteral("c"), kText, {}).refusal, Refusal::Forbidden);
        const auto chat =
            line.contacts.create(QStringLiteral("X"), QStringLiteral("fr"), false, QStringLiteral("t"));
        QVERIFY(line.contacts.assign(chat->id, ana.id));
        QCOMPARE(
            line.outbox->submit(ana, *line.contacts.find(chat->id), QStringLiteral("c"), kText, {}).refusal,
            Refusal::NotFound);
        QVERIFY(line.contacts.end(held.id, QStringLiteral("volunteer")));
        QCOMPARE(
            line.outbox->submit(ana, *line.contacts.find(held.id), QStringLiteral("c"), kText, {}).refusal,
            Refusal::Forbidden);
        QVERIFY(line.auditTrail().isEmpty());
    }

    void withoutNetworkAMailThreadsReplyFailsVisibly()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        auto window = line.window(ana);
        const ContactRecord c = line.thread(ana.id, false);
        const QString id = line.outbox->submit(ana, c, QStringLiteral("c1"), kText, {}).reply->id;
        line.advance(120);
        QCOMPARE(line.state(id), MailReplyState::Failed);
        const auto messages = line.messages(c.id);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.last().from, QStringLiteral("system"));
        QCOMPARE(messages.last().event, QStringLiteral("undeliverable"));
        QVERIFY(messages.last().text.isEmpty());
        QVERIFY(!line.contacts.find(c.id)->answerBy.isEmpty()); // still waiting for an answer
        QCOMPARE(window->outboxStates().last(), QStringLiteral("failed"));
        QCOMPARE(window->ofType("chat.message").size(), 1); // the event line reached the volunteer
        line.advance(600);
        QCOMPARE(line.messages(c.id).size(), 2); // not retried
    }

    void practiceAndZeroDelayRepliesLeaveAtOnce()
    {
        Line line;
        line.config.undoSeconds = 0;
        Account ana = line.account(QStringLiteral("ana"));
        QVERIFY(line.accounts.setMailReview(QStringLiteral("ana"), true));
        ana = *line.accounts.findById(ana.id);
        const Account trainer = line.account(QStringLiteral("tom"), QStringLiteral("supervisor"));
        const auto practice = line.contacts.createPractice(QStringLiteral("Exercice"), QStringLiteral("fr"),
                                                           ecoute::protocol::Channel::Email,
                                                           QStringLiteral("s1"), ana.id, trainer.id);
        QVERIFY(practice && line.contacts.assign(practice->id, ana.id));
        const auto submitted =
            line.outbox->submit(ana, *line.contacts.find(practice->id), QStringLiteral("c1"), kText, {});
        QCOMPARE(submitted.refusal, Refusal::None);
        QCOMPARE(submitted.reply->state, MailReplyState::Scheduled); // practice is never reviewed
        QCOMPARE(line.state(submitted.reply->id), MailReplyState::Sent);
        QCOMPARE(line.messages(practice->id).last().text, kText);
    }

    // ---- ReplyStore

    void replyStoreTransitionsOnlyFromTheExpectedState()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const ContactRecord c = line.thread(ana.id);
        ReplyRecord r;
        r.contactId = c.id;
        r.authorId = ana.id;
        r.clientMsgId = QStringLiteral("m1");
        r.text = kText;
        r.sendAt = QStringLiteral("2026-01-05T09:02:00.000Z");
        const auto stored = line.replies.add(r);
        QVERIFY(stored && !stored->id.isEmpty());
        QCOMPARE(line.replies.add(r)->id, stored->id);
        QCOMPARE(stored->toJson().value(QLatin1String("sendAt")).toString(), r.sendAt);
        QCOMPARE(line.replies.due(QStringLiteral("2026-01-05T09:01:59.999Z")).size(), 0);
        QCOMPARE(line.replies.due(QStringLiteral("2026-01-05T09:02:00.000Z")).size(), 1);
        ReplyRecord next = *stored;
        next.state = MailReplyState::Sending;
        next.messageId = QStringLiteral("<ours@line>");
        QVERIFY(!line.replies.transition(next, MailReplyState::PendingReview));
        QVERIFY(line.replies.transition(next, MailReplyState::Scheduled));
        QVERIFY(!line.replies.transition(next, MailReplyState::Scheduled)); // first change wins
        QCOMPARE(line.replies.findByMessageId(QStringLiteral("<ours@line>"))->id, stored->id);
        QCOMPARE(line.replies.due(QStringLiteral("2000-01-01T00:00:00.000Z")).size(), 1); // sending: resumed
        QCOMPARE(line.replies.inState(MailReplyState::Sending).size(), 1);
        QVERIFY(!line.replies.find(stored->id)->toJson().contains(QLatin1String("sendAt")));
    }

    // ---- MailLine

    void anUnansweredThreadIsEscalatedOnlyWhenItsTimeComes()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const Account north = line.account(QStringLiteral("nora"), QStringLiteral("supervisor"));
        const Account south =
            line.account(QStringLiteral("sam"), QStringLiteral("supervisor"), QStringLiteral("sud"));
        auto northDesk = line.window(north);
        auto southDesk = line.window(south);
        const ContactRecord c = line.thread(ana.id, false);
        QCOMPARE(line.config.escalateHours, 36);
        line.mailLine->tick();
        line.clock.advanceSeconds(36 * 3600 - 1);
        line.mailLine->tick();
        QVERIFY(!line.store.thread(c.id)->escalated);
        QVERIFY(line.mailLine->deskFor(north).value(QLatin1String("overdue")).toArray().isEmpty());
        QVERIFY(!line.auditTrail().join(u'\n').contains(QLatin1String("mail.escalated")));
        QCOMPARE(northDesk->lastDesk().second, -1);

        line.clock.advanceSeconds(1);
        line.mailLine->tick();
        line.settle();
        QVERIFY(line.store.thread(c.id)->escalated);
        const QJsonArray overdue = line.mailLine->deskFor(north).value(QLatin1String("overdue")).toArray();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().toObject().value(QLatin1String("contactId")).toString(), c.id);
        QCOMPARE(overdue.first().toObject().value(QLatin1String("volunteer")).toString(),
                 QStringLiteral("ana"));
        QVERIFY(line.mailLine->deskFor(south).value(QLatin1String("overdue")).toArray().isEmpty());
        QCOMPARE(northDesk->lastDesk().second, 1);
        QCOMPARE(southDesk->lastDesk().second, 0);
        QCOMPARE(line.auditTrail(), QStringList {QStringLiteral("- mail.escalated -")});
        QCOMPARE(line.audit.latest(1).first().toObject().value(QLatin1String("contactId")).toString(), c.id);
        line.clock.advanceSeconds(3600);
        line.mailLine->tick();
        QCOMPARE(line.auditTrail().size(), 1); // once

        // Answered: off the desk.
        ReplyRecord reply;
        reply.id = QStringLiteral("r1");
        reply.contactId = c.id;
        reply.authorId = ana.id;
        reply.text = kText;
        QVERIFY(line.threads->replySent(reply));
        QVERIFY(line.mailLine->deskFor(north).value(QLatin1String("overdue")).toArray().isEmpty());
    }

    void theEscalationDelayFollowsTheOption()
    {
        Line line;
        line.config.escalateHours = 10;
        const QDateTime answerBy = line.clock.now().addSecs(48 * 3600);
        QCOMPARE(MailLine::escalatesAt(answerBy, line.config), line.clock.now().addSecs(10 * 3600));
        const ContactRecord c = line.thread(0, false);
        line.clock.advanceSeconds(10 * 3600 - 1);
        line.mailLine->tick();
        QVERIFY(!line.store.thread(c.id)->escalated);
        line.clock.advanceSeconds(1);
        line.mailLine->tick();
        QVERIFY(line.store.thread(c.id)->escalated);
    }

    void deskRequestsAreForSupervisors()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const Account north = line.account(QStringLiteral("nora"), QStringLiteral("supervisor"));
        FakeStaff volunteer(ana);
        FakeStaff supervisor(north);
        auto request = ecoute::protocol::Envelope::make(ecoute::protocol::MessageType::MailDeskGet);
        request.id = QStringLiteral("q1");
        QVERIFY(line.mailLine->handle(volunteer, request));
        QCOMPARE(volunteer.frames.first().type, QStringLiteral("error"));
        QCOMPARE(volunteer.frames.first().body.value(QLatin1String("code")).toString(),
                 QStringLiteral("forbidden"));
        QVERIFY(line.mailLine->handle(supervisor, request));
        QCOMPARE(supervisor.frames.first().type, QStringLiteral("mail.desk"));
        QCOMPARE(supervisor.frames.first().re, QStringLiteral("q1"));
    }

    void retentionPurgesClosedThreadsAfterTheirDays()
    {
        Line line;
        const Account ana = line.account(QStringLiteral("ana"));
        const ContactRecord closed = line.thread(ana.id, false);
        const ContactRecord open = line.thread(ana.id, false);
        QVERIFY(line.contacts.end(closed.id, QStringLiteral("volunteer")));
        QCOMPARE(line.config.retentionDays, 30);
        line.clock.advanceSeconds(qint64 {29} * 24 * 3600);
        line.mailLine->tick();
        QVERIFY(!line.store.thread(closed.id)->address.isEmpty());
        line.clock.advanceSeconds(qint64 {2} * 24 * 3600);
        line.mailLine->tick();
        QVERIFY(line.store.thread(closed.id)->address.isEmpty());
        QVERIFY(line.store.thread(closed.id)->subject.isEmpty());
        QVERIFY(!line.store.thread(open.id)->address.isEmpty());
        QCOMPARE(line.store.thread(open.id)->subject, QStringLiteral("Aide"));
    }
};

QTEST_GUILESS_MAIN(TestServerMailOutbox)
#include "tst_server_mail_outbox.moc"
