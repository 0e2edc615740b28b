// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/DemoAccounts.h"

#include "server/accounts/AccountStore.h"
#include "server/accounts/PasswordHasher.h"
#include "server/storage/SecureRandom.h"

#include "protocol/MessageCatalog.h"

namespace ecoute::server::demo {

QList<QPair<QString, QString>> ensureAccounts(AccountStore &accounts, const PasswordHasher &hasher)
{
    // The role doubles as user name: "volunteer", "supervisor", ...; a second
    // volunteer lets the demo show an offer moving on to someone else.
    QList<QPair<QString, QString>> demoUsers;
    for (const protocol::Role role : protocol::allValues<protocol::Role>()) {
        demoUsers.append({protocol::toString(role), protocol::toString(role)});
        if (role == protocol::Role::Volunteer)
            demoUsers.append({QStringLiteral("volunteer2"), protocol::toString(role)});
    }
    VolunteerProfile everything; // demo staff answer in every language of the line
    everything.languages = protocol::vocab::languages;

    QList<QPair<QString, QString>> created;
    for (const auto &[name, role] : demoUsers) {
        if (accounts.findByName(name))
            continue;
        const QString password = secure::randomPassword(16);
        QString displayName = name;
        displayName[0] = displayName[0].toUpper();
        if (accounts.add(name, role, hasher.hash(password), displayName) != 0
            && accounts.setProfile(name, everything)) {
            created.append({name, password});
        }
    }
    return created;
}

} // namespace ecoute::server::demo
