// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ecoute::server {

/// "ecoute-server keys rotate [--data-dir DIR] [--key-file PATH]": adds a new
/// transcript key (the one new text is sealed with), then re-seals every stored
/// text with it in batches. The server must be stopped (its data-directory lock).
/// Old keys stay in the file so that older backups of the database stay readable.
class KeysCli
{
    Q_DECLARE_TR_FUNCTIONS(KeysCli)

public:
    static int run(const QStringList &arguments);
};

} // namespace ecoute::server
