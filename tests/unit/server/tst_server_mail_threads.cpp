// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel's threads without a server process or sleeping: how letters find their thread
// (MailThreads), what MailStore keeps and forgets, the writers' keyed hashes (WriterIdentity) and
// the letters the line writes by itself (MailTexts).
#include "server/channels/mail/MailTexts.h"
#include "server/channels/mail/MailboxStore.h"
#include "server/channels/mail/ReplyStore.h"
#include "server/channels/mail/WriterIdentity.h"
#include "tests/unit/server/MailLineFixture.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::server;
using ecoute::protocol::Channel;
using ecoute::protocol::ContactState;

namespace {

/// The threads alone, with a few shortcuts.
struct Line : ecoute::tests::MailLineFixture
{
    qint64 volunteer(const QString &name)
    {
        return accounts.add(name, QStringLiteral("volunteer"), QStringLiteral("hash"));
    }
    MailThreads::Received receive(const InboundLetter &letter)
    {
        const auto received = threads->receive(letter);
        settle();
        return received;
    }
    ContactRecord contact(const QString &id) const { return *contacts.find(id); }
    int count(const QString &sql)
    {
        QSqlQuery q(db.handle());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
};

InboundLetter letter(const QString &writer, const QString &messageId,
                     const QString &text = QStringLiteral("hello"))
{
    InboundLetter l;
    l.writerHash = writer;
    l.address = writer + QStringLiteral("@example.org");
    l.language = QStringLiteral("fr");
    l.subject = QStringLiteral("Une question");
    l.text = text;
    l.messageId = messageId;
    return l;
}

const QString kWriterA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kWriterB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

} // namespace

class TestServerMailThreads : public QObject
{
    Q_OBJECT

private slots:
    void firstLetterStartsAWaitingThreadWithADeadline()
    {
        Line line;
        auto l = letter(kWriterA, QStringLiteral("<1@writer>"));
        l.uidValidity = 7;
        l.uid = 42;
        const auto received = line.receive(l);
        QCOMPARE(received.outcome, MailThreads::Outcome::NewThread);
        const ContactRecord c = line.contact(received.contactId);
        QCOMPARE(c.channel, Channel::Email);
        QCOMPARE(c.state, ContactState::Waiting);
        QCOMPARE(c.language, QStringLiteral("fr"));
        QCOMPARE(c.threadLength, 1);
        QCOMPARE(c.answerBy, line.clock.now().addSecs(48 * 3600).toString(Qt::ISODateWithMs));
        QCOMPARE(line.contacts.waiting().size(), 1);
        const auto thread = line.store.thread(c.id);
        QVERIFY(thread);
        QCOMPARE(thread->address, QStringLiteral("%1@example.org").arg(kWriterA)); // opened back
        QCOMPARE(thread->subject, QStringLiteral("Une question"));
        QCOMPARE(thread->lastInboundId, QStringLiteral("<1@writer>"));
        QCOMPARE(thread->references, QStringList {QStringLiteral("<1@writer>")});
        QVERIFY(line.store.wasImported(7, 42));
        QVERIFY(!line.store.wasImported(8, 42));
        const auto messages = line.messages(c.id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().from, QStringLiteral("seeker"));
        QCOMPARE(messages.first().text, QStringLiteral("hello"));
        // Sealed at rest: neither the address nor the subject is stored as text.
        QCOMPARE(
            line.count(QStringLiteral("SELECT COUNT(*) FROM mail_threads WHERE CAST(address AS TEXT) "
                                      "LIKE '%example.org%' OR CAST(subject AS TEXT) LIKE '%question%'")),
            0);
    }

