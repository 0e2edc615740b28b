// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/CertificatePins.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::CertificatePins;
using Verdict = CertificatePins::Verdict;

namespace {
QByteArray sha(const char *seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}
} // namespace

class TestCertificatePins : public QObject
{
    Q_OBJECT

private slots:
    void pinMatchMismatchForget()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("pins.ini");
        {
            QSettings settings(file, QSettings::IniFormat);
            CertificatePins pins(settings);
            QCOMPARE(pins.check("ecoute.example.org:8443", sha("a")), Verdict::Unknown);
            pins.pin("ecoute.example.org:8443", sha("a"));
            QCOMPARE(pins.check("ecoute.example.org:8443", sha("a")), Verdict::Match);
            QCOMPARE(pins.check("ecoute.example.org:8443", sha("b")), Verdict::Mismatch);
            QCOMPARE(pins.check("ecoute.example.org:9443", sha("a")), Verdict::Unknown);
        }
        {
            // persisted
            QSettings settings(file, QSettings::IniFormat);
            CertificatePins pins(settings);
            QCOMPARE(pins.check("ecoute.example.org:8443", sha("a")), Verdict::Match);
            pins.forget("ecoute.example.org:8443");
            QCOMPARE(pins.check("ecoute.example.org:8443", sha("b")), Verdict::Unknown);
        }
    }

    void formatsFingerprint()
    {
        const QString text = CertificatePins::formatFingerprint(QByteArray::fromHex("0aff10"));
        QCOMPARE(text, QStringLiteral("0A:FF:10"));
    }
};

QTEST_GUILESS_MAIN(TestCertificatePins)
#include "tst_certificatepins.moc"
