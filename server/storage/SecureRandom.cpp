// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/SecureRandom.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace ecoute::server::secure {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), n) != 1)
        std::abort();
    return bytes;
}

QString randomHex(int nBytes)
{
    return QString::fromLatin1(randomBytes(nBytes).toHex());
}

QString randomPassword(int length)
{
    // No 0/O, 1/l/I: passwords get read aloud and typed by hand.
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr unsigned alphabetSize = sizeof(alphabet) - 1;
    QString password;
    while (password.size() < length) {
        const QByteArray bytes = randomBytes(length);
        for (const char b : bytes) {
            const auto value = static_cast<unsigned char>(b);
            // Rejection sampling keeps the distribution uniform.
            if (value < 256 - (256 % alphabetSize) && password.size() < length)
                password += QLatin1Char(alphabet[value % alphabetSize]);
        }
    }
    return password;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace ecoute::server::secure
