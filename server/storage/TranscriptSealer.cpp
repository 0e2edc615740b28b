// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/TranscriptSealer.h"

#include "server/storage/KeyRing.h"

#include <sodium.h>

namespace ecoute::server {

namespace {
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(TranscriptSealer::kHeaderBytes == 1 + 4 + kNonceBytes);
static_assert(KeyRing::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QByteArray prefixFor(quint32 keyId)
{
    QByteArray prefix(5, Qt::Uninitialized);
    prefix[0] = TranscriptSealer::kFormat;
    for (int i = 0; i < 4; ++i)
        prefix[1 + i] = static_cast<char>(keyId >> (24 - 8 * i));
    return prefix;
}
} // namespace

TranscriptSealer::TranscriptSealer(std::shared_ptr<const KeyRing> keys) : m_keys(std::move(keys)) { }

QByteArray TranscriptSealer::rowIdentity(const QString &table, const QString &column, const QStringList &row)
{
    // NUL-separated: no part can run into the next one.
    QByteArray identity = QByteArrayLiteral("ecoute.sealed.v1");
    for (const QString &part : QStringList {table, column} + row) {
        identity.append('\0');
        identity.append(part.toUtf8());
    }
    return identity;
}

quint32 TranscriptSealer::currentKeyId() const
{
    return m_keys->currentId();
}

QByteArray TranscriptSealer::currentPrefix() const
{
    return prefixFor(currentKeyId());
}

bool TranscriptSealer::isSealed(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray && value.toByteArray().size() >= kHeaderBytes + kTagBytes
        && value.toByteArray().at(0) == kFormat;
}

QByteArray TranscriptSealer::seal(const QString &text, const QByteArray &rowIdentity) const
{
    QByteArray plain = text.toUtf8();
    QByteArray sealed = prefixFor(currentKeyId());
    sealed.resize(kHeaderBytes + plain.size() + kTagBytes);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out + 5, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + kHeaderBytes, &written, bytes(plain), static_cast<unsigned long long>(plain.size()),
        bytes(rowIdentity), static_cast<unsigned long long>(rowIdentity.size()), nullptr, out + 5,
        m_keys->key(currentKeyId()));
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return sealed;
}

std::optional<QString> TranscriptSealer::open(const QByteArray &sealed, const QByteArray &rowIdentity) const
{
    if (sealed.size() < kHeaderBytes + kTagBytes || sealed.at(0) != kFormat)
        return std::nullopt;
    const unsigned char *in = bytes(sealed);
    const quint32 keyId =
        (quint32(in[1]) << 24) | (quint32(in[2]) << 16) | (quint32(in[3]) << 8) | quint32(in[4]);
    const unsigned char *key = m_keys->key(keyId);
    if (!key)
        return std::nullopt;
    QByteArray plain(sealed.size() - kHeaderBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, in + kHeaderBytes,
            static_cast<unsigned long long>(sealed.size() - kHeaderBytes), bytes(rowIdentity),
            static_cast<unsigned long long>(rowIdentity.size()), in + 5, key)
        != 0) {
        return std::nullopt;
    }
    QString text = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return text;
}

std::optional<QString> TranscriptSealer::openValue(const QVariant &value, const QByteArray &rowIdentity) const
{
    if (value.isNull())
        return QString();
    if (value.typeId() != QMetaType::QByteArray)
        return std::nullopt; // clear text left from before sealing: the start of the server seals it
    return open(value.toByteArray(), rowIdentity);
}

} // namespace ecoute::server
