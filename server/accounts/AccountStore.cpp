// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/AccountStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include "protocol/MessageCatalog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ecoute::server {

namespace {
const QString kColumns = QStringLiteral("id, name, role, password_hash, display_name, centre, disabled, "
                                        "channels, languages, capacity, in_training, mail_review");

Account fromQuery(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    // The column is checked on write; a damaged one gets the least rights.
    a.role = protocol::fromString<protocol::Role>(q.value(2).toString()).value_or(protocol::Role::Volunteer);
    a.passwordHash = q.value(3).toString();
    a.displayName = q.value(4).toString();
    a.centre = q.value(5).toString();
    a.disabled = q.value(6).toBool();
    // Stored values were checked when written; a damaged one falls back to the defaults.
    const VolunteerProfile defaults;
    a.profile.channels = VolunteerProfile::parseChannels(q.value(7).toString()).value_or(defaults.channels);
    a.profile.languages =
        VolunteerProfile::parseLanguages(q.value(8).toString()).value_or(defaults.languages);
    a.inTraining = q.value(10).toBool();
    a.mailReview = q.value(11).toBool();
    a.profile.capacity =
        VolunteerProfile::parseCapacity(q.value(9).toString(), defaults.capacity).value_or(defaults.capacity);
    return a;
}
} // namespace

bool AccountStore::isValidRole(const QString &role)
{
    return protocol::vocab::roles.contains(role);
}

bool AccountStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

std::optional<Account> AccountStore::findByName(const QString &name) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Account> AccountStore::findById(qint64 id) const
{
    // Checked before every push to a staff connection: a statement prepared once.
    Statement q = m_db.statement(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return fromQuery(*q);
}

QList<Account> AccountStore::all() const
{
    QList<Account> accounts;
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns)))
        return accounts;
    while (q.next())
        accounts.append(fromQuery(q));
    return accounts;
}

int AccountStore::count() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

qint64 AccountStore::add(const QString &name, const QString &role, const QString &passwordHash,
                         const QString &displayName)
{
    if (!isValidName(name) || !isValidRole(role) || passwordHash.isEmpty())
        return 0;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO users (name, role, password_hash, display_name, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(passwordHash);
    q.addBindValue(displayName.isEmpty() ? QVariant() : QVariant(displayName));
    q.addBindValue(Database::nowUtc());
    if (!q.exec()) {
        qCWarning(lcDb) << "could not add account:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool AccountStore::setPasswordHash(const QString &name, const QString &passwordHash)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(name);
    return q.exec() && q.numRowsAffected() == 1;
}

bool AccountStore::setProfile(const QString &name, const VolunteerProfile &profile)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE users SET channels = ?, languages = ?, capacity = ? WHERE name = ?"));
    q.addBindValue(profile.channelsText());
    q.addBindValue(profile.languagesText());
    q.addBindValue(profile.capacityText());
    q.addBindValue(name);
    return q.exec() && q.numRowsAffected() == 1;
}

bool AccountStore::setCentre(const QString &name, const QString &centre)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE users SET centre = ? WHERE name = ?"));
    q.addBindValue(centre);
    q.addBindValue(name);
    return q.exec() && q.numRowsAffected() == 1;
}

bool AccountStore::setInTraining(const QString &name, bool inTraining)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE users SET in_training = ? WHERE name = ?"));
    q.addBindValue(inTraining ? 1 : 0);
    q.addBindValue(name);
    return q.exec() && q.numRowsAffected() == 1;
}

bool AccountStore::setMailReview(const QString &name, bool reviewed)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE users SET mail_review = ? WHERE name = ?"));
    q.addBindValue(reviewed ? 1 : 0);
    q.addBindValue(name);
    return q.exec() && q.numRowsAffected() == 1;
}

bool AccountStore::setDisabled(const QString &name, bool disabled)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(name);
    return q.exec() && q.numRowsAffected() == 1;
}

} // namespace ecoute::server
