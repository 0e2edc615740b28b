// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/TranscriptVault.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/KeyRing.h"
#include "server/storage/TranscriptResealer.h"
#include "server/storage/TranscriptRetention.h"
#include "server/storage/TranscriptSealer.h"

#include <QDir>
#include <QFileInfo>

#include <chrono>

namespace ecoute::server {

TranscriptVault::TranscriptVault() = default;
TranscriptVault::~TranscriptVault() = default;

QString TranscriptVault::keyFilePath(const QString &dataDir, bool *fromCredential)
{
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    const QString credential = QDir(credentials).filePath(QStringLiteral("ecoute-transcript-key"));
    const bool useCredential = !credentials.isEmpty() && QFileInfo::exists(credential);
    if (fromCredential)
        *fromCredential = useCredential;
    return useCredential ? credential : QDir(dataDir).filePath(QStringLiteral("transcript-keys"));
}

std::unique_ptr<QLockFile> TranscriptVault::lockDataDir(const QString &dataDir, QString *error)
{
    auto lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("ecoute-server.lock")));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (!lock->tryLock(0)) {
        *error = QStringLiteral("another ecoute-server (or a key rotation) is using the data directory %1")
                     .arg(dataDir);
        return nullptr;
    }
    return lock;
}

bool TranscriptVault::loadKeys(Database &db, const QString &keyPath, bool mayCreate, QString *error)
{
    if (!QFileInfo::exists(keyPath)) {
        if (!mayCreate || TranscriptResealer(db).holdsText()) {
            *error = QStringLiteral("the transcript key file %1 is missing, and the database holds "
                                    "transcripts: restore the key file (from where it was backed up, "
                                    "apart from the database)")
                         .arg(keyPath);
            return false;
        }
        if (!KeyRing::create(keyPath, error))
            return false;
        qCInfo(lcDb) << "transcript key file created";
    }
    std::shared_ptr<const KeyRing> keys = KeyRing::load(keyPath, error);
    if (!keys)
        return false;
    db.setSealer(std::make_shared<TranscriptSealer>(std::move(keys)));
    return true;
}

bool TranscriptVault::open(Database &db, const QString &dataDir, int retentionDays, QString *error)
{
    m_lock = lockDataDir(dataDir, error);
    if (!m_lock)
        return false;
    bool fromCredential = false;
    const QString keyPath = keyFilePath(dataDir, &fromCredential);
    if (!loadKeys(db, keyPath, !fromCredential, error))
        return false;
    TranscriptResealer resealer(db);
    if (resealer.pending()) {
        const auto outcome = resealer.run();
        qCInfo(lcDb) << outcome.resealed << "stored texts sealed with the current transcript key";
        if (!outcome.ok || outcome.unreadable > 0) {
            *error = QStringLiteral("%1 stored texts could not be sealed with the current transcript key "
                                    "(sealed under a key missing from %2, or altered)")
                         .arg(outcome.unreadable)
                         .arg(keyPath);
            return false;
        }
    }
    m_retention = std::make_unique<TranscriptRetention>(db, retentionDays);
    m_retention->runNow();
    m_retention->schedule(std::chrono::hours(1));
    return true;
}

} // namespace ecoute::server
