// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/KeyDerivation.h"

#include <argon2.h>
#include <sodium.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ecoute::notes {

namespace {

// Context strings for crypto_kdf: exactly 8 bytes each, one per use of the master key.
constexpr char databaseKeyContext[] = "ecoutedb";
constexpr char keyCheckContext[] = "ecoutekc";
constexpr char keyCheckMessage[] = "ecoute-notes key check v1";

std::chrono::nanoseconds measureArgon2(const KdfParameters &parameters)
{
    const QByteArray salt(KeyDerivation::saltSize, '\0');
    const SecretBytes passphrase = SecretBytes::copyOf("calibration", 11);
    QElapsedTimer timer;
    timer.start();
    const SecretBytes master = KeyDerivation::deriveMaster(passphrase, salt, parameters);
    return std::chrono::nanoseconds(timer.nsecsElapsed());
}

} // namespace

bool KdfParameters::isAcceptable() const
{
    const KdfParameters least = floor();
    return memoryKiB >= least.memoryKiB && memoryKiB <= maximumMemoryKiB && iterations >= least.iterations
        && iterations <= maximumIterations && parallelism >= 1 && parallelism <= 16;
}

QJsonObject KdfParameters::toJson() const
{
    return {{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
            {QStringLiteral("version"), 0x13},
            {QStringLiteral("memoryKiB"), static_cast<qint64>(memoryKiB)},
            {QStringLiteral("iterations"), static_cast<qint64>(iterations)},
            {QStringLiteral("parallelism"), static_cast<qint64>(parallelism)}};
}

std::optional<KdfParameters> KdfParameters::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id")
        || json.value(QStringLiteral("version")).toInt() != 0x13)
        return std::nullopt;
    const auto field = [&json](const char *name) -> qint64 {
        const QJsonValue value = json.value(QLatin1String(name));
        return value.isDouble() ? value.toInteger(-1) : -1;
    };
    const qint64 memory = field("memoryKiB");
    const qint64 iterations = field("iterations");
    const qint64 parallelism = field("parallelism");
    if (memory < 0 || iterations < 0 || parallelism < 0 || memory > UINT32_MAX || iterations > UINT32_MAX
        || parallelism > UINT32_MAX)
        return std::nullopt;
    KdfParameters parameters {static_cast<quint32>(memory), static_cast<quint32>(iterations),
                              static_cast<quint32>(parallelism)};
    if (!parameters.isAcceptable())
        return std::nullopt;
    return parameters;
}

KdfCalibrator::KdfCalibrator(Measure measure)
    : m_measure(measure ? std::move(measure) : Measure(measureArgon2))
{
}

KdfParameters KdfCalibrator::calibrate(std::chrono::milliseconds target) const
{
    using std::chrono::duration;
    KdfParameters parameters = KdfParameters::floor();
    const double targetSeconds = duration<double>(target).count();
    double seconds = duration<double>(m_measure(parameters)).count();
    if (seconds <= 0 || seconds >= targetSeconds)
        return parameters;

    // Argon2 time is about linear in memory × passes. Spend the budget on memory first
    // (what makes guessing expensive on GPUs), keeping room for the floor's 2 passes.
    const double memoryScale = targetSeconds / seconds;
    const double wantedMemory = std::min<double>(parameters.memoryKiB * memoryScale, memoryCapKiB);
    const quint32 memory = std::clamp<quint32>(static_cast<quint32>(wantedMemory / 1024.0) * 1024,
                                               parameters.memoryKiB, memoryCapKiB);
    if (memory != parameters.memoryKiB) {
        parameters.memoryKiB = memory;
        seconds = duration<double>(m_measure(parameters)).count();
        if (seconds <= 0 || seconds >= targetSeconds)
            return parameters;
    }
    // Clamped while still a double: a very fast measurement must not overflow the cast.
    const double passes = std::round(parameters.iterations * targetSeconds / seconds);
    parameters.iterations = static_cast<quint32>(
        std::clamp<double>(passes, KdfParameters::floor().iterations, KdfParameters::maximumIterations));
    return parameters;
}

QByteArray KeyDerivation::randomSalt()
{
    ensureSodiumReady();
    QByteArray salt(saltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return salt;
}

SecretBytes KeyDerivation::deriveMaster(const SecretBytes &passphrase, const QByteArray &salt,
                                        const KdfParameters &parameters)
{
    if (!parameters.isAcceptable())
        throw std::invalid_argument("Argon2 parameters below the floor or beyond the limits");
    SecretBytes master(keySize);
    const int status = argon2id_hash_raw(parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                                         passphrase.data(), passphrase.size(), salt.constData(),
                                         static_cast<size_t>(salt.size()), master.data(), master.size());
    if (status != ARGON2_OK)
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(status));
    return master;
}

DerivedKeys KeyDerivation::split(const SecretBytes &master)
{
    DerivedKeys keys {SecretBytes(keySize), QByteArray(keySize, Qt::Uninitialized)};
    crypto_kdf_derive_from_key(keys.databaseKey.data(), keySize, 1, databaseKeyContext, master.data());
    SecretBytes checkKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(checkKey.data(), checkKey.size(), 2, keyCheckContext, master.data());
    crypto_generichash(reinterpret_cast<unsigned char *>(keys.keyCheck.data()), keySize,
                       reinterpret_cast<const unsigned char *>(keyCheckMessage), sizeof keyCheckMessage - 1,
                       checkKey.data(), checkKey.size());
    return keys;
}

DerivedKeys KeyDerivation::derive(const SecretBytes &passphrase, const QByteArray &salt,
                                  const KdfParameters &parameters)
{
    return split(deriveMaster(passphrase, salt, parameters));
}

bool KeyDerivation::keyCheckMatches(const QByteArray &expected, const QByteArray &actual)
{
    return expected.size() == keySize && actual.size() == keySize
        && sodium_memcmp(expected.constData(), actual.constData(), keySize) == 0;
}

} // namespace ecoute::notes
