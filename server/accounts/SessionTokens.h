// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

/// Staff session tokens: 256 random bits as 64 hex characters, valid 12 hours.
/// Only the SHA-256 of a token is stored, so a copy of the database does not
/// let anyone log in.
class SessionTokens
{
public:
    static constexpr int kTokenBytes = 32;
    static constexpr qint64 kLifetimeSecs = qint64 {12} * 60 * 60;

    struct Session
    {
        qint64 userId = 0;
        QDateTime expiresAt;
        QString presence; ///< last presence chosen in this session, restored on resume
    };
    struct Issued
    {
        QString token;
        QDateTime expiresAt;
    };

    explicit SessionTokens(Database &db) : m_db(db) { }

    std::optional<Issued> issue(qint64 userId);
    /// The session if the token is known and not expired.
    std::optional<Session> lookup(const QString &token) const;
    void setPresence(const QString &token, const QString &presence);
    void revoke(const QString &token);
    void revokeAllOf(qint64 userId);
    void purgeExpired();

    static QString hashToken(const QString &token);

private:
    Database &m_db;
};

} // namespace ecoute::server
