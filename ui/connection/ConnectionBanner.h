// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// A strip under the shift bar that says when the link to the server is down
/// ("Reconnecting…") and hides itself once the session is back.
class ConnectionBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBanner(models::Workstation &workstation, QWidget *parent = nullptr);

    bool isReconnecting() const { return m_reconnecting; }

private:
    void showProblem(const QString &text, bool severe);
    void hideProblem();

    bool m_reconnecting = false;
};

} // namespace ecoute::ui
