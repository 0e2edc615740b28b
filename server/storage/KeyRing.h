// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <memory>

namespace ecoute::server {

/// The keys that seal transcripts at rest, kept apart from the database: a
/// file of 0600 (or a systemd credential) holding "ECTKEYS1" then records of a
/// 4-byte key id (big endian) and 32 random bytes. The last record is the key
/// for new writes; the older ones stay readable until everything was re-sealed.
/// Key bytes live in one sodium_malloc'd block, read-only once loaded, wiped on destruction.
class KeyRing
{
public:
    static constexpr std::size_t kKeyBytes = 32;

    ~KeyRing();
    KeyRing(const KeyRing &) = delete;
    KeyRing &operator=(const KeyRing &) = delete;

    /// Reads a key file. nullptr with *error if it is missing, not a regular
    /// file, readable or writable by anyone but its owner, or malformed.
    static std::unique_ptr<KeyRing> load(const QString &path, QString *error);
    /// Writes a new key file with one key (refuses to replace an existing file).
    static bool create(const QString &path, QString *error);
    /// Rewrites the file (atomically, 0600) with one more key, which becomes
    /// the current one; the new key id goes to *newId.
    static bool addKey(const QString &path, quint32 *newId, QString *error);
    /// A key that exists only in this process (unit tests, tools that never read text).
    static std::unique_ptr<KeyRing> ephemeral();

    quint32 currentId() const { return m_ids.constLast(); }
    /// The key with this id, or nullptr.
    const unsigned char *key(quint32 id) const;
    int size() const { return static_cast<int>(m_ids.size()); }

private:
    KeyRing() = default;

    QList<quint32> m_ids;
    unsigned char *m_keys = nullptr; ///< m_ids.size() * kKeyBytes, sodium_malloc'd
};

} // namespace ecoute::server
