// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/TlsPolicy.h"

#include <QSslCipher>

namespace ecoute::server::tls_policy {

bool isAllowed(const QSslCipher &cipher)
{
    if (cipher.protocol() == QSsl::TlsV1_3)
        return true; // every TLS 1.3 suite is AEAD with ephemeral key exchange
    const QString name = cipher.name();
    const bool forwardSecret = name.startsWith(QLatin1String("ECDHE-"));
    const bool aead =
        name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20-POLY1305"));
    return forwardSecret && aead;
}

QSslConfiguration serverConfiguration(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    QList<QSslCipher> allowed;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (isAllowed(cipher))
            allowed.append(cipher);
    }
    config.setCiphers(allowed);
    return config;
}

} // namespace ecoute::server::tls_policy
