// SPDX-License-Identifier: GPL-3.0-or-later
// Trust on first use against a real TLS server: an unknown certificate blocks
// until trusted, a pinned one connects, a changed one is refused for good. The pin
// decides even when an authority the system trusts signed the certificate (a
// throw-away CA and an in-test server), and the volunteer is asked only once the
// failed handshake is torn down, never from inside the socket's signal.

#include "RecordingTlsServer.h"
#include "ServerProcess.h"
#include "ThrowAwayCertificateAuthority.h"
#include "models/connection/Connection.h"
#include "protocol/Envelope.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <memory>

using ecoute::models::CertificatePins;
using ecoute::models::Connection;
using ecoute::models::ServerAddress;
using ecoute::testing::RecordingTlsServer;
using ecoute::testing::ServerProcess;
using ecoute::testing::ThrowAwayCertificateAuthority;

namespace {
constexpr int kTimeout = 15000;

/// Pins kept in a throw-away settings file.
struct TemporaryPins
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("pins.ini")), QSettings::IniFormat};
    CertificatePins pins {settings};
};

/// Sends something as soon as the connection says it may, as Session does with its hello.
void sendOnConnected(Connection &connection)
{
    QObject::connect(&connection, &Connection::connected, &connection, [&connection] {
        connection.send(ecoute::protocol::Envelope::make(QStringLiteral("ping")));
    });
}
} // namespace

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

        QVERIFY2(m_authority.create(), "openssl could not make a throw-away CA");
    }

    void init()
    {
        setSystemTrustsAuthority(true);
        m_caServer =
            std::make_unique<RecordingTlsServer>(m_authority.serverCertificate(), m_authority.serverKey(),
                                                 QList<QSslCertificate> {m_authority.authority()});
        QVERIFY(m_caServer->listen());
        m_caAddress = ServerAddress::parse(m_caServer->staffUrl());
        QVERIFY(m_caAddress.isValid());
    }

    void systemTrustsTheCaSignedCertificate()
    {
        // What made the finding possible: without a pin, Qt alone accepts this server.
        QWebSocket plain;
        QSignalSpy errors(&plain, &QWebSocket::sslErrors);
        QSignalSpy connected(&plain, &QWebSocket::connected);
        plain.open(QUrl(m_caServer->staffUrl()));
        QVERIFY(connected.wait(kTimeout));
        QCOMPARE(errors.count(), 0);
    }

    void caSignedCertificateForAnotherKeyIsRefused()
    {
        TemporaryPins store;
        store.pins.pin(m_caAddress.hostAndPort(),
                       QCryptographicHash::hash("the key the admin announced", QCryptographicHash::Sha256));
        Connection connection(store.pins);
        sendOnConnected(connection);
        QSignalSpy changed(&connection, &Connection::certificateChanged);
        QSignalSpy connected(&connection, &Connection::connected);

        connection.open(m_caAddress);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeout);
        QCOMPARE(changed.first().at(1).toByteArray(), serverFingerprint());
        QCOMPARE(connection.state(), Connection::State::CertificateBlocked);
        QTest::qWait(300); // anything the client might still send would arrive now
        QCOMPARE(connected.count(), 0);
        QVERIFY(m_caServer->handshakesStarted >= 1);
        // Refused during the TLS handshake: no upgrade request, no frame ever left.
        QCOMPARE(m_caServer->handshakesCompleted, 0);
        QCOMPARE(m_caServer->upgrades, 0);
        QCOMPARE(m_caServer->framesReceived, 0);
    }

    void caSignedCertificateWithTheRightPinConnects()
    {
        TemporaryPins store;
        store.pins.pin(m_caAddress.hostAndPort(), serverFingerprint());
        Connection connection(store.pins);
        sendOnConnected(connection);
        QSignalSpy connected(&connection, &Connection::connected);

        connection.open(m_caAddress);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_caServer->framesReceived, 1, kTimeout);
    }

    void caSignedCertificateIsTrustedOnFirstUseToo()
    {
        TemporaryPins store;
        Connection connection(store.pins);
        sendOnConnected(connection);
        QSignalSpy needsTrust(&connection, &Connection::certificateNeedsTrust);

        connection.open(m_caAddress);
        QTRY_COMPARE_WITH_TIMEOUT(needsTrust.count(), 1, kTimeout);
        // The server's own certificate, never its issuer's.
        QCOMPARE(needsTrust.first().at(0).toByteArray(), serverFingerprint());
        QCOMPARE(m_caServer->framesReceived, 0);
        connection.trustCertificate(needsTrust.first().at(0).toByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(m_caServer->framesReceived, 1, kTimeout);
    }

    void askedOnlyOnceTheHandshakeIsTornDown()
    {
        // The volunteer reads the fingerprint slowly while the server gives up on the
        // handshake. A dialog's event loop run inside sslErrors crashed here. (Untrusted CA:
        // before the fix, only such certificates were asked about.)
        setSystemTrustsAuthority(false);
        m_caServer->cutHandshakesAfter(100);
        TemporaryPins store;
        Connection connection(store.pins);
        sendOnConnected(connection);
        int asked = 0;
        bool socketAliveWhenAsked = false;
        QByteArray offered;
        connect(&connection, &Connection::certificateNeedsTrust, this, [&](const QByteArray &sha256) {
            ++asked;
            offered = sha256;
            const auto sockets = connection.findChildren<QWebSocket *>();
            for (const QWebSocket *socket : sockets)
                socketAliveWhenAsked |= socket->state() != QAbstractSocket::UnconnectedState;
            QTest::qWait(600); // as a modal dialog's event loop would
        });

        connection.open(m_caAddress);
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, kTimeout);
        QVERIFY2(!socketAliveWhenAsked, "asked while the handshake was still under way");
        m_caServer->cutHandshakesAfter(0);
        QSignalSpy connected(&connection, &Connection::connected);
        connection.trustCertificate(offered);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kTimeout);
        QCOMPARE(asked, 1);
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
    /// Whether the "system" (Qt's default configuration, which every new socket starts from)
    /// trusts the throw-away CA.
    void setSystemTrustsAuthority(bool trusts)
    {
        QSslConfiguration system = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> authorities = system.caCertificates();
        authorities.removeAll(m_authority.authority());
        if (trusts)
            authorities.append(m_authority.authority());
        system.setCaCertificates(authorities);
        QSslConfiguration::setDefaultConfiguration(system);
    }

    QByteArray serverFingerprint() const
    {
        return CertificatePins::fingerprint(m_authority.serverCertificate());
    }

    ServerProcess m_server;
    ServerAddress m_address;
    ThrowAwayCertificateAuthority m_authority;
    std::unique_ptr<RecordingTlsServer> m_caServer;
    ServerAddress m_caAddress;
};

QTEST_GUILESS_MAIN(TestCertificatePinning)
#include "tst_certificate_pinning.moc"
