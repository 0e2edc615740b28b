// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/accessibility/Panel.h"

#include <QTimer>

class QLabel;
class QPushButton;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

/// While a contact is offered to this volunteer: who, how long is left, and
/// Accept (Ctrl+Shift+A) / Decline (Ctrl+Shift+D). A panel for assistive technology;
/// the offer itself is announced by OfferAlert.
class OfferBar : public Panel
{
    Q_OBJECT

public:
    explicit OfferBar(models::Workstation &workstation, QWidget *parent = nullptr);

    /// The contact shown (the first one offered), empty when none.
    QString contactId() const { return m_contactId; }
    QString text() const;

private:
    void refresh();

    models::Workstation &m_workstation;
    QLabel *m_label;
    QPushButton *m_accept;
    QPushButton *m_decline;
    QTimer m_tick;
    QString m_contactId;
};

} // namespace ecoute::ui
