// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/KeyDerivation.h"
#include "models/vault/SqlCipher.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ecoute::notes {

/// What is needed to derive one key from a passphrase and to recognise it.
struct KeySlot
{
    KdfParameters kdf;
    QByteArray salt;
    QByteArray keyCheck;

    bool matches(const DerivedKeys &keys) const
    {
        return KeyDerivation::keyCheckMatches(keyCheck, keys.keyCheck);
    }
};

/// The small unencrypted file beside the database: salt, Argon2 parameters, key check
/// and the format SQLCipher wrote. Holds nothing secret. `pending` exists only while a
/// passphrase change is under way, so an interruption never leaves a key nobody can derive.
struct VaultHeader
{
    CipherFormat format = CipherFormat::SqlCipher3Compat;
    KeySlot current;
    std::optional<KeySlot> pending;

    enum class LoadStatus { Loaded, Missing, Malformed };
    struct Loaded;
    static Loaded load(const QString &path);
    /// Atomic replace (write, fsync, rename), mode 0600. Returns false on I/O failure.
    bool save(const QString &path) const;
};

struct VaultHeader::Loaded
{
    LoadStatus status = LoadStatus::Missing;
    VaultHeader header;
};

} // namespace ecoute::notes
