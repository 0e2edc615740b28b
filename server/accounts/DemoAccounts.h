// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace ecoute::server {

class AccountStore;
class PasswordHasher;

/// Demo/test accounts, one per role (volunteer, supervisor, trainer, admin),
/// with random 16-character passwords. Created only if missing.
namespace demo {
/// Returns (user, password) for each account created now.
QList<QPair<QString, QString>> ensureAccounts(AccountStore &accounts, const PasswordHasher &hasher);
} // namespace demo

} // namespace ecoute::server
