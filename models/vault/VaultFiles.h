// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ecoute::notes {

/// Where one account's notes live: one database per account per OS user, in the
/// platform's application data folder, with its unencrypted header beside it.
struct VaultFiles
{
    QString database;
    QString header;
    QString throttleState;

    /// `<directory>/<baseName>.notes`, `.notes.header`, `.notes.throttle`.
    static VaultFiles inDirectory(const QString &directory, const QString &baseName);
    /// The file name is a hash of server and account, so it does not reveal the account name.
    static VaultFiles forAccount(const QString &directory, const QString &server, const QString &account);
    /// `<AppDataLocation>/notes`.
    static QString defaultDirectory();
    /// Creates the folder with mode 0700 if needed. Returns false if it cannot.
    bool ensureDirectory() const;

    /// The files SQLite may create beside the database (journal, WAL, shared memory).
    QStringList databaseCompanions() const;
};

} // namespace ecoute::notes
