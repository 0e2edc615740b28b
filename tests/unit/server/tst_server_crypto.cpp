// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/PasswordHasher.h"
#include "server/accounts/PasswordVerifier.h"
#include "server/storage/SecureRandom.h"
#include "server/transport/TlsCertificate.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

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

    void verifierDeliversResultsOnTheEventLoop()
    {
        const PasswordHasher hasher(PasswordHasher::Cost {1, 8 * 1024, 1});
        const QString encoded = hasher.hash(QStringLiteral("right"));
        PasswordVerifier verifier(hasher);
        QObject context;
        std::optional<PasswordVerifier::Outcome> good;
        std::optional<PasswordVerifier::Outcome> bad;
        std::optional<PasswordVerifier::Outcome> unknown;
        QString right = QStringLiteral("right");
        QString wrong = QStringLiteral("wrong");
        QString any = QStringLiteral("right");
        QVERIFY(verifier.verify(right, encoded, &context, [&](auto o) { good = o; }));
        QVERIFY(verifier.verify(wrong, encoded, &context, [&](auto o) { bad = o; }));
        QVERIFY(verifier.verify(any, QString(), &context, [&](auto o) { unknown = o; })); // dummy
        QVERIFY(right.isEmpty()); // the buffer was taken over
        // Never answered from inside verify(): the caller is not re-entered.
        QVERIFY(!good && !bad && !unknown);
        QTRY_VERIFY_WITH_TIMEOUT(good && bad && unknown, 30000);
        QCOMPARE(*good, PasswordVerifier::Outcome::Match);
        QCOMPARE(*bad, PasswordVerifier::Outcome::Mismatch);
        QCOMPARE(*unknown, PasswordVerifier::Outcome::Mismatch);
        QCOMPARE(verifier.pending(), 0);
    }

    void verifierBoundsItsQueue()
    {
        const PasswordHasher hasher(PasswordHasher::Cost {1, 8 * 1024, 1});
        const QString encoded = hasher.hash(QStringLiteral("pw"));
        PasswordVerifier verifier(hasher, 1, 2); // one at a time, two waiting
        QObject keep;
        auto gone = std::make_unique<QObject>();
        QList<PasswordVerifier::Outcome> outcomes;
        const auto record = [&outcomes](PasswordVerifier::Outcome o) {
            outcomes.append(o);
        };
        QString p1 = QStringLiteral("pw"), p2 = QStringLiteral("pw"), p3 = QStringLiteral("pw"),
                p4 = QStringLiteral("pw");
        QVERIFY(verifier.verify(p1, encoded, &keep, record)); // runs
        QVERIFY(verifier.verify(p2, encoded, gone.get(), record)); // waits
        QVERIFY(verifier.verify(p3, encoded, &keep, record)); // waits
        QVERIFY(!verifier.verify(p4, encoded, &keep, record)); // refused: queue full
        QVERIFY(p4.isEmpty()); // wiped even when refused
        QCOMPARE(verifier.pending(), 3);
        gone.reset(); // its connection went away: its verification is skipped
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, 30000);
        QCOMPARE(outcomes.count(PasswordVerifier::Outcome::Match), 2);
        QCOMPARE(outcomes.count(PasswordVerifier::Outcome::Cancelled), 1);
        QCOMPARE(verifier.pending(), 0);
        QString p5 = QStringLiteral("pw");
        QVERIFY(verifier.verify(p5, encoded, &keep, record)); // room again
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 4, 30000);
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
