// SPDX-License-Identifier: GPL-3.0-or-later
// Staff-side abuse (issue 11), over TLS against the real server: a guesser
// cannot lock a volunteer out from elsewhere; one address flooding logins
// cannot fill the password-check pool; a listener loses a conversation that
// moves to another centre and its new volunteer sees who still listens.
// A second source is a relay whose upstream sockets are bound to 127.0.0.2.
#include "ServerProcess.h"
#include "SourceRelay.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <vector>

using ecoute::protocol::Envelope;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::SourceRelay;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {

QString code(const std::optional<Envelope> &e)
{
    return e && e->type == QLatin1String("error") ? str(e, "code") : QString();
}

std::optional<Envelope> login(TestClient &client, const QString &user, const QString &password)
{
    return client.request(QStringLiteral("auth.login"),
                          {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

bool anyChatMessageContains(const TestClient &client, const QByteArray &marker)
{
    for (const Envelope &e : client.buffered()) {
        if (e.type == QLatin1String("chat.message") && QJsonDocument(e.body).toJson().contains(marker))
            return true;
    }
    return false;
}

} // namespace

class TestIntegrationAbuseStaff : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SourceRelay> m_relay;

    /// The staff URL as seen from 127.0.0.2.
    QUrl relayedStaffUrl() const
    {
        QUrl url = m_server->staffUrl();
        url.setPort(m_relay->port());
        return url;
    }

    bool addUser(const QString &name, const QString &role, const QString &centre, const QByteArray &password)
    {
        return m_server
                   ->runCli({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                             role, QStringLiteral("--centre"), centre, QStringLiteral("--channels"),
                             QStringLiteral("chat"), QStringLiteral("--languages"), QStringLiteral("fr")},
                            password + '\n')
                   .exitCode
            == 0;
    }

    /// logInStaff for an account added by the test (its own password).
    bool logIn(TestClient &client, const QString &user, const QString &password, bool available)
    {
        return logInStaff(client, *m_server, user, password, available);
    }

    /// A help-seeker's contact, accepted by volunteer; its id.
    QString activeContact(TestClient &seeker, TestClient &volunteer)
    {
        if (!seeker.open(m_server->seekerUrl(), m_server->origin()) || !seeker.hello())
            return {};
        const QString id = str(seeker.request(QStringLiteral("seeker.start"),
                                              {{QStringLiteral("language"), QStringLiteral("fr")}}),
                               "contactId");
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), id}});
        return open && open->type == QLatin1String("conversation.open") ? id : QString();
    }

    bool joins(TestClient &supervisor, const QString &contactId)
    {
        const auto open = supervisor.request(QStringLiteral("supervision.join"),
                                             {{QStringLiteral("contactId"), contactId}});
        return open && open->type == QLatin1String("conversation.open");
    }

    /// The demo volunteer (available) accepts a help-seeker's contact and the demo
    /// supervisor joins it to listen; its id, empty if a step failed.
    QString listenedContact(TestClient &volunteer, TestClient &supervisor, TestClient &seeker)
    {
        if (!logInStaff(volunteer, *m_server, QStringLiteral("volunteer"), true))
            return {};
        const QString contactId = activeContact(seeker, volunteer);
        if (contactId.isEmpty() || !logInStaff(supervisor, *m_server, QStringLiteral("supervisor"))
            || !joins(supervisor, contactId))
            return {};
        return contactId;
    }

    bool seekerSays(TestClient &seeker, const QString &clientMsgId, const QString &text)
    {
        return seeker
            .request(QStringLiteral("chat.send"),
                     {{QStringLiteral("clientMsgId"), clientMsgId}, {QStringLiteral("text"), text}})
            .has_value();
    }

