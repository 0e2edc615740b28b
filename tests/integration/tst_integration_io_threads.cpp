// SPDX-License-Identifier: GPL-3.0-or-later
// Frames go through I/O threads (--io-threads; the default is one per core) and
// the service thread and back. Whatever the number of threads: a connection's
// frames keep their order, bad frames are still answered, a closed socket frees
// its place at the gate, and the server stops cleanly with connections open.
// Over TLS, as in production.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>
#include <vector>

using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
ServerProcess::Options withThreads(const QString &threads, QStringList extra = {})
{
    ServerProcess::Options options;
    options.tls = true;
    options.extraArgs = QStringList {QStringLiteral("--io-threads"), threads} + extra;
    return options;
}

bool startSeeker(TestClient &seeker, const ServerProcess &server)
{
    if (!seeker.open(server.seekerUrl(), server.origin()) || !seeker.hello())
        return false;
    const auto session =
        seeker.request(QStringLiteral("seeker.start"), {{QStringLiteral("language"), QStringLiteral("fr")}});
    return session && session->type == QLatin1String("seeker.session");
}
} // namespace

class TestIntegrationIoThreads : public QObject
{
    Q_OBJECT

private slots:
    void framesKeepTheirOrder_data()
    {
        QTest::addColumn<QString>("threads");
        QTest::newRow("service thread only") << QStringLiteral("0");
        QTest::newRow("one I/O thread") << QStringLiteral("1");
        QTest::newRow("three I/O threads") << QStringLiteral("3");
    }

    void framesKeepTheirOrder()
    {
        QFETCH(QString, threads);
        ServerProcess server;
        QVERIFY(server.start(withThreads(threads)));

        // Eight pages (spread over the threads) each send a burst without waiting for answers.
        constexpr int kPages = 8;
        constexpr int kBurst = 25;
        std::vector<std::unique_ptr<TestClient>> pages;
        for (int p = 0; p < kPages; ++p) {
            pages.push_back(std::make_unique<TestClient>());
            QVERIFY(startSeeker(*pages.back(), server));
        }
        std::vector<QStringList> sent(kPages);
        for (int i = 0; i < kBurst; ++i) {
            for (int p = 0; p < kPages; ++p) {
                sent[p] << pages[p]->send(
                    QStringLiteral("chat.send"),
                    {{QStringLiteral("clientMsgId"), QStringLiteral("m%1").arg(i)},
                     {QStringLiteral("text"), QStringLiteral("page %1 line %2").arg(p).arg(i)}});
            }
        }
        // Each page gets its acknowledgements in the order it wrote, with seq 1, 2, 3…
        for (int p = 0; p < kPages; ++p) {
            for (int i = 0; i < kBurst; ++i) {
                const auto ack = pages[p]->waitForReply(sent[p].at(i));
                QVERIFY2(ack && ack->type == QLatin1String("chat.ack"),
                         qPrintable(QStringLiteral("page %1").arg(p)));
                QCOMPARE(str(ack, "clientMsgId"), QStringLiteral("m%1").arg(i));
                QCOMPARE(ack->body.value(QLatin1String("seq")).toInteger(), i + 1);
            }
        }
        // A replay comes back whole and in order: 25 answers to one request, across the hop.
        const QString sync =
            pages[kPages - 1]->send(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        for (int seq = 1; seq <= kBurst; ++seq) {
            const auto message = pages[kPages - 1]->waitForReply(sync);
            QVERIFY(message);
            QCOMPARE(message->body.value(QLatin1String("seq")).toInteger(), seq);
        }
        for (const auto &page : pages) {
            QCOMPARE(page->invalidFrames(), 0);
            QVERIFY(page->isConnected());
        }
    }

    void badFramesAreStillAnswered()
    {
        ServerProcess server;
        QVERIFY(server.start(withThreads(QStringLiteral("2"))));
        TestClient client;
        QVERIFY(client.open(server.staffUrl()) && client.hello());
        client.sendRaw("{not json");
        QVERIFY(client.waitForError(QStringLiteral("bad_json")));
        // Too many of them close the connection, as on a single thread.
        for (int i = 0; i < 40 && client.isConnected(); ++i)
            client.sendRaw("{not json");
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 1008);
    }

    void closedSocketsFreeTheirPlace()
    {
        ServerProcess server;
        // Six sockets at most; the test's own sockets are the only ones. (Until issue 17 a
        // WebSocket never gave its place back: QWebSocket drops every signal connection of
        // the socket it takes over, the one that told the gate included.)
        QVERIFY(server.start(withThreads(QStringLiteral("3"),
                                         {QStringLiteral("--max-connections"), QStringLiteral("6"),
                                          QStringLiteral("--max-connections-per-source"), QStringLiteral("6"),
                                          QStringLiteral("--connection-limits-loopback")})));
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<TestClient>> pages;
            for (int p = 0; p < 6; ++p) {
                // A closed socket may take a moment to be released (its closing handshake): the
                // place must come back, not stay taken.
                bool started = false;
                for (int attempt = 0; attempt < 25 && !started; ++attempt) {
                    pages.push_back(std::make_unique<TestClient>());
                    started = startSeeker(*pages.back(), server);
                    if (!started) {
                        pages.pop_back();
                        QTest::qWait(200);
                    }
                }
                QVERIFY2(started, qPrintable(QStringLiteral("round %1, page %2").arg(round).arg(p)));
            }
            for (auto &page : pages) {
                page->close();
                QVERIFY(page->waitForDisconnected());
            }
        }
    }

    void stopsCleanlyWithConnectionsOpen()
    {
        ServerProcess server;
        QVERIFY(server.start(withThreads(QStringLiteral("2"))));
        std::vector<std::unique_ptr<TestClient>> pages;
        for (int p = 0; p < 10; ++p) {
            pages.push_back(std::make_unique<TestClient>());
            QVERIFY(startSeeker(*pages.back(), server));
        }
        TestClient volunteer;
        QVERIFY(volunteer.open(server.staffUrl()));
        QVERIFY(
            volunteer.login(QStringLiteral("volunteer"), server.demoPassword(QStringLiteral("volunteer"))));
        QElapsedTimer timer;
        timer.start();
        server.stop(); // SIGTERM; killed (with a warning) if it did not stop within the timeout
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        for (const auto &page : pages)
            QVERIFY(page->waitForDisconnected());
        QVERIFY(volunteer.waitForDisconnected());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationIoThreads)
#include "tst_integration_io_threads.moc"
