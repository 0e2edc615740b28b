// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/VaultHeader.h"

#include <optional>

namespace ecoute::notes {

/// What deriving an unlock key needs from the header: the key slots, nothing secret.
struct UnlockRequest
{
    KeySlot current;
    std::optional<KeySlot> pending; ///< while a passphrase change is unfinished
};

/// The Argon2id part of unlocking, apart from the vault so it can run on a worker
/// thread: it touches no file, no timer, no object of the vault.
struct UnlockKeys
{
    enum class Match { None, Current, Pending, Failed };

    Match match = Match::None; ///< Failed: libargon2 refused (e.g. out of memory)
    SecretBytes databaseKey; ///< valid for Current or Pending

    /// Tries the current slot, then the pending one.
    static UnlockKeys derive(const SecretBytes &passphrase, const UnlockRequest &request);
};

} // namespace ecoute::notes
