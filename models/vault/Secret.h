// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace ecoute::notes {

/// Initialises libsodium once per process; every user of SecretBytes calls it.
void ensureSodiumReady();

/// Overwrites the characters of a string that nobody else shares, then empties it.
/// A shared (implicitly copied) string cannot be reached, so callers hand in their only copy.
void wipe(QString &text);
void wipe(QByteArray &bytes);

/// Bytes of a passphrase or key. They live in libsodium's guarded, mlock()ed memory
/// (not swapped out, not next to other heap data) and are zeroed when the object dies.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    /// Takes the UTF-8 form of `text` and wipes `text`.
    static SecretBytes takeUtf8(QString &text);
    static SecretBytes copyOf(const void *bytes, std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Constant-time comparison.
    bool equals(const SecretBytes &other) const;
    /// SQLCipher's raw key form `x'<64 hex digits>'`, itself a secret.
    SecretBytes toSqlCipherKeySpec() const;
    /// The same, written into out (at least sqlCipherKeySpecCapacity() bytes, a buffer the
    /// caller locks and wipes); returns its length, 0 if out is too small.
    std::size_t writeSqlCipherKeySpec(unsigned char *out, std::size_t capacity) const;
    std::size_t sqlCipherKeySpecCapacity() const { return m_size * 2 + 4; }

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace ecoute::notes