    void theSameWriterContinuesTheOpenThreadNeverBySubject()
    {
        Line line;
        const QString first = line.receive(letter(kWriterA, QStringLiteral("<1@a>"))).contactId;
        const QString deadline = line.contact(first).answerBy;
        line.clock.advanceSeconds(3600);
        auto second = letter(kWriterA, QStringLiteral("<2@a>"), QStringLiteral("again"));
        second.subject = QStringLiteral("Something else entirely");
        const auto received = line.receive(second);
        QCOMPARE(received.outcome, MailThreads::Outcome::Appended);
        QCOMPARE(received.contactId, first);
        const ContactRecord c = line.contact(first);
        QCOMPARE(c.threadLength, 2);
        QCOMPARE(c.answerBy, deadline); // runs from the first letter not yet answered
        QCOMPARE(line.messages(first).size(), 2);
        QCOMPARE(line.store.thread(first)->lastInboundId, QStringLiteral("<2@a>"));

        // Another writer with the very same subject starts their own thread.
        auto other = letter(kWriterB, QStringLiteral("<1@b>"));
        other.subject = QStringLiteral("Une question");
        const auto separate = line.receive(other);
        QCOMPARE(separate.outcome, MailThreads::Outcome::NewThread);
        QVERIFY(separate.contactId != first);
        QVERIFY(line.threads->continuesThread(letter(kWriterA, QStringLiteral("<3@a>"))));
        QVERIFY(!line.threads->continuesThread(
            letter(QStringLiteral("cccccccccccccccccccccccccccccccc"), QStringLiteral("<1@c>"))));
    }

    void ourMessageIdsMatchBeforeTheWritersHash()
    {
        Line line;
        const QString threadA = line.receive(letter(kWriterA, QStringLiteral("<1@a>"))).contactId;
        const QString threadB = line.receive(letter(kWriterB, QStringLiteral("<1@b>"))).contactId;
        QVERIFY(line.store.addMessageId(QStringLiteral("<ours-1@line>"), threadA, true));
        // Writer B answers a reply of ours in thread A (e.g. forwarded to a new address): it joins A,
        // although B has an open thread of their own.
        auto answer = letter(kWriterB, QStringLiteral("<2@b>"));
        answer.inReplyTo = QStringLiteral("<ours-1@line>");
        answer.references = {QStringLiteral("<1@a>"), QStringLiteral("<ours-1@line>")};
        const auto received = line.receive(answer);
        QCOMPARE(received.outcome, MailThreads::Outcome::Appended);
        QCOMPARE(received.contactId, threadA);
        QCOMPARE(line.contact(threadB).threadLength, 1);
        QCOMPARE(line.store.thread(threadA)->references,
                 (QStringList {QStringLiteral("<1@a>"), QStringLiteral("<ours-1@line>"),
                               QStringLiteral("<2@b>")}));
    }

    void aLongReferencesChainKeepsItsFirstAndLatestIds()
    {
        Line line;
        auto l = letter(kWriterA, QStringLiteral("<last@a>"));
        for (int i = 0; i < 30; ++i)
            l.references.append(QStringLiteral("<r%1@a>").arg(i));
        const QString id = line.receive(l).contactId;
        const QStringList refs = line.store.thread(id)->references;
        QCOMPARE(refs.size(), 20);
        QCOMPARE(refs.first(), QStringLiteral("<r0@a>"));
        QCOMPARE(refs.last(), QStringLiteral("<last@a>"));
        QCOMPARE(refs.at(refs.size() - 2), QStringLiteral("<r29@a>"));
    }

