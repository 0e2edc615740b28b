// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace ecoute::server {

class KeyRing;

/// Seals the free text of contacts (messages, whispers, debriefs, handover
/// notes, supervision requests, practice feedback) before it reaches the
/// database, with XChaCha20-Poly1305 (libsodium's IETF AEAD), a random nonce
/// per value, and the row's identity as associated data, so a sealed value
/// moved to another row, column or table no longer opens.
///
/// A sealed value: 1 byte format (1), 4 bytes key id (big endian), 24 bytes
/// nonce, then the ciphertext with its 16-byte tag. Thread-safe (the key ring
/// is read-only once loaded).
class TranscriptSealer
{
public:
    static constexpr char kFormat = 1;
    static constexpr int kHeaderBytes = 1 + 4 + 24;

    explicit TranscriptSealer(std::shared_ptr<const KeyRing> keys);

    /// The associated data of one value: which table and column, and the
    /// columns that identify its row (e.g. contact id and seq), in order.
    static QByteArray rowIdentity(const QString &table, const QString &column, const QStringList &row);

    QByteArray seal(const QString &text, const QByteArray &rowIdentity) const;
    /// The text, or nullopt if the value is not sealed, was sealed under an
    /// unknown key, for another row, or was changed.
    std::optional<QString> open(const QByteArray &sealed, const QByteArray &rowIdentity) const;
    /// For a column read from the database: a null value stays a null string.
    std::optional<QString> openValue(const QVariant &value, const QByteArray &rowIdentity) const;

    quint32 currentKeyId() const;
    /// The first 5 bytes every value sealed under the current key starts with.
    QByteArray currentPrefix() const;
    static bool isSealed(const QVariant &value);

private:
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace ecoute::server
