// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/CertificatePins.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslCertificate>

namespace ecoute::models {

CertificatePins::CertificatePins(QSettings &settings) : m_settings(settings) { }

QString CertificatePins::keyFor(const QString &hostAndPort)
{
    // QSettings treats '/' and '\' as group separators; hex keeps keys opaque and safe.
    return QStringLiteral("certificatePins/") + QString::fromLatin1(hostAndPort.toLower().toUtf8().toHex());
}

CertificatePins::Verdict CertificatePins::check(const QString &hostAndPort, const QByteArray &sha256) const
{
    const QByteArray known = pinned(hostAndPort);
    if (known.isEmpty())
        return Verdict::Unknown;
    return known == sha256 ? Verdict::Match : Verdict::Mismatch;
}

QByteArray CertificatePins::pinned(const QString &hostAndPort) const
{
    return QByteArray::fromHex(m_settings.value(keyFor(hostAndPort)).toString().toLatin1());
}

void CertificatePins::pin(const QString &hostAndPort, const QByteArray &sha256)
{
    m_settings.setValue(keyFor(hostAndPort), QString::fromLatin1(sha256.toHex()));
    m_settings.sync();
}

void CertificatePins::forget(const QString &hostAndPort)
{
    m_settings.remove(keyFor(hostAndPort));
    m_settings.sync();
}

QByteArray CertificatePins::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificatePins::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace ecoute::models
