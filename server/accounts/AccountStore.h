// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/VolunteerProfile.h"

#include "protocol/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

struct Account
{
    qint64 id = 0;
    QString name;
    protocol::Role role = protocol::Role::Volunteer; ///< stored as its name (users.role)
    QString passwordHash;
    QString displayName;
    QString centre;
    bool disabled = false;
    VolunteerProfile profile;
    bool inTraining = false; ///< receives practice contacts only, never real ones
    bool mailReview = false; ///< e-mail replies wait for a supervisor's approval before they leave

    /// The roles that answer help-seekers.
    bool takesContacts() const
    {
        return role == protocol::Role::Volunteer || role == protocol::Role::Supervisor;
    }
};

/// Staff accounts (table users). Passwords arrive here already hashed.
class AccountStore
{
public:
    explicit AccountStore(Database &db) : m_db(db) { }

    static bool isValidRole(const QString &role);
    static bool isValidName(const QString &name);

    std::optional<Account> findByName(const QString &name) const;
    std::optional<Account> findById(qint64 id) const;
    QList<Account> all() const;
    int count() const;

    /// Returns the new account id, or 0 if the name exists or the write failed.
    qint64 add(const QString &name, const QString &role, const QString &passwordHash,
               const QString &displayName = {});
    bool setPasswordHash(const QString &name, const QString &passwordHash);
    bool setDisabled(const QString &name, bool disabled);
    bool setProfile(const QString &name, const VolunteerProfile &profile);
    bool setCentre(const QString &name, const QString &centre);
    bool setInTraining(const QString &name, bool inTraining);
    bool setMailReview(const QString &name, bool reviewed);

private:
    Database &m_db;
};

} // namespace ecoute::server
