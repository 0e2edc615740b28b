// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and clumsy peers: wrong passwords, bad frames, foreign origins.
#include "ServerProcess.h"
#include "TestClient.h"

#include "protocol/Limits.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;

namespace {
QString code(const std::optional<ecoute::protocol::Envelope> &e)
{
    return e && e->type == QLatin1String("error") ? e->body.value(QLatin1String("code")).toString()
                                                  : QString();
}
} // namespace

class TestIntegrationSecurity : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    std::optional<ecoute::protocol::Envelope> login(TestClient &client, const QString &user,
                                                    const QString &password)
    {
        return client.request(QStringLiteral("auth.login"),
                              {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    }

    /// The waiting contacts an available volunteer sees right now.
    int waitingContacts()
    {
        TestClient volunteer;
        if (!volunteer.open(m_server.staffUrl())
            || !volunteer.login(QStringLiteral("volunteer"),
                                m_server.demoPassword(QStringLiteral("volunteer"))))
            return -1;
        volunteer.clearBuffer();
        if (!volunteer.request(QStringLiteral("presence.set"),
                               {{QStringLiteral("state"), QStringLiteral("available")}}))
            return -1;
        const auto inbox = volunteer.waitFor(QStringLiteral("inbox.snapshot"));
        if (!inbox)
            return -1;
        // A waiting contact may be offered to this volunteer as soon as it is available (the
        // dispatch can come before the snapshot is made): it is then in an offer, not in the inbox.
        QSet<QString> ids;
        for (const QJsonValue &contact : inbox->body.value(QLatin1String("contacts")).toArray())
            ids.insert(contact.toObject().value(QLatin1String("id")).toString());
        if (const auto offer = volunteer.waitFor(QStringLiteral("offer"), 500))
            ids.insert(
                offer->body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString());
        return static_cast<int>(ids.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void unknownUserGetsBadCredentials()
    {
        TestClient client;
        QVERIFY(client.open(m_server.staffUrl()));
        QVERIFY(client.hello());
        QCOMPARE(code(login(client, QStringLiteral("nobody"), QStringLiteral("whatever-password"))),
                 QStringLiteral("bad_credentials"));
        // Same answer as a wrong password for a real user.
        QCOMPARE(code(login(client, QStringLiteral("trainer"), QStringLiteral("wrong-password"))),
                 QStringLiteral("bad_credentials"));
        QVERIFY(client.isConnected());
    }

    void wrongPasswordsAreThrottled()
    {
        TestClient client;
        QVERIFY(client.open(m_server.staffUrl()));
        QVERIFY(client.hello());
        const QString user = QStringLiteral("supervisor");
        for (int attempt = 1; attempt <= 5; ++attempt)
            QCOMPARE(code(login(client, user, QStringLiteral("wrong-%1").arg(attempt))),
                     QStringLiteral("bad_credentials"));
        // The 6th attempt is refused without checking the password. On a very
        // slow machine the 1 s lock may pass first; the lock then doubles.
        std::optional<ecoute::protocol::Envelope> refused;
        for (int attempt = 6; attempt <= 12 && code(refused) != QLatin1String("rate_limited"); ++attempt)
            refused = login(client, user, QStringLiteral("wrong-%1").arg(attempt));
        QCOMPARE(code(refused), QStringLiteral("rate_limited"));
        QVERIFY(refused->body.value(QLatin1String("retryAfterMs")).toInt() > 0);
        // While locked, even the right password is refused.
        const auto locked = login(client, user, m_server.demoPassword(user));
        QVERIFY(code(locked) == QLatin1String("rate_limited") || locked->type == QLatin1String("auth.ok"));
        QVERIFY(client.isConnected());
    }

    void framesBeforeHelloAreRefused()
    {
        TestClient client;
        QVERIFY(client.open(m_server.staffUrl()));
        QCOMPARE(code(login(client, QStringLiteral("volunteer"), QStringLiteral("x"))),
                 QStringLiteral("not_authenticated"));
        QCOMPARE(
            code(client.request(QStringLiteral("hello"), {{QStringLiteral("versions"), QJsonArray {99}}})),
            QStringLiteral("unsupported_version"));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 1002);
    }

    void malformedFramesGetTypedErrors()
    {
        TestClient client;
        QVERIFY(client.open(m_server.staffUrl()));
        QVERIFY(
            client.login(QStringLiteral("volunteer"), m_server.demoPassword(QStringLiteral("volunteer"))));
        client.clearBuffer();

        client.sendRaw("{not json");
        QVERIFY(client.waitForError(QStringLiteral("bad_json")));

        client.sendRaw("{\"v\":1,\"type\":\"no.such.type\",\"id\":\"u1\",\"body\":{}}");
        const auto unknown = client.waitForReply(QStringLiteral("u1"));
        QCOMPARE(code(unknown), QStringLiteral("unknown_type"));

        client.sendRaw("{\"v\":1,\"type\":\"chat.send\",\"id\":\"m1\",\"body\":{\"contactId\":\"x\","
                       "\"clientMsgId\":\"c\"}}");
        const auto missing = client.waitForReply(QStringLiteral("m1"));
        QCOMPARE(code(missing), QStringLiteral("missing_field"));
        QCOMPARE(missing->body.value(QLatin1String("field")).toString(), QStringLiteral("body.text"));

        client.sendRaw("{\"v\":1,\"type\":\"ping\",\"id\":\"d1\",\"body\":{\"a\":[[[[[[[[[[1]]]]]]]]]]}}");
        QVERIFY(client.waitForError(QStringLiteral("too_deep")));

        client.sendRaw(QByteArray("{\"v\":1,\"type\":\"ping\",\"id\":\"b1\",\"body\":{\"x\":\"\xff\xfe\"}}"),
                       true);
        QVERIFY(client.waitForError(QStringLiteral("bad_utf8")));

        const QByteArray huge = "{\"v\":1,\"type\":\"ping\",\"id\":\"h1\",\"body\":{\"pad\":\""
            + QByteArray(ecoute::protocol::Limits::maxFrameBytes + 1000, 'a') + "\"}}";
        client.sendRaw(huge);
        QVERIFY(client.waitForError(QStringLiteral("frame_too_large")));

        // Still usable.
        const auto pong = client.request(QStringLiteral("ping"));
        QVERIFY(pong);
        QCOMPARE(pong->type, QStringLiteral("pong"));
        QVERIFY(client.isConnected());
        QCOMPARE(client.invalidFrames(), 0);
    }

    void abusivePeerIsClosed()
    {
        TestClient client;
        QVERIFY(client.open(m_server.staffUrl()));
        for (int i = 0; i < 25; ++i)
            client.sendRaw("{bad");
        QVERIFY(client.waitForDisconnected(20000));
        QCOMPARE(client.closeCode(), 1008);
    }

    void seekerFromForeignOriginIsRefused()
    {
        const int before = waitingContacts();
        QVERIFY(before >= 0);

        TestClient evil;
        evil.open(m_server.seekerUrl(), QStringLiteral("https://evil.example"));
        if (evil.isConnected()) {
            evil.send(QStringLiteral("hello"), {{QStringLiteral("versions"), QJsonArray {1}}});
            evil.send(QStringLiteral("seeker.start"), {{QStringLiteral("language"), QStringLiteral("fr")}});
        }
        QVERIFY(evil.waitForDisconnected());
        QCOMPARE(evil.closeCode(), 1008);
        QVERIFY(!evil.hasBuffered(QStringLiteral("seeker.session")));

        TestClient noOrigin;
        noOrigin.open(m_server.seekerUrl());
        QVERIFY(noOrigin.waitForDisconnected());
        QCOMPARE(noOrigin.closeCode(), 1008);

        // A browser page from elsewhere cannot pose as a workstation either.
        TestClient evilStaff;
        evilStaff.open(m_server.staffUrl(), QStringLiteral("https://evil.example"));
        QVERIFY(evilStaff.waitForDisconnected());
        QCOMPARE(evilStaff.closeCode(), 1008);

        QCOMPARE(waitingContacts(), before);

        // The server's own page is welcome.
        TestClient page;
        QVERIFY(page.open(m_server.seekerUrl(), m_server.origin()));
        QVERIFY(page.hello());
        const auto session = page.request(QStringLiteral("seeker.start"),
                                          {{QStringLiteral("language"), QStringLiteral("de")}});
        QCOMPARE(session->type, QStringLiteral("seeker.session"));
        QCOMPARE(waitingContacts(), before + 1);
    }

    void disabledVolunteerStopsHearingAtOnce()
    {
        // Pushes are authorised too: a workstation that only pings must not
        // keep receiving a conversation after its account was disabled.
        ServerProcess server;
        QVERIFY(server.start());
        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(
            volunteer.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));
        const QString token = volunteer.token();
        QVERIFY(volunteer.request(QStringLiteral("presence.set"),
                                  {{QStringLiteral("state"), QStringLiteral("available")}}));
        TestClient seeker;
        QVERIFY(seeker.open(server.seekerUrl(), server.origin()) && seeker.hello());
        const auto session = seeker.request(QStringLiteral("seeker.start"),
                                            {{QStringLiteral("language"), QStringLiteral("fr")}});
        const QString contactId = session->body.value(QLatin1String("contactId")).toString();
        QVERIFY(volunteer.waitFor(QStringLiteral("contact.update")));
        QCOMPARE(
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}})
                ->type,
            QStringLiteral("conversation.open"));

        const auto disabled =
            server.runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("volunteer")});
        QCOMPARE(disabled.exitCode, 0);
        volunteer.clearBuffer();

        const auto ack = seeker.request(QStringLiteral("chat.send"),
                                        {{QStringLiteral("clientMsgId"), QStringLiteral("s1")},
                                         {QStringLiteral("text"), QStringLiteral("only for my volunteer")}});
        QCOMPARE(ack->type, QStringLiteral("chat.ack"));
        QVERIFY(volunteer.waitForDisconnected());
        QCOMPARE(volunteer.closeCode(), 1008);
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("chat.message")));

        // Reconnecting tells the workstation its session is over (disabling
        // an account revokes its sessions).
        TestClient again;
        QVERIFY(again.open(server.staffUrl()));
        QVERIFY(!again.resume(token));
        QCOMPARE(code(again.lastError()), QStringLiteral("session_expired"));

        // An expired or revoked session on a connection that only pings ends the same way.
        TestClient supervisor;
        QVERIFY(supervisor.open(server.staffUrl()));
        QVERIFY(supervisor.login(QStringLiteral("supervisor"),
                                 server.demoPassword(QStringLiteral("supervisor"))));
        TestClient otherWindow;
        QVERIFY(otherWindow.open(server.staffUrl()));
        QVERIFY(otherWindow.resume(supervisor.token()));
        otherWindow.send(QStringLiteral("auth.logout")); // revokes the shared token
        QVERIFY(otherWindow.waitForDisconnected());
        supervisor.send(QStringLiteral("ping"));
        QVERIFY(supervisor.waitForDisconnected());
        QCOMPARE(supervisor.closeCode(), 1008);
    }

    void unknownPathIsRefused()
    {
        QUrl url = m_server.staffUrl();
        url.setPath(QStringLiteral("/ws/other"));
        TestClient client;
        client.open(url);
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 1008);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSecurity)
#include "tst_integration_security.moc"
