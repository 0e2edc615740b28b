// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"
#include "SecureRandom.h"
#include "TlsCertificate.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::server;

class TestServerCrypto : public QObject
{
    Q_OBJECT

private slots:
    void argon2RoundTrip()
    {
        const PasswordHasher hasher;
        const QString hash = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(hash.contains(QLatin1String("m=65536,t=3,p=1")));
        QVERIFY(hasher.verify(QStringLiteral("correct horse battery"), hash));
        QVERIFY(!hasher.verify(QStringLiteral("correct horse batterx"), hash));
        QVERIFY(!hasher.verify(QString(), hash));
    }

    void argon2SaltsDiffer()
    {
        const PasswordHasher hasher;
        const QString a = hasher.hash(QStringLiteral("same password"));
        const QString b = hasher.hash(QStringLiteral("same password"));
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b);
        QVERIFY(hasher.verify(QStringLiteral("same password"), b));
    }

    void verifyRejectsGarbage()
    {
        const PasswordHasher hasher;
        QVERIFY(!hasher.verify(QStringLiteral("x"), QStringLiteral("plain-text")));
        QVERIFY(!hasher.verify(QStringLiteral("x"), QStringLiteral("$argon2id$broken")));
    }

    void randomHelpers()
    {
        QCOMPARE(secure::randomHex(32).size(), 64);
        QVERIFY(secure::randomHex(32) != secure::randomHex(32));
        const QString password = secure::randomPassword(16);
        QCOMPARE(password.size(), 16);
        for (const QChar c : password)
            QVERIFY(c.isLetterOrNumber());
        QByteArray secret("secret");
        secure::wipe(secret);
        QVERIFY(secret.isEmpty());
    }

    void selfSignedCertificate()
    {
        const auto pem = TlsCertificate::generateSelfSigned(QStringLiteral("ecoute-host"));
        QVERIFY(pem.has_value());
        QVERIFY(TlsCertificate::keyMatchesCertificate(pem->certificate, pem->privateKey));
        const auto other = TlsCertificate::generateSelfSigned(QStringLiteral("ecoute-host"));
        QVERIFY(other.has_value());
        QVERIFY(!TlsCertificate::keyMatchesCertificate(pem->certificate, other->privateKey));

        const auto certs = QSslCertificate::fromData(pem->certificate, QSsl::Pem);
        QCOMPARE(certs.size(), 1);
        const QSslCertificate &cert = certs.first();
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName),
                 QStringList {QStringLiteral("ecoute-server")});
        const auto san = cert.subjectAlternativeNames();
        QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("ecoute-host")));
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(365));
        QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
    }

    void loadOrCreateKeepsTheCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tlsDir = dir.filePath(QStringLiteral("tls"));
        TlsCertificate first;
        QVERIFY2(first.loadOrCreate(tlsDir), qPrintable(first.error()));
        QVERIFY(!first.privateKey().isNull());
        QCOMPARE(first.fingerprint().count(u':'), 31);
        const auto keyPermissions = QFile::permissions(tlsDir + QStringLiteral("/server.key"));
        QVERIFY(keyPermissions & QFileDevice::ReadOwner);
        QVERIFY(!(keyPermissions
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                     | QFileDevice::WriteOther)));

        TlsCertificate second;
        QVERIFY(second.loadOrCreate(tlsDir));
        QCOMPARE(second.fingerprint(), first.fingerprint());
    }
};

QTEST_GUILESS_MAIN(TestServerCrypto)
#include "tst_server_crypto.moc"
