// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/Secret.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <stdexcept>
#include <utility>

namespace ecoute::notes {

void ensureSodiumReady()
{
    // sodium_init() is idempotent and thread-safe; it returns 1 when already initialised.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

void wipe(QString &text)
{
    if (text.isDetached() && !text.isEmpty())
        sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

SecretBytes::SecretBytes(std::size_t size)
{
    ensureSodiumReady();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::release()
{
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecretBytes SecretBytes::takeUtf8(QString &text)
{
    QByteArray utf8 = text.toUtf8();
    wipe(text);
    SecretBytes secret = copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    return secret;
}

SecretBytes SecretBytes::copyOf(const void *bytes, std::size_t size)
{
    SecretBytes secret(size);
    if (size > 0)
        std::memcpy(secret.m_data, bytes, size);
    return secret;
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

std::size_t SecretBytes::writeSqlCipherKeySpec(unsigned char *out, std::size_t capacity) const
{
    // x' + hex + ' ; sodium_bin2hex writes a terminating NUL, so one byte more is needed.
    const std::size_t hexLength = m_size * 2;
    if (capacity < sqlCipherKeySpecCapacity())
        return 0;
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(out + 2), hexLength + 1, m_data, m_size);
    out[2 + hexLength] = '\'';
    return hexLength + 3; // the NUL stays inside the buffer, outside the key spec
}

SecretBytes SecretBytes::toSqlCipherKeySpec() const
{
    SecretBytes spec(sqlCipherKeySpecCapacity());
    spec.m_size = writeSqlCipherKeySpec(spec.m_data, spec.m_size);
    return spec;
}

} // namespace ecoute::notes
