// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace ecoute::server {

class Database;
class TranscriptRetention;

/// Transcripts at rest for the running server: takes the data directory's
/// lock (a key rotation needs the server stopped), loads the transcript keys
/// into the database's sealer, seals what an older version left in clear, and
/// runs the retention of ended contacts' text.
class TranscriptVault
{
public:
    TranscriptVault();
    ~TranscriptVault();
    TranscriptVault(const TranscriptVault &) = delete;
    TranscriptVault &operator=(const TranscriptVault &) = delete;

    /// After db.open(): false with *error if the server must not start.
    bool open(Database &db, const QString &dataDir, int retentionDays, QString *error);

    /// $CREDENTIALS_DIRECTORY/ecoute-transcript-key when systemd passes that
    /// credential, else DATA/transcript-keys.
    static QString keyFilePath(const QString &dataDir, bool *fromCredential = nullptr);
    /// Loads the key ring at keyPath into db's sealer. A missing key file is
    /// created (mayCreate) when the database holds no text yet; otherwise it is
    /// an error (the text would be lost).
    static bool loadKeys(Database &db, const QString &keyPath, bool mayCreate, QString *error);
    /// The lock a running server holds on its data directory.
    static std::unique_ptr<QLockFile> lockDataDir(const QString &dataDir, QString *error);

private:
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<TranscriptRetention> m_retention;
};

} // namespace ecoute::server
