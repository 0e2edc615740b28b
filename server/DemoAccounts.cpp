// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAccounts.h"

#include "AccountStore.h"
#include "PasswordHasher.h"
#include "SecureRandom.h"

#include "protocol/MessageCatalog.h"

namespace ecoute::server::demo {

QList<QPair<QString, QString>> ensureAccounts(AccountStore &accounts, const PasswordHasher &hasher)
{
    QList<QPair<QString, QString>> created;
    for (const QString &role : protocol::vocab::roles) {
        // The role doubles as user name: "volunteer", "supervisor", ...
        if (accounts.findByName(role))
            continue;
        const QString password = secure::randomPassword(16);
        QString displayName = role;
        displayName[0] = displayName[0].toUpper();
        if (accounts.add(role, role, hasher.hash(password), displayName) != 0)
            created.append({role, password});
    }
    return created;
}

} // namespace ecoute::server::demo
