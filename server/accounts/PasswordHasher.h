// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <mutex>

namespace ecoute::server {

/// Argon2id password hashing (libargon2), PHC-encoded ("$argon2id$v=19$...").
/// The const members may be called from several threads at once.
class PasswordHasher
{
public:
    struct Cost
    {
        quint32 timeCost = 3;
        quint32 memoryKiB = 64 * 1024;
        quint32 parallelism = 1;
    };

    PasswordHasher() = default;
    explicit PasswordHasher(Cost cost) : m_cost(cost) { }

    /// Returns the encoded hash, or an empty string if hashing failed.
    QString hash(const QString &password) const;
    bool verify(const QString &password, const QString &encoded) const;
    /// Spends the same time as a real verify, so a login for an unknown user
    /// cannot be told apart by its timing.
    void dummyVerify(const QString &password) const;
    /// Computes the hash dummyVerify() checks against (once; dummyVerify does it if needed).
    void prepareDummy() const;

private:
    Cost m_cost;
    mutable std::once_flag m_dummyOnce;
    mutable QString m_dummyHash;
};

} // namespace ecoute::server
