// SPDX-License-Identifier: GPL-3.0-or-later
// Operating the server: TLS, the admin CLI, refusing unsafe configurations.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;

class TestIntegrationOps : public QObject
{
    Q_OBJECT

private:
    struct HttpResult
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QHash<QByteArray, QByteArray> headers;
    };

    static HttpResult get(const QUrl &url)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(url);
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        // The test server's certificate is self-signed: accept it here only.
        QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                         [r = reply.get()] { r->ignoreSslErrors(); });
        HttpResult result;
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 20000))
            return result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        return result;
    }

private slots:
    void tlsMode()
    {
        ServerProcess server;
        ServerProcess::Options options;
        options.tls = true;
        QVERIFY(server.start(options));
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(server.tlsFingerprint().count(u':'), 31);

        const HttpResult health = get(server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.error, QNetworkReply::NoError);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body.trimmed(), QByteArray("ok"));

        const HttpResult page = get(server.baseUrl());
        QCOMPARE(page.status, 200);
        const QByteArray csp = page.headers.value("content-security-policy");
        QVERIFY(csp.contains("default-src 'self'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QCOMPARE(page.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(page.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));

        const HttpResult missing = get(server.baseUrl().resolved(QUrl(QStringLiteral("/nothing-here.js"))));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.headers.contains("content-security-policy"));

        // wss works with the same certificate.
        TestClient client;
        QVERIFY(client.open(server.staffUrl()));
        QVERIFY(client.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));

        // The page served over https may open the seeker socket; others may not.
        TestClient seekerPage;
        QVERIFY(seekerPage.open(server.seekerUrl(), server.origin()));
        QVERIFY(seekerPage.hello());
        const auto session = seekerPage.request(QStringLiteral("seeker.start"),
                                                {{QStringLiteral("language"), QStringLiteral("fr")}});
        QVERIFY(session);
        QCOMPARE(session->type, QStringLiteral("seeker.session"));
        TestClient plainOrigin;
        QUrl httpOrigin = server.baseUrl().adjusted(QUrl::RemovePath);
        httpOrigin.setScheme(QStringLiteral("http"));
        plainOrigin.open(server.seekerUrl(), httpOrigin.toString());
        QVERIFY(plainOrigin.waitForDisconnected());
        QCOMPARE(plainOrigin.closeCode(), 1008);

        // The certificate is kept across restarts.
        const QString fingerprint = server.tlsFingerprint();
        QVERIFY(server.restart());
        QCOMPARE(server.tlsFingerprint(), fingerprint);
    }

    void plainHttpPage()
    {
        ServerProcess server;
        QVERIFY(server.start());
        const HttpResult health = get(server.baseUrl().resolved(QUrl(QStringLiteral("/healthz"))));
        QCOMPARE(health.status, 200);
        QVERIFY(health.headers.value("content-security-policy").contains("script-src 'self'"));
        QCOMPARE(get(server.baseUrl().resolved(QUrl(QStringLiteral("/%2e%2e/etc/passwd")))).status, 404);
    }

    void adminCli()
    {
        ServerProcess server;
        auto added = server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                                    QStringLiteral("--role"), QStringLiteral("volunteer"),
                                    QStringLiteral("--display-name"), QStringLiteral("Alice")},
                                   "alice-password-123\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());

        const auto duplicate =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                          "another-password-456\n");
        QVERIFY(duplicate.exitCode != 0);
        const auto badRole =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                           QStringLiteral("--role"), QStringLiteral("root")},
                          "another-password-456\n");
        QCOMPARE(badRole.exitCode, 2);
        const auto shortPassword =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                           QStringLiteral("--role"), QStringLiteral("trainer")},
                          "short\n");
        QVERIFY(shortPassword.exitCode != 0);

        // Empty stdin: a password is generated and printed once.
        const auto generated =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                           QStringLiteral("--role"), QStringLiteral("supervisor")});
        QCOMPARE(generated.exitCode, 0);
        const QString out = QString::fromUtf8(generated.out);
        const qsizetype at = out.indexOf(QLatin1String("generated password for carol: "));
        QVERIFY(at >= 0);
        const QString carolPassword = out.mid(at + 30, 16);
        QCOMPARE(carolPassword.size(), 16);

        auto list = server.runCli({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("alice\tvolunteer\tenabled"));
        QVERIFY(list.out.contains("carol\tsupervisor\tenabled"));
        QVERIFY(!list.out.contains("argon2"));

        QVERIFY(server.start());
        TestClient alice;
        QVERIFY(alice.open(server.staffUrl()));
        QVERIFY(alice.login(QStringLiteral("alice"), QStringLiteral("alice-password-123")));
        const QString token = alice.token();
        TestClient carol;
        QVERIFY(carol.open(server.staffUrl()));
        QVERIFY(carol.login(QStringLiteral("carol"), carolPassword));

        const auto disabled =
            server.runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("alice")});
        QCOMPARE(disabled.exitCode, 0);
        list = server.runCli({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(list.out.contains("alice\tvolunteer\tdisabled"));

        // Her open session ends at her next action, and she cannot log in again.
        const auto refused = alice.request(QStringLiteral("presence.set"),
                                           {{QStringLiteral("state"), QStringLiteral("available")}});
        QVERIFY(refused);
        QCOMPARE(refused->body.value(QLatin1String("code")).toString(), QStringLiteral("account_disabled"));
        TestClient again;
        QVERIFY(again.open(server.staffUrl()));
        QVERIFY(!again.login(QStringLiteral("alice"), QStringLiteral("alice-password-123")));
        QCOMPARE(again.lastError()->body.value(QLatin1String("code")).toString(),
                 QStringLiteral("account_disabled"));
        QVERIFY(!again.resume(token));

        const auto unknown =
            server.runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")});
        QVERIFY(unknown.exitCode != 0);
    }

    void insecureModeRefusesPublicAddress()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(ServerProcess::serverBinary(),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--insecure-loopback")});
        QVERIFY(process.waitForStarted(20000));
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            QFAIL("the server started on a public address without TLS");
        }
        QVERIFY(process.exitCode() != 0);
        QVERIFY(!process.readAllStandardOutput().contains("listening:"));
        QVERIFY(process.readAllStandardError().contains("loopback"));
    }

    void invalidNotesRetentionIsRefused()
    {
        // Pinned notes must be kept longer than plain ones, or pinning would mean nothing.
        QTemporaryDir dir;
        QProcess process;
        process.start(ServerProcess::serverBinary(),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"),
                       QStringLiteral("0"), QStringLiteral("--insecure-loopback"),
                       QStringLiteral("--note-retention-days"), QStringLiteral("30"),
                       QStringLiteral("--pinned-note-retention-days"), QStringLiteral("7")});
        QVERIFY(process.waitForStarted(20000));
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            QFAIL("the server started with an invalid notes retention");
        }
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("retention"));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationOps)
#include "tst_integration_ops.moc"