private slots:
    void init()
    {
        // A fresh server each time: what one test does to 127.0.0.1 stays there.
        m_server = std::make_unique<ServerProcess>();
        ServerProcess::Options options;
        options.tls = true;
        // Per-source limits on loopback too: the test's sources are 127.0.0.1 and 127.0.0.2.
        options.extraArgs = {QStringLiteral("--wrapup-seconds"), QStringLiteral("0"),
                             QStringLiteral("--supervisor-join"), QStringLiteral("always"),
                             QStringLiteral("--connection-limits-loopback")};
        QVERIFY(m_server->start(options));
        m_relay = std::make_unique<SourceRelay>(QHostAddress(QStringLiteral("127.0.0.2")), m_server->port());
        QVERIFY(m_relay->listen());
    }

    void cleanup()
    {
        m_relay.reset();
        m_server.reset();
    }

    void aGuesserElsewhereCannotLockTheVolunteerOut()
    {
        const QString user = QStringLiteral("volunteer");
        TestClient guesser;
        QVERIFY(guesser.open(m_server->staffUrl()));
        QVERIFY(guesser.hello());
        std::optional<Envelope> answer;
        for (int attempt = 1; attempt <= 15 && code(answer) != QLatin1String("rate_limited"); ++attempt)
            answer = login(guesser, user, QStringLiteral("wrong-%1").arg(attempt));
        QCOMPARE(code(answer), QStringLiteral("rate_limited")); // the guesser is slowed down

        // The volunteer, from another address, gets in at once with the right password.
        TestClient person;
        QVERIFY(person.open(relayedStaffUrl()));
        QVERIFY(person.hello());
        const auto ok = login(person, user, m_server->demoPassword(user));
        QVERIFY2(ok && ok->type == QLatin1String("auth.ok"),
                 ok ? QJsonDocument(ok->body).toJson().constData() : "no answer");
        // ... and the guesser is still slowed down (its lock doubles with each failure).
        answer.reset();
        for (int attempt = 1; attempt <= 3 && code(answer) != QLatin1String("rate_limited"); ++attempt)
            answer = login(guesser, user, QStringLiteral("wrong-again-%1").arg(attempt));
        QCOMPARE(code(answer), QStringLiteral("rate_limited"));
    }

    void oneAddressCannotFillThePasswordChecks()
    {
        const QString user = QStringLiteral("volunteer");
        // How long one login takes here, unloaded (Argon2 dominates).
        qint64 baselineMs = 0;
        {
            TestClient calm;
            QVERIFY(calm.open(relayedStaffUrl()));
            QVERIFY(calm.hello());
            QElapsedTimer timer;
            timer.start();
            const auto ok = login(calm, user, m_server->demoPassword(user));
            baselineMs = timer.elapsed();
            QVERIFY(ok && ok->type == QLatin1String("auth.ok"));
        }

        // Forty connections from one address ask for logins of unknown names, all at once.
        constexpr int kFlood = 40;
        std::vector<std::unique_ptr<TestClient>> flood;
        for (int i = 0; i < kFlood; ++i) {
            flood.push_back(std::make_unique<TestClient>());
            QVERIFY(flood.back()->open(m_server->staffUrl()));
            QVERIFY(flood.back()->hello());
        }
        QStringList ids;
        for (int i = 0; i < kFlood; ++i)
            ids << flood[i]->send(QStringLiteral("auth.login"),
                                  {{QStringLiteral("user"), QStringLiteral("ghost-%1").arg(i)},
                                   {QStringLiteral("password"), QStringLiteral("guess-%1").arg(i)}});

        // Meanwhile a volunteer from elsewhere is checked promptly.
        TestClient person;
        QVERIFY(person.open(relayedStaffUrl()));
        QVERIFY(person.hello());
        QElapsedTimer timer;
        timer.start();
        const auto ok = login(person, user, m_server->demoPassword(user));
        const qint64 floodedMs = timer.elapsed();
        QVERIFY2(ok && ok->type == QLatin1String("auth.ok"), "no login while the flood is checked");
        // Served after at most the checks already running (two workers, sharing the
        // machine), never behind the flood: queued behind it, it would take 20 checks.
        const qint64 bound = 8 * baselineMs + 1000;
        QVERIFY2(
            floodedMs <= bound,
            qPrintable(
                QStringLiteral("login took %1 ms under flood, %2 ms alone").arg(floodedMs).arg(baselineMs)));

        // Most of the flood was refused at once rather than queued.
        int limited = 0;
        for (int i = 0; i < kFlood; ++i) {
            const auto reply = flood[i]->waitForReply(ids[i], 30000);
            QVERIFY(reply.has_value());
            if (code(reply) == QLatin1String("rate_limited")) {
                ++limited;
                QVERIFY(reply->body.value(QLatin1String("retryAfterMs")).toInt() > 0);
            }
        }
        QVERIFY2(limited >= kFlood - 8, qPrintable(QString::number(limited)));
    }

    void listenersFollowTheContactAcrossCentres()
    {
        const QByteArray samePassword = "same-centre-password-1";
        const QByteArray otherPassword = "other-centre-password-1";
        QVERIFY(addUser(QStringLiteral("vol-same"), QStringLiteral("volunteer"), QStringLiteral("main"),
                        samePassword));
        QVERIFY(addUser(QStringLiteral("vol-other"), QStringLiteral("volunteer"), QStringLiteral("elsewhere"),
                        otherPassword));

        TestClient volunteer, supervisor, same, other, seeker;
        const QString contactId = listenedContact(volunteer, supervisor, seeker);
        QVERIFY(!contactId.isEmpty());

        // Same centre: the new volunteer sees that the supervisor listens; it goes on.
        QVERIFY(logIn(same, QStringLiteral("vol-same"), QString::fromLatin1(samePassword), true));
        same.clearBuffer();
        QVERIFY(volunteer.request(QStringLiteral("contact.transfer"),
                                  {{QStringLiteral("contactId"), contactId},
                                   {QStringLiteral("toUser"), QStringLiteral("vol-same")},
                                   {QStringLiteral("note"), QStringLiteral("n")}}));
        QVERIFY(same.waitFor(QStringLiteral("conversation.open")));
        const auto presence = same.waitFor(QStringLiteral("supervision.presence"));
        QCOMPARE(str(presence, "supervisor"), QStringLiteral("supervisor"));
        QCOMPARE(str(presence, "mode"), QStringLiteral("listening"));
        QVERIFY(seekerSays(seeker, QStringLiteral("s1"), QStringLiteral("still-heard-1")));
        QCOMPARE(str(supervisor.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("still-heard-1"));

        // Another centre: the supervisor is told at once and hears nothing more.
        QVERIFY(logIn(other, QStringLiteral("vol-other"), QString::fromLatin1(otherPassword), true));
        other.clearBuffer();
        supervisor.clearBuffer();
        QVERIFY(same.request(QStringLiteral("contact.transfer"),
                             {{QStringLiteral("contactId"), contactId},
                              {QStringLiteral("toUser"), QStringLiteral("vol-other")},
                              {QStringLiteral("note"), QStringLiteral("n")}}));
        const auto left = supervisor.waitFor(QStringLiteral("supervision.presence"));
        QCOMPARE(str(left, "contactId"), contactId);
        QCOMPARE(str(left, "supervisor"), QStringLiteral("supervisor"));
        QCOMPARE(str(left, "mode"), QStringLiteral("left"));
        QVERIFY(other.waitFor(QStringLiteral("conversation.open")));
        QVERIFY(seekerSays(seeker, QStringLiteral("s2"), QStringLiteral("not-for-supervisor-2")));
        QCOMPARE(str(other.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("not-for-supervisor-2"));
        QVERIFY(supervisor.request(QStringLiteral("ping"))); // everything sent before is in
        QVERIFY(!anyChatMessageContains(supervisor, "not-for-supervisor-2"));
        QCOMPARE(code(supervisor.request(
                     QStringLiteral("chat.sync"),
                     {{QStringLiteral("contactId"), contactId}, {QStringLiteral("afterSeq"), 0}})),
                 QStringLiteral("not_found"));
        // Nobody listens now, so the new volunteer is told of no one.
        QVERIFY(!other.hasBuffered(QStringLiteral("supervision.presence")));
        // The admin reads that the right was withdrawn.
        TestClient admin;
        QVERIFY(logInStaff(admin, *m_server, QStringLiteral("admin")));
        const auto audit = admin.request(QStringLiteral("audit.get"));
        QVERIFY(audit && QJsonDocument(audit->body).toJson().contains("supervision.leave.revoked"));
    }

    void aVolunteerListeningAfterATakeoverLosesItWhenPassedOn()
    {
        const QByteArray samePassword = "same-centre-password-1";
        QVERIFY(addUser(QStringLiteral("vol-same"), QStringLiteral("volunteer"), QStringLiteral("main"),
                        samePassword));
        TestClient volunteer, supervisor, same, seeker;
        const QString contactId = listenedContact(volunteer, supervisor, seeker);
        QVERIFY(!contactId.isEmpty());
        QCOMPARE(str(supervisor.request(QStringLiteral("supervision.takeover"),
                                        {{QStringLiteral("contactId"), contactId}}),
                     "mode"),
                 QStringLiteral("took_over"));
        QVERIFY(seekerSays(seeker, QStringLiteral("s4"), QStringLiteral("volunteer-still-reads-4")));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("volunteer-still-reads-4"));

        // The supervisor passes it to a colleague: the first volunteer no longer follows it.
        QVERIFY(logIn(same, QStringLiteral("vol-same"), QString::fromLatin1(samePassword), true));
        volunteer.clearBuffer();
        QVERIFY(supervisor.request(QStringLiteral("contact.transfer"),
                                   {{QStringLiteral("contactId"), contactId},
                                    {QStringLiteral("toUser"), QStringLiteral("vol-same")},
                                    {QStringLiteral("note"), QStringLiteral("n")}}));
        const auto left = volunteer.waitFor(QStringLiteral("supervision.presence"));
        QCOMPARE(str(left, "supervisor"), QStringLiteral("volunteer")); // about themselves
        QCOMPARE(str(left, "mode"), QStringLiteral("left"));
        QVERIFY(same.waitFor(QStringLiteral("conversation.open")));
        QVERIFY(seekerSays(seeker, QStringLiteral("s5"), QStringLiteral("for-vol-same-5")));
        QCOMPARE(str(same.waitFor(QStringLiteral("chat.message")), "text"), QStringLiteral("for-vol-same-5"));
        QVERIFY(volunteer.request(QStringLiteral("ping")));
        QVERIFY(!anyChatMessageContains(volunteer, "for-vol-same-5"));
    }

    void aRequeuedContactLeavesItsListeners()
    {
        TestClient volunteer, supervisor, seeker;
        const QString contactId = listenedContact(volunteer, supervisor, seeker);
        QVERIFY(!contactId.isEmpty());
        supervisor.clearBuffer();
        volunteer.request(QStringLiteral("presence.set"),
                          {{QStringLiteral("state"), QStringLiteral("pause")}});
        QVERIFY(
            volunteer.request(QStringLiteral("contact.requeue"), {{QStringLiteral("contactId"), contactId}}));
        QCOMPARE(str(supervisor.waitFor(QStringLiteral("supervision.presence")), "mode"),
                 QStringLiteral("left"));
        QVERIFY(seekerSays(seeker, QStringLiteral("s3"), QStringLiteral("waiting-again-3")));
        QVERIFY(supervisor.request(QStringLiteral("ping")));
        QVERIFY(!anyChatMessageContains(supervisor, "waiting-again-3"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationAbuseStaff)
#include "tst_integration_abuse_staff.moc"
