// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"
#include "UiTestSupport.h"
#include "models/workstation/Workstation.h"
#include "ui/connection/LoginDialog.h"

#include <QLineEdit>
#include <QTest>

namespace ecoute::testing {

/// Logs a demo account in through the real login dialog, as a person would.
inline bool logInThroughDialog(models::Workstation &workstation, const ServerProcess &server,
                               const QString &user, int timeoutMs = 15000)
{
    ui::LoginDialog dialog(workstation);
    dialog.show();
    auto *address = child<QLineEdit>(&dialog, "serverAddress");
    auto *userName = child<QLineEdit>(&dialog, "userName");
    auto *password = child<QLineEdit>(&dialog, "password");
    if (!address || !userName || !password)
        return false;
    address->clear();
    QTest::keyClicks(address, server.staffUrl().toString());
    userName->clear();
    QTest::keyClicks(userName, user);
    QTest::keyClicks(password, server.demoPassword(user));
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, timeoutMs)) {
        qWarning() << "login did not succeed:" << dialog.statusText();
        return false;
    }
    return workstation.session().isLoggedIn();
}

} // namespace ecoute::testing
