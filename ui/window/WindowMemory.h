// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMainWindow;

namespace ecoute::models {
class Preferences;
}

namespace ecoute::ui {

/// Remembers a window's size, position and dock layout per user and server (kept by
/// models::Preferences), so each person who shares a workstation at the centre finds their own
/// arrangement.
class WindowMemory
{
public:
    explicit WindowMemory(models::Preferences &preferences) : m_preferences(preferences) { }

    /// False when nothing was saved for this user yet (the window keeps its default layout).
    bool restore(QMainWindow &window, const QString &user, const QString &server) const;
    void save(const QMainWindow &window, const QString &user, const QString &server);

private:
    models::Preferences &m_preferences;
};

} // namespace ecoute::ui
