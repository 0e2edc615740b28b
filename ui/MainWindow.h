// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

class ConnectionBanner;
class ConversationTabs;
class InboxView;
class ShiftBar;

/// Composes the panes; the behaviour lives in models::Workstation and in the panes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(models::Workstation &workstation, QWidget *parent = nullptr);

    ConnectionBanner *banner() const { return m_banner; }
    ConversationTabs *conversations() const { return m_tabs; }
    InboxView *inbox() const { return m_inbox; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void logInAgain();

    models::Workstation &m_workstation;
    ShiftBar *m_shiftBar;
    ConnectionBanner *m_banner;
    InboxView *m_inbox;
    ConversationTabs *m_tabs;
};

} // namespace ecoute::ui
