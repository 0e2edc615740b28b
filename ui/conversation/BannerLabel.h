// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/style/Theme.h"

#include <QAccessible>
#include <QLabel>

namespace ecoute::ui {

/// A banner of the conversation (a supervisor is here, a colleague's handover note, a
/// practice exercise) that assistive technology sees as what it is: an alert or a panel,
/// not a stray label. Its text is its accessible name unless one is set, so text that
/// changes stays readable; the context goes in the accessible description. Coloured by a
/// Theme role, again when the desktop's palette changes (light, dark, high contrast).
class BannerLabel : public QLabel
{
    Q_OBJECT

public:
    /// role: QAccessible::AlertMessage (announced when shown) or QAccessible::Pane.
    BannerLabel(QAccessible::Role role, Theme::Role colours, QWidget *parent = nullptr);

    QAccessible::Role accessibleRole() const { return m_role; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QAccessible::Role m_role;
    Theme::Role m_colours;
};

} // namespace ecoute::ui
