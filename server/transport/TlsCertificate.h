// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace ecoute::server {

/// The server's TLS identity: <dir>/server.crt and <dir>/server.key (0600).
/// Without one, a self-signed EC P-256 certificate (CN=ecoute-server, SAN
/// localhost, 127.0.0.1, ::1 and the host name, SHA-256, ~2 years) is made
/// with OpenSSL. Operators may replace both files with a real certificate.
class TlsCertificate
{
public:
    struct Pem
    {
        QByteArray certificate;
        QByteArray privateKey;
    };

    /// Loads the pair from dir, generating it first if missing.
    bool loadOrCreate(const QString &dir);
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    /// SHA-256 of the certificate as "AA:BB:...".
    QString fingerprint() const;
    QString error() const { return m_error; }

    /// A fresh self-signed certificate and its key, PEM-encoded.
    static std::optional<Pem> generateSelfSigned(const QString &hostName);
    /// True if the private key belongs to the certificate.
    static bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};

} // namespace ecoute::server
