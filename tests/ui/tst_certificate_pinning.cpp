// SPDX-License-Identifier: GPL-3.0-or-later
// Trust on first use against a real TLS server: an unknown certificate blocks
// until trusted, a pinned one connects, a changed one is refused for good.

#include "ServerProcess.h"
#include "models/Connection.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::CertificatePins;
using ecoute::models::Connection;
using ecoute::models::ServerAddress;
using ecoute::testing::ServerProcess;

namespace {
constexpr int kTimeout = 15000;
}

class TestCertificatePinning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.tls = true;
        QVERIFY2(m_server.start(options), "ecoute-server did not start with TLS");
        m_address = ServerAddress::parse(m_server.staffUrl().toString());
        QVERIFY(m_address.isValid());
        QCOMPARE(m_address.url().scheme(), QStringLiteral("wss"));
    }

    void unknownCertificateWaitsForTrust()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("pins.ini"), QSettings::IniFormat);
        CertificatePins pins(settings);
        Connection connection(pins);
        QSignalSpy needsTrust(&connection, &Connection::certificateNeedsTrust);
        QSignalSpy connected(&connection, &Connection::connected);

        connection.open(m_address);
        QTRY_COMPARE_WITH_TIMEOUT(needsTrust.count(), 1, kTimeout);
        QCOMPARE(connection.state(), Connection::State::CertificateBlocked);
        QCOMPARE(connected.count(), 0);
        const QByteArray fingerprint = needsTrust.first().at(0).toByteArray();
        QCOMPARE(needsTrust.first().at(1).toString(), m_address.hostAndPort());
        if (!m_server.tlsFingerprint().isEmpty()) {
            QCOMPARE(CertificatePins::formatFingerprint(fingerprint).toUpper(),
                     m_server.tlsFingerprint().toUpper());
        }

        connection.trustCertificate(fingerprint);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kTimeout);
        QCOMPARE(pins.check(m_address.hostAndPort(), fingerprint), CertificatePins::Verdict::Match);
    }

    void changedCertificateIsRefused()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("pins.ini"), QSettings::IniFormat);
        CertificatePins pins(settings);
        pins.pin(m_address.hostAndPort(),
                 QCryptographicHash::hash("another server", QCryptographicHash::Sha256));
        Connection connection(pins);
        QSignalSpy changed(&connection, &Connection::certificateChanged);
        QSignalSpy connected(&connection, &Connection::connected);

        connection.open(m_address);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeout);
        QCOMPARE(connection.state(), Connection::State::CertificateBlocked);
        // No automatic retry either: it stays blocked until the volunteer acts.
        QTest::qWait(1500);
        QCOMPARE(connected.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(connection.state(), Connection::State::CertificateBlocked);
    }

private:
    ServerProcess m_server;
    ServerAddress m_address;
};

QTEST_GUILESS_MAIN(TestCertificatePinning)
#include "tst_certificate_pinning.moc"
