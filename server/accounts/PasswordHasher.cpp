// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/PasswordHasher.h"

#include "server/storage/SecureRandom.h"

#include <argon2.h>

#include <vector>

namespace ecoute::server {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
} // namespace

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray pwd = password.toUtf8();
    const QByteArray salt = secure::randomBytes(kSaltBytes);
    const size_t encodedLength = argon2_encodedlen(m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism,
                                                   kSaltBytes, kHashBytes, Argon2_id);
    std::vector<char> encoded(encodedLength + 1, '\0');
    const int rc = argon2id_hash_encoded(m_cost.timeCost, m_cost.memoryKiB, m_cost.parallelism,
                                         pwd.constData(), static_cast<size_t>(pwd.size()), salt.constData(),
                                         kSaltBytes, kHashBytes, encoded.data(), encoded.size());
    secure::wipe(pwd);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.data());
}

bool PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    QByteArray pwd = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    const int rc = argon2id_verify(enc.constData(), pwd.constData(), static_cast<size_t>(pwd.size()));
    secure::wipe(pwd);
    return rc == ARGON2_OK;
}

void PasswordHasher::prepareDummy() const
{
    std::call_once(m_dummyOnce, [this] { m_dummyHash = hash(secure::randomPassword(20)); });
}

void PasswordHasher::dummyVerify(const QString &password) const
{
    prepareDummy();
    verify(password, m_dummyHash);
}

} // namespace ecoute::server
