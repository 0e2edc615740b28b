// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/ServerAddress.h"

#include <QtTest>

using ecoute::models::ServerAddress;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("hostAndPort");
        QTest::newRow("host:port") << "ecoute.example.org:8443"
                                   << "wss://ecoute.example.org:8443/ws/staff"
                                   << "ecoute.example.org:8443";
        QTest::newRow("host only") << "ecoute.example.org"
                                   << "wss://ecoute.example.org/ws/staff"
                                   << "ecoute.example.org:443";
        QTest::newRow("https") << "https://ecoute.example.org:8443/"
                               << "wss://ecoute.example.org:8443/ws/staff"
                               << "ecoute.example.org:8443";
        QTest::newRow("wss with path") << "  wss://ecoute.example.org:8443/ws/staff  "
                                       << "wss://ecoute.example.org:8443/ws/staff"
                                       << "ecoute.example.org:8443";
        QTest::newRow("loopback ws") << "ws://127.0.0.1:4567"
                                     << "ws://127.0.0.1:4567/ws/staff"
                                     << "127.0.0.1:4567";
        QTest::newRow("loopback http") << "http://localhost:4567"
                                       << "ws://localhost:4567/ws/staff"
                                       << "localhost:4567";
        QTest::newRow("ipv6") << "wss://[2001:db8::1]:8443"
                              << "wss://[2001:db8::1]:8443/ws/staff"
                              << "[2001:db8::1]:8443";
    }
    void normalizes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QFETCH(QString, hostAndPort);
        const ServerAddress address = ServerAddress::parse(typed);
        QVERIFY2(address.isValid(), qPrintable(address.error()));
        QCOMPARE(address.url().toString(), url);
        QCOMPARE(address.hostAndPort(), hostAndPort);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "  ";
        QTest::newRow("plain ws to a remote host") << "ws://ecoute.example.org:80";
        QTest::newRow("plain http to a remote host") << "http://10.0.0.5:8080";
        QTest::newRow("ftp") << "ftp://ecoute.example.org";
        QTest::newRow("credentials in url") << "wss://user:pw@ecoute.example.org";
    }
    void refuses()
    {
        QFETCH(QString, typed);
        const ServerAddress address = ServerAddress::parse(typed);
        QVERIFY(!address.isValid());
        QVERIFY(!address.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
