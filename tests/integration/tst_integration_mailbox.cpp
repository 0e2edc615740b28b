// SPDX-License-Identifier: GPL-3.0-or-later
// The help-seeker's web mailbox (issue 15) through the real server: a mailbox is created with a
// chosen name and password, a letter reaches a volunteer as an e-mail contact, the mailbox opens
// again with the password (throttled when it is wrong) or the session token, and neither the name
// nor the notice address reaches a workstation, a log line or the database file in clear.
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {

const QString kName = QStringLiteral("Nuit étoilée 42");
const QString kPassword = QStringLiteral("un long chemin vers la mer");
const QString kNotify = QStringLiteral("personne.secrete@example.org");
const QString kLetter = QStringLiteral("Bonjour, je n'arrive plus à dormir depuis des semaines.");

qint64 seqOf(const std::optional<ecoute::protocol::Envelope> &e)
{
    return e ? e->body.value(QLatin1String("seq")).toInteger(-1) : -1;
}

QJsonObject openBody(const QString &name, const QString &password, bool create, const QString &notify = {})
{
    QJsonObject body {{QStringLiteral("name"), name},
                      {QStringLiteral("password"), password},
                      {QStringLiteral("create"), create},
                      {QStringLiteral("language"), QStringLiteral("fr")}};
    if (!notify.isEmpty())
        body.insert(QStringLiteral("notify"), notify);
    return body;
}

/// The database file and its WAL, as bytes.
QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray all;
    for (const char *suffix : {"", "-wal"}) {
        QFile file(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite") + QLatin1String(suffix)));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestIntegrationMailbox : public QObject
{
    Q_OBJECT

private:
    /// A page on /ws/seeker that said hello.
    static bool openPage(TestClient &page, const ServerProcess &server)
    {
        return page.open(server.seekerUrl(), server.origin()) && page.hello();
    }

    static std::optional<ecoute::protocol::Envelope> openMailbox(TestClient &page, const QJsonObject &body)
    {
        return page.request(QStringLiteral("mailbox.open"), body);
    }

    static std::optional<ecoute::protocol::Envelope> write(TestClient &page, const QString &clientMsgId,
                                                           const QString &text)
    {
        return page.request(QStringLiteral("mailbox.write"),
                            {{QStringLiteral("clientMsgId"), clientMsgId}, {QStringLiteral("text"), text}});
    }

    /// The first e-mail contact the volunteer hears of (contact.update, or an inbox snapshot).
    static QJsonObject waitForEmailContact(TestClient &volunteer)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < TestClient::kDefaultTimeoutMs) {
            for (const auto &frame : volunteer.buffered()) {
                QJsonArray contacts;
                if (frame.type == QLatin1String("contact.update"))
                    contacts.append(frame.body.value(QLatin1String("contact")));
                else if (frame.type == QLatin1String("inbox.snapshot"))
                    contacts = frame.body.value(QLatin1String("contacts")).toArray();
                for (const auto &c : std::as_const(contacts)) {
                    if (c.toObject().value(QLatin1String("channel")).toString() == QLatin1String("email"))
                        return c.toObject();
                }
            }
            volunteer.clearBuffer();
            QTest::qWait(50);
        }
        return {};
    }

private slots:
    void letterReachesVolunteerAndMailboxOpensAgain()
    {
        ServerProcess server;
        ServerProcess::Options options;
        options.keepLog = true;
        options.extraArgs = {QStringLiteral("--mail-undo-seconds"), QStringLiteral("0")};
        QVERIFY(server.start(options));

        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, server, QStringLiteral("volunteer"), true));
        QStringList staffFrames; // everything the workstation receives, raw
        QObject::connect(volunteer.socket(), &QWebSocket::textMessageReceived,
                         [&staffFrames](const QString &frame) { staffFrames.append(frame); });

        // Create: a session with no letters yet and the promised answer time.
        TestClient page;
        QVERIFY(openPage(page, server));
        const auto session = openMailbox(page, openBody(kName, kPassword, true, kNotify));
        QVERIFY(session);
        QCOMPARE(session->type, QStringLiteral("mailbox.session"));
        const QString token = str(session, "token");
        QVERIFY(token.size() >= 64);
        QCOMPARE(str(session, "name"), kName);
        QCOMPARE(session->body.value(QLatin1String("messages")).toArray().size(), 0);
        QCOMPARE(session->body.value(QLatin1String("answerHours")).toInt(), 48);

        // Write: acknowledged once stored; a resend of the same letter is not stored twice.
        const auto ack = write(page, QStringLiteral("a1"), kLetter);
        QVERIFY(ack);
        QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        QCOMPARE(str(ack, "clientMsgId"), QStringLiteral("a1"));
        QCOMPARE(seqOf(ack), 1);
        const auto again = write(page, QStringLiteral("a1"), kLetter);
        QCOMPARE(again->type, QStringLiteral("chat.ack"));
        QCOMPARE(seqOf(again), 1);

        // The mailbox connection does not chat, and cannot start one.
        const auto chat = page.request(QStringLiteral("chat.send"),
                                       {{QStringLiteral("clientMsgId"), QStringLiteral("c1")},
                                        {QStringLiteral("text"), QStringLiteral("x")}});
        QCOMPARE(chat->type, QStringLiteral("error"));
        QCOMPARE(str(chat, "code"), QStringLiteral("forbidden"));
        const auto start = page.request(QStringLiteral("seeker.start"),
                                        {{QStringLiteral("language"), QStringLiteral("fr")}});
        QCOMPARE(str(start, "code"), QStringLiteral("forbidden"));

        // The volunteer is offered an e-mail contact and reads the letter in it.
        const QJsonObject contact = waitForEmailContact(volunteer);
        QVERIFY2(!contact.isEmpty(), "no e-mail contact reached the volunteer");
        const QString contactId = contact.value(QLatin1String("id")).toString();
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
        QVERIFY(open);
        QCOMPARE(open->type, QStringLiteral("conversation.open"));
        const QJsonArray messages = open->body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("text")).toString(), kLetter);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("from")).toString(), QStringLiteral("seeker"));

        // The volunteer answers (no undo delay here): the answer is stored in the thread.
        const QString answer = QStringLiteral("Merci de nous écrire. Je vous lis.");
        const auto outbox = volunteer.request(QStringLiteral("mail.reply"),
                                              {{QStringLiteral("contactId"), contactId},
                                               {QStringLiteral("clientMsgId"), QStringLiteral("r1")},
                                               {QStringLiteral("text"), answer}});
        QVERIFY(outbox);
        QCOMPARE(outbox->type, QStringLiteral("mail.outbox"));
        const auto delivered = volunteer.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(str(delivered, "from"), QStringLiteral("volunteer"));
        QCOMPARE(seqOf(delivered), 2);

        // Log in again (the name is case-insensitive): the session lists the letter and the answer.
        TestClient later;
        QVERIFY(openPage(later, server));
        const auto reopened = openMailbox(later, openBody(kName.toUpper(), kPassword, false));
        QVERIFY(reopened);
        QCOMPARE(reopened->type, QStringLiteral("mailbox.session"));
        const QJsonArray letters = reopened->body.value(QLatin1String("messages")).toArray();
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters.at(0).toObject().value(QLatin1String("text")).toString(), kLetter);
        QCOMPARE(letters.at(0).toObject().value(QLatin1String("from")).toString(), QStringLiteral("seeker"));
        QVERIFY(letters.at(1).toObject().value(QLatin1String("text")).toString().contains(answer));
        QCOMPARE(letters.at(1).toObject().value(QLatin1String("from")).toString(),
                 QStringLiteral("volunteer"));
        QVERIFY(!letters.at(1).toObject().contains(QLatin1String("attachments")));
        // The person answers: the letter joins the same thread, and reaches the same volunteer.
        const auto ack2 = write(later, QStringLiteral("a2"), QStringLiteral("Et encore ceci."));
        QCOMPARE(seqOf(ack2), 3);
        const auto followUp = volunteer.waitFor(QStringLiteral("chat.message"));
        QCOMPARE(str(followUp, "contactId"), contactId);
        QCOMPARE(str(followUp, "text"), QStringLiteral("Et encore ceci."));

        // The new login replaced the first token; the new one resumes the mailbox.
        TestClient stale;
        QVERIFY(openPage(stale, server));
        const auto refused =
            stale.request(QStringLiteral("mailbox.resume"), {{QStringLiteral("token"), token}});
        QCOMPARE(str(refused, "code"), QStringLiteral("session_expired"));
        TestClient reload;
        QVERIFY(openPage(reload, server));
        const auto resumed = reload.request(QStringLiteral("mailbox.resume"),
                                            {{QStringLiteral("token"), str(reopened, "token")}});
        QCOMPARE(resumed->type, QStringLiteral("mailbox.session"));
        QCOMPARE(resumed->body.value(QLatin1String("messages")).toArray().size(), 3);
        // An open page asks again (to see new answers) with its token; never for another mailbox's.
        const auto refreshed = later.request(QStringLiteral("mailbox.resume"),
                                             {{QStringLiteral("token"), str(reopened, "token")}});
        QCOMPARE(refreshed->type, QStringLiteral("mailbox.session"));
        QCOMPARE(refreshed->body.value(QLatin1String("messages")).toArray().size(), 3);

        // Logging out forgets the token at once.
        reload.send(QStringLiteral("mailbox.close"));
        const auto afterClose = reload.request(QStringLiteral("mailbox.write"),
                                               {{QStringLiteral("clientMsgId"), QStringLiteral("late")},
                                                {QStringLiteral("text"), QStringLiteral("x")}});
        QCOMPARE(str(afterClose, "code"), QStringLiteral("not_authenticated"));
        TestClient afterLogout;
        QVERIFY(openPage(afterLogout, server));
        QCOMPARE(str(afterLogout.request(QStringLiteral("mailbox.resume"),
                                         {{QStringLiteral("token"), str(reopened, "token")}}),
                     "code"),
                 QStringLiteral("session_expired"));

        // A chat page cannot turn into a mailbox.
        TestClient chatPage;
        QVERIFY(openPage(chatPage, server));
        QCOMPARE(
            chatPage
                .request(QStringLiteral("seeker.start"), {{QStringLiteral("language"), QStringLiteral("fr")}})
                ->type,
            QStringLiteral("seeker.session"));
        const auto mixed = openMailbox(chatPage, openBody(kName, kPassword, false));
        QCOMPARE(str(mixed, "code"), QStringLiteral("invalid_state"));

        // Nothing that could tell who writes went to the workstation, the log or the database in clear.
        QTRY_VERIFY(!staffFrames.isEmpty());
        for (const QString &frame : std::as_const(staffFrames)) {
            QVERIFY2(!frame.contains(kName, Qt::CaseInsensitive), qPrintable(frame));
            QVERIFY2(!frame.contains(kNotify, Qt::CaseInsensitive), qPrintable(frame));
            QVERIFY2(!frame.contains(kPassword), qPrintable(frame));
        }
        const QString log = server.log();
        QVERIFY(!log.contains(kName, Qt::CaseInsensitive));
        QVERIFY(!log.contains(kNotify, Qt::CaseInsensitive));
        QVERIFY(!log.contains(QStringLiteral("example.org")));
        const QByteArray db = databaseBytes(server.dataDir());
        QVERIFY(!db.isEmpty());
        QVERIFY(!db.contains(kName.toUtf8()));
        QVERIFY(!db.contains(kName.toUpper().toUtf8()));
        QVERIFY(!db.contains(kNotify.toUtf8()));

        QCOMPARE(page.invalidFrames(), 0);
        QCOMPARE(later.invalidFrames(), 0);
        QCOMPARE(volunteer.invalidFrames(), 0);
    }

    void wrongPasswordsAreThrottled()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient page;
        QVERIFY(openPage(page, server));
        QCOMPARE(openMailbox(page, openBody(QStringLiteral("Colline"), kPassword, true))->type,
                 QStringLiteral("mailbox.session"));

        // A wrong password and an unknown name get the same answer.
        TestClient guesser;
        QVERIFY(openPage(guesser, server));
        const auto wrong =
            openMailbox(guesser, openBody(QStringLiteral("Colline"), QStringLiteral("pas le bon"), false));
        const auto unknown = openMailbox(guesser, openBody(QStringLiteral("Inconnue"), kPassword, false));
        QCOMPARE(str(wrong, "code"), QStringLiteral("bad_credentials"));
        QCOMPARE(str(unknown, "code"), QStringLiteral("bad_credentials"));
        QCOMPARE(str(wrong, "message"), str(unknown, "message"));

        // Repeated wrong passwords on one name: the next attempt has to wait, even the right one.
        std::optional<ecoute::protocol::Envelope> answer;
        for (int i = 0; i < 8; ++i) {
            answer = openMailbox(
                guesser, openBody(QStringLiteral("Colline"), QStringLiteral("essai %1").arg(i), false));
            QVERIFY(answer);
            if (str(answer, "code") == QLatin1String("rate_limited"))
                break;
            QCOMPARE(str(answer, "code"), QStringLiteral("bad_credentials"));
        }
        QCOMPARE(str(answer, "code"), QStringLiteral("rate_limited"));
        QVERIFY(answer->body.value(QLatin1String("retryAfterMs")).toInteger() > 0);
        const auto locked = openMailbox(guesser, openBody(QStringLiteral("Colline"), kPassword, false));
        QCOMPARE(str(locked, "code"), QStringLiteral("rate_limited"));
    }

    void namesFieldsAndLetterLimits()
    {
        ServerProcess server;
        QVERIFY(server.start());
        TestClient page;
        QVERIFY(openPage(page, server));

        // Nothing to write to before a mailbox is open.
        const auto early = write(page, QStringLiteral("e1"), kLetter);
        QCOMPARE(str(early, "code"), QStringLiteral("not_authenticated"));

        // Fields checked before anything is made.
        const auto shortName = openMailbox(page, openBody(QStringLiteral("  ab "), kPassword, true));
        QCOMPARE(str(shortName, "code"), QStringLiteral("wrong_type"));
        QCOMPARE(str(shortName, "field"), QStringLiteral("body.name"));
        const auto shortPassword =
            openMailbox(page, openBody(QStringLiteral("Rivière"), QStringLiteral("court"), true));
        QCOMPARE(str(shortPassword, "field"), QStringLiteral("body.password"));
        const auto badNotify = openMailbox(
            page, openBody(QStringLiteral("Rivière"), kPassword, true, QStringLiteral("pas une adresse")));
        QCOMPARE(str(badNotify, "field"), QStringLiteral("body.notify"));

        QCOMPARE(openMailbox(page, openBody(QStringLiteral("Rivière"), kPassword, true))->type,
                 QStringLiteral("mailbox.session"));
        // Once open, a connection holds one mailbox.
        const auto second = openMailbox(page, openBody(QStringLiteral("Autre"), kPassword, true));
        QCOMPARE(str(second, "code"), QStringLiteral("invalid_state"));

        // The name is taken, whatever its case and spaces.
        TestClient other;
        QVERIFY(openPage(other, server));
        const auto taken = openMailbox(other, openBody(QStringLiteral(" RIVIÈRE "), kPassword, true));
        QCOMPARE(str(taken, "code"), QStringLiteral("invalid_state"));
        QCOMPARE(str(taken, "field"), QStringLiteral("body.name"));

        // Letters per mailbox are limited; the page is told when to try again.
        for (int i = 1; i <= 10; ++i)
            QCOMPARE(seqOf(write(page, QStringLiteral("l%1").arg(i), QStringLiteral("Lettre %1").arg(i))), i);
        const auto tooMany = write(page, QStringLiteral("l11"), QStringLiteral("Lettre 11"));
        QCOMPARE(str(tooMany, "code"), QStringLiteral("rate_limited"));
        QVERIFY(tooMany->body.value(QLatin1String("retryAfterMs")).toInteger() > 0);
        // An empty letter is refused.
        const auto empty = write(page, QStringLiteral("l12"), QStringLiteral(" \n "));
        QCOMPARE(str(empty, "code"), QStringLiteral("wrong_type"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationMailbox)
#include "tst_integration_mailbox.moc"
