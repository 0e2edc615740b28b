// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Secret.h"

#include <QByteArray>
#include <QJsonObject>

#include <chrono>
#include <functional>
#include <optional>

namespace ecoute::notes {

/// Argon2id cost. Stored in the vault header so the same key can be derived again.
struct KdfParameters
{
    quint32 memoryKiB = 0;
    quint32 iterations = 0;
    quint32 parallelism = 1;

    /// The least we ever use, even in tests: 64 MiB and 2 passes.
    static KdfParameters floor() { return {64 * 1024, 2, 1}; }
    /// Sane upper bounds, so a tampered header cannot make unlocking hang or exhaust memory.
    static constexpr quint32 maximumMemoryKiB = 4u * 1024 * 1024;
    static constexpr quint32 maximumIterations = 64;

    bool isAcceptable() const;
    QJsonObject toJson() const;
    static std::optional<KdfParameters> fromJson(const QJsonObject &json);
    friend bool operator==(const KdfParameters &, const KdfParameters &) = default;
};

/// Finds parameters that take about `target` on this machine, never below the floor.
/// Memory grows first (up to a cap friendly to small laptops), then passes.
class KdfCalibrator
{
public:
    using Measure = std::function<std::chrono::nanoseconds(const KdfParameters &)>;

    /// `measure` times one derivation; the default runs Argon2id for real.
    explicit KdfCalibrator(Measure measure = {});

    KdfParameters calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500)) const;

    static constexpr quint32 memoryCapKiB = 256 * 1024;

private:
    Measure m_measure;
};

/// The keys that come out of one passphrase: the master key never touches the
/// database; two BLAKE2b subkeys are derived from it for the two different uses.
struct DerivedKeys
{
    SecretBytes databaseKey; ///< 32 bytes, given to SQLCipher as a raw key
    QByteArray keyCheck; ///< 32 bytes, stored in the header to tell a wrong passphrase from damage
};

class KeyDerivation
{
public:
    static constexpr int saltSize = 16;
    static constexpr int keySize = 32;

    static QByteArray randomSalt();
    /// Argon2id; throws std::runtime_error if libargon2 refuses (e.g. out of memory).
    static SecretBytes deriveMaster(const SecretBytes &passphrase, const QByteArray &salt,
                                    const KdfParameters &parameters);
    static DerivedKeys split(const SecretBytes &master);
    static DerivedKeys derive(const SecretBytes &passphrase, const QByteArray &salt,
                              const KdfParameters &parameters);
    static bool keyCheckMatches(const QByteArray &expected, const QByteArray &actual);
};

} // namespace ecoute::notes
