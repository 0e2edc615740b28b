// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/MailAccount.h"

#include <QFile>

#include <sodium.h>

namespace ecoute::server::mail {

namespace {
constexpr qint64 kMaxPasswordFile = 4096;
}

void wipeSecret(QByteArray &secret)
{
    if (!secret.isEmpty() && secret.isDetached())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

MailAccount::~MailAccount()
{
    wipeSecret(password);
}

bool MailAccount::readPasswordFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the mail password file: %1").arg(file.errorString());
        return false;
    }
    if (file.size() > kMaxPasswordFile) {
        if (error)
            *error = QStringLiteral("the mail password file is larger than %1 bytes").arg(kMaxPasswordFile);
        return false;
    }
    QByteArray content = file.read(kMaxPasswordFile + 1);
    qsizetype end = content.indexOf('\n');
    if (end < 0)
        end = content.size();
    if (end > 0 && content.at(end - 1) == '\r')
        --end;
    wipeSecret(password);
    password = content.left(end);
    wipeSecret(content);
    if (password.isEmpty()) {
        if (error)
            *error = QStringLiteral("the mail password file is empty");
        return false;
    }
    return true;
}

} // namespace ecoute::server::mail
