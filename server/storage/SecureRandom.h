// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Cryptographic randomness (OpenSSL RAND_bytes) and secret wiping.
namespace ecoute::server::secure {
/// n random bytes from the CSPRNG. Aborts if the CSPRNG fails: continuing
/// with weak randomness would be worse than stopping.
QByteArray randomBytes(int n);
/// 2*nBytes lowercase hex characters.
QString randomHex(int nBytes);
/// A random password of `length` characters from an unambiguous alphabet.
QString randomPassword(int length);
/// Overwrites the buffer in a way the compiler cannot optimise away.
void wipe(QByteArray &bytes);
void wipe(QString &text);
} // namespace ecoute::server::secure
