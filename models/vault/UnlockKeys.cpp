// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/UnlockKeys.h"

#include <exception>

namespace ecoute::notes {

UnlockKeys UnlockKeys::derive(const SecretBytes &passphrase, const UnlockRequest &request)
{
    UnlockKeys result;
    try {
        DerivedKeys keys = KeyDerivation::derive(passphrase, request.current.salt, request.current.kdf);
        if (request.current.matches(keys)) {
            result.match = Match::Current;
            result.databaseKey = std::move(keys.databaseKey);
            return result;
        }
        if (request.pending) {
            keys = KeyDerivation::derive(passphrase, request.pending->salt, request.pending->kdf);
            if (request.pending->matches(keys)) {
                result.match = Match::Pending;
                result.databaseKey = std::move(keys.databaseKey);
            }
        }
    } catch (const std::exception &) {
        result.match = Match::Failed;
    }
    return result;
}

} // namespace ecoute::notes
