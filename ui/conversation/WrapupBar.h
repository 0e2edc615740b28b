// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/accessibility/Panel.h"

#include <QTimer>

class QLabel;
class QPushButton;

namespace ecoute::models {
class Session;
}

namespace ecoute::ui {

/// Shown during the wrap-up after a contact: the time left, "End wrap-up"
/// (Ctrl+Shift+W) and "+2 min" (Ctrl+Shift+E; Ctrl+Shift+M mutes a call). A panel for assistive technology.
class WrapupBar : public Panel
{
    Q_OBJECT

public:
    static constexpr int extensionSeconds = 120;

    explicit WrapupBar(models::Session &session, QWidget *parent = nullptr);

    QString text() const;

private:
    void refresh();

    models::Session &m_session;
    QLabel *m_label;
    QPushButton *m_end;
    QPushButton *m_extend;
    QTimer m_tick;
};

} // namespace ecoute::ui
