// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace ecoute::server {

class KeyRing;

/// Recognises a writer without storing who they are: a keyed hash (BLAKE2b under a key of its own,
/// mail-identity.keys in the data directory, never rotated) of the normalised address, or of a web
/// mailbox's chosen name. Without the key file, the hashes cannot be tested against a list of addresses.
class WriterIdentity
{
public:
    static constexpr auto kFileName = "mail-identity.keys";

    explicit WriterIdentity(std::unique_ptr<KeyRing> key);
    ~WriterIdentity();

    /// Loads the key from the data directory, creating it the first time; nullptr with *error.
    static std::unique_ptr<WriterIdentity> open(const QString &dataDir, QString *error);
    /// A key of this process only (tests).
    static std::unique_ptr<WriterIdentity> ephemeral();

    /// 32 hex characters for a normalised address (mail/address/AddressNormaliser).
    QString ofAddress(const QString &normalisedAddress) const;
    /// The same for a web mailbox's name (case-insensitive: "Nuit" and "nuit" are one mailbox).
    QString ofMailboxName(const QString &name) const;

private:
    QString hash(char domain, const QString &value) const;

    std::unique_ptr<KeyRing> m_key;
};

} // namespace ecoute::server
