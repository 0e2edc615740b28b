// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// The supervisor's team board: who is on shift, in which role and status, with
/// how many conversations (no content). Refreshed every 20 seconds while shown,
/// and on demand (F5).
class TeamBoard : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 20000;

    explicit TeamBoard(models::Workstation &workstation, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateLabel();

    models::Workstation &m_workstation;
    QTableView *m_table;
    QLabel *m_updated;
    QPushButton *m_refresh;
    QTimer m_timer;
};

} // namespace ecoute::ui
