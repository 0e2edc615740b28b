// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

/// One help-seeker's web mailbox: found by the keyed hash of its chosen name, opened with a password
/// (Argon2id, PHC-encoded). Nothing here says who the person is.
struct Mailbox
{
    qint64 id = 0;
    QString nameHash;
    QString passwordHash;
    QString language;
};

/// The web mailboxes (table mailboxes) and their optional notice addresses (table mail_notices,
/// sealed like transcripts: a "you have an answer" notice goes there, never the letter).
class MailboxStore
{
public:
    explicit MailboxStore(Database &db) : m_db(db) { }

    /// A new mailbox; nullopt if the name hash is taken (or the database failed).
    std::optional<Mailbox> create(const QString &nameHash, const QString &passwordHash,
                                  const QString &language);
    std::optional<Mailbox> findByNameHash(const QString &nameHash) const;
    /// The mailbox a page's session token (its hash: SessionTokens::hashToken) opens.
    std::optional<Mailbox> findByTokenHash(const QString &tokenHash) const;
    /// One session token per mailbox: a new one replaces the last (the old page must log in again).
    bool setTokenHash(qint64 id, const QString &tokenHash);

    /// Stores (or replaces) the notice address, sealed.
    bool setNoticeAddress(qint64 mailboxId, const QString &address);
    /// The notice address, opened; empty if there is none.
    QString noticeAddress(qint64 mailboxId) const;
    bool forgetNotice(qint64 mailboxId);

private:
    std::optional<Mailbox> findBy(const char *column, const QString &value) const;

    Database &m_db;
};

} // namespace ecoute::server
