// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/WindowMemory.h"

#include "models/workstation/Preferences.h"

#include <QMainWindow>

namespace ecoute::ui {

namespace {
// Bumped when the docks change, so an old arrangement is not forced onto a new layout.
constexpr int kLayoutVersion = 2;
} // namespace

bool WindowMemory::restore(QMainWindow &window, const QString &user, const QString &server) const
{
    const QString account = models::Preferences::accountKey(server, user);
    const QByteArray geometry = m_preferences.windowGeometry(account);
    if (geometry.isEmpty())
        return false;
    window.restoreGeometry(geometry);
    window.restoreState(m_preferences.windowState(account), kLayoutVersion);
    return true;
}

void WindowMemory::save(const QMainWindow &window, const QString &user, const QString &server)
{
    if (user.isEmpty())
        return;
    m_preferences.saveWindowState(models::Preferences::accountKey(server, user), window.saveGeometry(),
                                  window.saveState(kLayoutVersion));
}

} // namespace ecoute::ui
