// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace ecoute::server::mail {

/// Where the line's mailbox is and how to log in. The password is wiped from memory when the last
/// copy of the account goes away.
struct MailAccount
{
    /// imaps://host:port/INBOX, or imap://host:port/INBOX (then STARTTLS is required).
    QUrl imapUrl;
    /// smtp://host:587/ehlo-name (STARTTLS required) or smtps://host:465/ehlo-name.
    QUrl smtpUrl;
    QString user;
    QByteArray password;
    /// PEM file of the CA(s) to trust; empty: the system's CAs.
    QString caFile;
    int timeoutSeconds = 30;

    MailAccount() = default;
    MailAccount(const MailAccount &) = default;
    MailAccount(MailAccount &&) = default;
    MailAccount &operator=(const MailAccount &) = default;
    MailAccount &operator=(MailAccount &&) = default;
    ~MailAccount();

    /// Reads the password from a file (--mail-password-file): its first line, without the line end.
    /// On failure, *error (when given) says why, without the file's content.
    bool readPasswordFile(const QString &path, QString *error = nullptr);
};

/// Overwrites the bytes of a secret when nobody else shares them (QByteArray is implicitly shared:
/// wiping a shared buffer would wipe the other copies too; the last owner wipes).
void wipeSecret(QByteArray &secret);

} // namespace ecoute::server::mail
