// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/identity/IdentityKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace ecoute::voice {

namespace {

constexpr qsizetype kKeyBytes = crypto_generichash_KEYBYTES;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthersMayTouch =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

std::optional<QByteArray> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<QByteArray> load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(error, QStringLiteral("caller hash key %1 is not a regular file").arg(path));
    if (QFile::permissions(path) & kOthersMayTouch)
        return fail(error,
                    QStringLiteral("caller hash key %1 may be read or written by other users; "
                                   "make it private (chmod 600) and restart")
                        .arg(path));
    if (info.size() != kKeyBytes)
        return fail(error,
                    QStringLiteral("caller hash key %1 has %2 bytes instead of %3; "
                                   "restore it from a backup (a new key forgets every caller)")
                        .arg(path)
                        .arg(info.size())
                        .arg(kKeyBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error,
                    QStringLiteral("cannot read caller hash key %1: %2").arg(path, file.errorString()));
    QByteArray key = file.read(kKeyBytes + 1);
    if (key.size() != kKeyBytes) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        return fail(error, QStringLiteral("caller hash key %1 could not be read whole").arg(path));
    }
    return key;
}

std::optional<QByteArray> create(const QString &path, QString *error)
{
    QByteArray key(kKeyBytes, '\0');
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    QSaveFile file(path);
    // Private before the first byte is written; the rename keeps the temporary file's mode.
    const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnly)
        && file.write(key) == key.size() && file.commit();
    if (!ok) {
        const QString reason = file.errorString();
        file.cancelWriting();
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        return fail(error, QStringLiteral("cannot create caller hash key %1: %2").arg(path, reason));
    }
    if (QFile::permissions(path) & kOthersMayTouch) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        QFile::remove(path);
        return fail(error, QStringLiteral("cannot make caller hash key %1 private").arg(path));
    }
    return key;
}

} // namespace

QString IdentityKey::fileName(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("caller-hash.key"));
}

std::optional<QByteArray> IdentityKey::loadOrCreate(const QString &dataDir, QString *error)
{
    if (dataDir.isEmpty())
        return fail(error, QStringLiteral("no data directory for the caller hash key"));
    if (sodium_init() < 0)
        return fail(error, QStringLiteral("libsodium could not be initialised"));
    if (!QFileInfo::exists(dataDir)) {
        if (!QDir().mkpath(dataDir))
            return fail(error, QStringLiteral("cannot create data directory %1").arg(dataDir));
        QFile::setPermissions(dataDir, kOwnerOnly | QFileDevice::ExeOwner);
    }
    // One bridge process owns the data directory, so nothing else creates the key meanwhile.
    const QString path = fileName(dataDir);
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return load(path, error);
    return create(path, error);
}

} // namespace ecoute::voice