    void aLetterToAClosedThreadStartsANewOneWithTheSameVolunteer()
    {
        Line line;
        const qint64 ana = line.volunteer(QStringLiteral("ana"));
        auto window = line.window(ana);
        const QString first = line.receive(letter(kWriterA, QStringLiteral("<1@a>"))).contactId;
        const QString pseudonym = line.contact(first).pseudonym;
        QVERIFY(line.contacts.assign(first, ana));
        QVERIFY(line.store.addMessageId(QStringLiteral("<ours@line>"), first, true));
        QVERIFY(line.contacts.end(first, QStringLiteral("volunteer")));
        QVERIFY(!line.threads->continuesThread(letter(kWriterA, QStringLiteral("<2@a>"))));

        auto again = letter(kWriterA, QStringLiteral("<2@a>"), QStringLiteral("me again"));
        again.inReplyTo = QStringLiteral("<ours@line>");
        const auto received = line.receive(again);
        QCOMPARE(received.outcome, MailThreads::Outcome::NewThread);
        QVERIFY(received.contactId != first);
        const ContactRecord c = line.contact(received.contactId);
        QCOMPARE(c.state, ContactState::Active);
        QCOMPARE(c.volunteerId, ana);
        QCOMPARE(c.pseudonym, pseudonym); // the writer keeps their name
        QCOMPARE(c.threadLength, 1);
        QCOMPARE(line.contact(first).threadLength, 1); // the closed thread is left alone
        QVERIFY(line.contacts.waiting().isEmpty());
        const auto opened = window->ofType("conversation.open");
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first()
                     .body.value(QLatin1String("contact"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 received.contactId);
        QCOMPARE(opened.first().body.value(QLatin1String("messages")).toArray().size(), 1);
    }

    void aVolunteerWhoCannotAnswerAnyMoreLeavesTheNewThreadToTheQueue()
    {
        Line line;
        const qint64 ana = line.volunteer(QStringLiteral("ana"));
        const QString first = line.receive(letter(kWriterA, QStringLiteral("<1@a>"))).contactId;
        QVERIFY(line.contacts.assign(first, ana));
        QVERIFY(line.contacts.end(first, QStringLiteral("volunteer")));
        QVERIFY(line.accounts.setDisabled(QStringLiteral("ana"), true));
        const auto received = line.receive(letter(kWriterA, QStringLiteral("<2@a>")));
        QCOMPARE(received.outcome, MailThreads::Outcome::NewThread);
        QCOMPARE(line.contact(received.contactId).state, ContactState::Waiting);
        QCOMPARE(line.contact(received.contactId).volunteerId, 0);
    }

    void aBlockedWriterIsNotTakenIn()
    {
        Line line;
        const QString first = line.receive(letter(kWriterA, QStringLiteral("<1@a>"))).contactId;
        QVERIFY(!line.store.setBlocked(kWriterB, true)); // never wrote: nothing to block
        QVERIFY(line.store.setBlocked(kWriterA, true));
        QVERIFY(line.store.isBlocked(kWriterA));
        auto l = letter(kWriterA, QStringLiteral("<2@a>"));
        l.uidValidity = 1;
        l.uid = 9;
        const auto received = line.receive(l);
        QCOMPARE(received.outcome, MailThreads::Outcome::Blocked);
        QVERIFY(received.contactId.isEmpty());
        QVERIFY(line.store.wasImported(1, 9)); // not fetched again
        QCOMPARE(line.messages(first).size(), 1);
        QVERIFY(!line.store.knowsMessageId(QStringLiteral("<2@a>")));
        QVERIFY(line.store.setBlocked(kWriterA, false));
        QCOMPARE(line.receive(l).outcome, MailThreads::Outcome::Appended);
    }

    void aDuplicateMessageIdIsStoredOnce()
    {
        Line line;
        auto l = letter(kWriterA, QStringLiteral("<1@a>"));
        l.uidValidity = 3;
        l.uid = 1;
        const QString id = line.receive(l).contactId;
        l.uid = 2; // the same letter under another UID (copied back into the mailbox)
        const auto again = line.receive(l);
        QCOMPARE(again.outcome, MailThreads::Outcome::Duplicate);
        QCOMPARE(again.contactId, id);
        QCOMPARE(line.messages(id).size(), 1);
        QCOMPARE(line.contact(id).threadLength, 1);
        QVERIFY(line.store.wasImported(3, 2));
    }

    void attachmentsAreQuarantinedAndShownAsPlaceholders()
    {
        Line line;
        auto l = letter(kWriterA, QStringLiteral("<1@a>"));
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 secret-content-of-the-file");
        l.attachments = {{QStringLiteral("lettre.pdf"), QStringLiteral("application/pdf"), pdf},
                         {QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), QByteArray(300, 'x')}};
        const QString id = line.receive(l).contactId;
        const auto messages = line.messages(id);
        QCOMPARE(messages.size(), 1);
        const auto &files = messages.first().attachments;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, QStringLiteral("lettre.pdf"));
        QCOMPARE(files.at(0).type, QStringLiteral("application/pdf"));
        QCOMPARE(files.at(0).size, qint64 {pdf.size()});
        QCOMPARE(files.at(1).size, qint64 {300});
        const QJsonObject json = messages.first().toJson();
        const QJsonArray shown = json.value(QLatin1String("attachments")).toArray();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).toObject().keys(),
                 (QStringList {QStringLiteral("name"), QStringLiteral("size"), QStringLiteral("type")}));
        // Quarantined sealed: the content is in the database, but not readable as such.
        QCOMPARE(line.count(QStringLiteral("SELECT COUNT(*) FROM mail_attachments")), 2);
        QCOMPARE(line.count(QStringLiteral("SELECT COUNT(*) FROM mail_attachments WHERE CAST(data AS TEXT) "
                                           "LIKE '%secret-content%' OR CAST(data AS TEXT) LIKE '%%1%'")
                                .arg(QString::fromLatin1(pdf.toBase64().left(16)))),
                 0);
    }

    void anUnreadableLetterBecomesASystemLine()
    {
        Line line;
        auto l = letter(kWriterA, QStringLiteral("<1@a>"), QStringLiteral("<script>bad</script>"));
        l.unreadable = true;
        const QString id = line.receive(l).contactId;
        const auto messages = line.messages(id);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().from, QStringLiteral("system"));
        QCOMPARE(messages.first().event, QStringLiteral("unreadable"));
        QVERIFY(messages.first().text.isEmpty());
        QCOMPARE(line.contact(id).threadLength, 1); // it still waits for an answer
        QVERIFY(!line.contact(id).answerBy.isEmpty());
    }

    void webMailboxLettersThreadByMailbox()
    {
        Line line;
        MailboxStore mailboxes(line.db);
        const auto box = mailboxes.create(kWriterA, QStringLiteral("phc"), QStringLiteral("de"));
        QVERIFY(box);
        InboundLetter l;
        l.writerHash = kWriterA;
        l.mailboxId = box->id;
        l.language = QStringLiteral("de");
        l.text = QStringLiteral("Hallo");
        l.messageId = QStringLiteral("<web-1@line>");
        const auto first = line.receive(l);
        QCOMPARE(first.outcome, MailThreads::Outcome::NewThread);
        QCOMPARE(line.contact(first.contactId).language, QStringLiteral("de"));
        QVERIFY(line.store.thread(first.contactId)->address.isEmpty());
        l.messageId = QStringLiteral("<web-2@line>");
        const auto second = line.receive(l);
        QCOMPARE(second.outcome, MailThreads::Outcome::Appended);
        QCOMPARE(second.contactId, first.contactId);
        QCOMPARE(line.receive(l).outcome, MailThreads::Outcome::Duplicate); // sent twice from the page
        QCOMPARE(line.messages(first.contactId).size(), 2);
        QCOMPARE(line.count(QStringLiteral("SELECT COUNT(*) FROM mail_imported")), 0);
        QCOMPARE(line.store.threadsOfMailbox(box->id), QStringList {first.contactId});
        QCOMPARE(line.store.openThreadOfMailbox(box->id).value_or(QString()), first.contactId);
    }

    void aSentReplyAnswersTheThread()
    {
        Line line;
        const qint64 ana = line.volunteer(QStringLiteral("ana"));
        auto window = line.window(ana);
        const QString id = line.receive(letter(kWriterA, QStringLiteral("<1@a>"))).contactId;
        QVERIFY(line.contacts.assign(id, ana));
        QVERIFY(line.store.setEscalated(id, true));
        ReplyRecord reply;
        reply.id = QStringLiteral("r1");
        reply.contactId = id;
        reply.authorId = ana;
        reply.text = QStringLiteral("Bonjour, merci de votre message.");
        reply.messageId = QStringLiteral("<ours-1@line>");
        const auto message = line.threads->replySent(reply);
        QVERIFY(message);
        QCOMPARE(message->from, QStringLiteral("volunteer"));
        QCOMPARE(message->text, reply.text);
        const ContactRecord c = line.contact(id);
        QVERIFY(c.answerBy.isEmpty());
        QCOMPARE(c.threadLength, 2);
        QVERIFY(!line.store.thread(id)->escalated);
        QVERIFY(line.store.unanswered().isEmpty());
        QCOMPARE(line.store.threadOfMessageId(QStringLiteral("<ours-1@line>")).value_or(QString()), id);
        QCOMPARE(window->ofType("chat.message").size(), 1);
        QCOMPARE(window->ofType("contact.update").size(), 1);

        // The writer's answer sets a new deadline from now.
        line.clock.advanceSeconds(7200);
        auto answer = letter(kWriterA, QStringLiteral("<2@a>"));
        answer.inReplyTo = QStringLiteral("<ours-1@line>");
        QCOMPARE(line.receive(answer).outcome, MailThreads::Outcome::Appended);
        QCOMPARE(line.contact(id).answerBy, line.clock.now().addSecs(48 * 3600).toString(Qt::ISODateWithMs));
        QCOMPARE(line.contact(id).threadLength, 3);

        line.threads->addEvent(id, ecoute::protocol::MailEvent::Undeliverable);
        const auto messages = line.messages(id);
        QCOMPARE(messages.last().from, QStringLiteral("system"));
        QCOMPARE(messages.last().event, QStringLiteral("undeliverable"));
    }

    // ---- MailStore

    void writersKeepTheirPseudonymAndAcknowledgementTime()
    {
        Line line;
        QCOMPARE(line.store.writerPseudonym(kWriterA, QStringLiteral("Colibri 1")),
                 QStringLiteral("Colibri 1"));
        QCOMPARE(line.store.writerPseudonym(kWriterA, QStringLiteral("Renard 2")),
                 QStringLiteral("Colibri 1"));
        QVERIFY(line.store.lastAcknowledged(kWriterA).isEmpty());
        QVERIFY(line.store.setAcknowledged(kWriterA, QStringLiteral("2026-01-05T09:00:00.000Z")));
        QCOMPARE(line.store.lastAcknowledged(kWriterA), QStringLiteral("2026-01-05T09:00:00.000Z"));
        QVERIFY(!line.store.isBlocked(QString()));
        QVERIFY(line.store.markImported(1, 1));
        QVERIFY(line.store.wasImported(1, 1));
        QVERIFY(line.store.markImported(1, 1)); // again: ignored, not an error
    }

    void retentionForgetsAddressSubjectAndFilesOfLongClosedThreads()
    {
        Line line;
        auto l = letter(kWriterA, QStringLiteral("<1@a>"));
        l.attachments = {{QStringLiteral("a.txt"), QStringLiteral("text/plain"), QByteArrayLiteral("abc")}};
        const QString ended = line.receive(l).contactId;
        auto other = letter(kWriterB, QStringLiteral("<1@b>"));
        other.attachments = l.attachments;
        const QString open = line.receive(other).contactId;
        QVERIFY(line.contacts.end(ended, QStringLiteral("volunteer")));

        const QString longAgo = line.clock.now().addDays(-1).toString(Qt::ISODateWithMs);
        QCOMPARE(line.store.purgeEndedBefore(longAgo), 0); // ended after that
        const QString later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
        QCOMPARE(line.store.purgeEndedBefore(later), 1);
        const auto purged = line.store.thread(ended);
        QVERIFY(purged->address.isEmpty());
        QVERIFY(purged->subject.isEmpty());
        QVERIFY(purged->references.isEmpty());
        QVERIFY(line.messages(ended).first().attachments.isEmpty());
        QVERIFY(!line.store.knowsMessageId(QStringLiteral("<1@a>")));
        // The open thread is untouched, and a second purge finds nothing new.
        QCOMPARE(line.store.thread(open)->subject, QStringLiteral("Une question"));
        QCOMPARE(line.messages(open).first().attachments.size(), 1);
        QCOMPARE(line.store.purgeEndedBefore(later), 0);
    }

    // ---- WriterIdentity

    void writerHashesAreKeyedAndStable()
    {
        const auto one = WriterIdentity::ephemeral();
        const auto two = WriterIdentity::ephemeral();
        const QString address = QStringLiteral("marie@example.org");
        const QString hash = one->ofAddress(address);
        QCOMPARE(hash.size(), 32);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(hash).hasMatch());
        QCOMPARE(one->ofAddress(address), hash);
        QVERIFY(one->ofAddress(QStringLiteral("paul@example.org")) != hash);
        QVERIFY(two->ofAddress(address) != hash); // another key, another hash
        QCOMPARE(one->ofMailboxName(QStringLiteral("Nuit")), one->ofMailboxName(QStringLiteral(" nuit ")));
        QCOMPARE(one->ofMailboxName(QStringLiteral("STRASSE")),
                 one->ofMailboxName(QStringLiteral("strasse")));
        QVERIFY(one->ofMailboxName(address) != one->ofAddress(address)); // separate domains

        QTemporaryDir dir;
        QString error;
        const auto stored = WriterIdentity::open(dir.path(), &error);
        QVERIFY2(stored, qPrintable(error));
        const auto reopened = WriterIdentity::open(dir.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->ofAddress(address), stored->ofAddress(address)); // the key is kept
    }

    // ---- MailTexts

    void automaticLettersNeverRepeatTheLetter()
    {
        for (const QString &language :
             {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("pt")}) {
            const AutomaticLetter ack =
                mailtexts::acknowledgement(language, 48, QStringLiteral("Ecoute Nord"));
            QVERIFY(!ack.subject.isEmpty());
            QVERIFY2(ack.text.contains(QLatin1String("48")), qPrintable(language));
            QVERIFY(ack.text.contains(QLatin1String("Ecoute Nord")));
            QVERIFY(ack.text.contains(QLatin1String("112")));
            const AutomaticLetter waiting = mailtexts::answerWaiting(language, QStringLiteral("Ecoute Nord"));
            QVERIFY(!waiting.subject.isEmpty());
            QVERIFY(waiting.text.contains(QLatin1String("Ecoute Nord")));
            // Only the language, the hours and the line's name go in: nothing a writer or volunteer wrote.
            for (const QString &text : {ack.subject, ack.text, waiting.subject, waiting.text}) {
                QVERIFY(!text.contains(QLatin1String("Une question")));
                QVERIFY(!text.contains(QLatin1String("%1")));
            }
        }
        QVERIFY(mailtexts::acknowledgement(QStringLiteral("fr"), 48, QStringLiteral("L"))
                    .text.contains(QLatin1String("heures")));
        QVERIFY(mailtexts::acknowledgement(QStringLiteral("de"), 48, QStringLiteral("L"))
                    .text.contains(QLatin1String("Stunden")));
        QCOMPARE(mailtexts::acknowledgement(QStringLiteral("pt"), 48, QStringLiteral("L")).text,
                 mailtexts::acknowledgement(QStringLiteral("en"), 48, QStringLiteral("L")).text);
        // The centre's own emergency numbers, as --emergency-number gives them.
        const QString numbers = mailtexts::emergencyText(
            {{QStringLiteral("112"), QString()}, {QStringLiteral("143"), QStringLiteral("La Main Tendue")}});
        QCOMPARE(numbers, QStringLiteral("112, 143 (La Main Tendue)"));
        QVERIFY(mailtexts::acknowledgement(QStringLiteral("fr"), 48, QStringLiteral("L"), numbers)
                    .text.contains(QLatin1String("appelez le 112, 143 (La Main Tendue).")));
        QCOMPARE(mailtexts::emergencyText({}), QStringLiteral("112"));
        QCOMPARE(mailtexts::answerWaiting(QStringLiteral("xx"), QStringLiteral("L")).subject,
                 QStringLiteral("An answer is waiting for you"));
    }

    void replySubjectAddsReOnce()
    {
        const QString fr = QStringLiteral("fr");
        QCOMPARE(mailtexts::replySubject(fr, QStringLiteral("Besoin d'aide")),
                 QStringLiteral("Re: Besoin d'aide"));
        QCOMPARE(mailtexts::replySubject(fr, QStringLiteral("Re: Besoin d'aide")),
                 QStringLiteral("Re: Besoin d'aide"));
        QCOMPARE(mailtexts::replySubject(fr, QStringLiteral("RE: x")), QStringLiteral("RE: x"));
        QCOMPARE(mailtexts::replySubject(fr, QStringLiteral("AW: Hilfe")), QStringLiteral("AW: Hilfe"));
        QCOMPARE(mailtexts::replySubject(fr, QStringLiteral("  deux   espaces ")),
                 QStringLiteral("Re: deux espaces"));
        QCOMPARE(mailtexts::replySubject(fr, mailtexts::replySubject(fr, QStringLiteral("x"))),
                 QStringLiteral("Re: x"));
        QCOMPARE(mailtexts::replySubject(fr, QString()), QStringLiteral("Notre réponse"));
        QCOMPARE(mailtexts::replySubject(QStringLiteral("de"), QStringLiteral(" ")),
                 QStringLiteral("Unsere Antwort"));
        QCOMPARE(mailtexts::replySubject(QStringLiteral("en"), QString()), QStringLiteral("Our answer"));
    }
};

QTEST_GUILESS_MAIN(TestServerMailThreads)
#include "tst_server_mail_threads.moc"
