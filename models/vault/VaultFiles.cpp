// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/VaultFiles.h"

#include "models/vault/Secret.h"

#include <sodium.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ecoute::notes {

VaultFiles VaultFiles::inDirectory(const QString &directory, const QString &baseName)
{
    const QString base = QDir(directory).filePath(baseName + QStringLiteral(".notes"));
    return {base, base + QStringLiteral(".header"), base + QStringLiteral(".throttle")};
}

VaultFiles VaultFiles::forAccount(const QString &directory, const QString &server, const QString &account)
{
    ensureSodiumReady();
    const QByteArray identity = server.toUtf8() + '\n' + account.toUtf8();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(identity.constData()),
                       static_cast<unsigned long long>(identity.size()), nullptr, 0);
    const QByteArray name = QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
    return inDirectory(directory, QString::fromLatin1(name));
}

QString VaultFiles::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("notes"));
}

bool VaultFiles::ensureDirectory() const
{
    const QString directory = QFileInfo(database).absolutePath();
    if (!QDir().mkpath(directory))
        return false;
    return QFile::setPermissions(directory,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QStringList VaultFiles::databaseCompanions() const
{
    return {database + QStringLiteral("-journal"), database + QStringLiteral("-wal"),
            database + QStringLiteral("-shm")};
}

} // namespace ecoute::notes
