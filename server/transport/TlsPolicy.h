// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

/// The server's TLS settings: TLS 1.3, and TLS 1.2 only with forward-secret
/// AEAD suites (ECDHE with AES-GCM or ChaCha20-Poly1305); no CBC, no static
/// RSA key exchange, no client certificates.
namespace ecoute::server::tls_policy {
QSslConfiguration serverConfiguration(const QSslCertificate &certificate, const QSslKey &key);
/// Whether a cipher suite is allowed by the policy above.
bool isAllowed(const QSslCipher &cipher);
} // namespace ecoute::server::tls_policy
