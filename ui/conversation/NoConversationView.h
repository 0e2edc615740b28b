// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// What the centre of the window shows when no conversation is open: where the person is in
/// their shift and the key to the next step (models::FirstSteps), calm and centred.
class NoConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit NoConversationView(models::Workstation &workstation, QWidget *parent = nullptr);

    QString title() const;
    QString body() const;

private:
    void update();

    models::Workstation &m_workstation;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_body;
};

} // namespace ecoute::ui
