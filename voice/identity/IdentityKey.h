// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ecoute::voice {

/// The key of the callers' hashes: 32 random bytes in `<data dir>/caller-hash.key`, created
/// with mode 0600 on first use, refused if it is readable by others or has the wrong size.
class IdentityKey
{
public:
    static QString fileName(const QString &dataDir);
    /// The key, created if missing; nullopt with a clear English `error` (for the log) otherwise.
    static std::optional<QByteArray> loadOrCreate(const QString &dataDir, QString *error);
};

} // namespace ecoute::voice
