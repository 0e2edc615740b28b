// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// The permanent part of the status bar: the shift state and the link to the server, each as an
/// icon with its text (never colour alone), so both can be read at a glance and by a screen reader.
class StatusIndicators : public QWidget
{
    Q_OBJECT

public:
    explicit StatusIndicators(models::Workstation &workstation, QWidget *parent = nullptr);

    QString shiftText() const;
    QString connectionText() const;

private:
    void updateShift();
    void updateConnection();

    models::Workstation &m_workstation;
    QLabel *m_shiftIcon;
    QLabel *m_shift;
    QLabel *m_connectionIcon;
    QLabel *m_connection;
    QTimer m_tick; ///< the wrap-up countdown
};

} // namespace ecoute::ui
