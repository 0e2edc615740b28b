// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/WriterIdentity.h"

#include "server/storage/KeyRing.h"

#include <QDir>
#include <QFileInfo>

#include <sodium.h>

namespace ecoute::server {

WriterIdentity::WriterIdentity(std::unique_ptr<KeyRing> key) : m_key(std::move(key)) { }

WriterIdentity::~WriterIdentity() = default;

std::unique_ptr<WriterIdentity> WriterIdentity::open(const QString &dataDir, QString *error)
{
    const QString path = QDir(dataDir).filePath(QLatin1String(kFileName));
    if (!QFileInfo::exists(path) && !KeyRing::create(path, error))
        return nullptr;
    auto key = KeyRing::load(path, error);
    if (!key)
        return nullptr;
    return std::make_unique<WriterIdentity>(std::move(key));
}

std::unique_ptr<WriterIdentity> WriterIdentity::ephemeral()
{
    return std::make_unique<WriterIdentity>(KeyRing::ephemeral());
}

QString WriterIdentity::ofAddress(const QString &normalisedAddress) const
{
    return hash('a', normalisedAddress);
}

QString WriterIdentity::ofMailboxName(const QString &name) const
{
    return hash('n', name.trimmed().toCaseFolded());
}

QString WriterIdentity::hash(char domain, const QString &value) const
{
    // A domain byte first: an address and a mailbox name never share a hash.
    QByteArray input = value.toUtf8();
    input.prepend(domain);
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<unsigned long long>(input.size()), m_key->key(m_key->currentId()),
                       KeyRing::kKeyBytes);
    sodium_memzero(input.data(), static_cast<size_t>(input.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace ecoute::server
