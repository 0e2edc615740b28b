// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/Panel.h"

#include "ui/accessibility/AccessibleFactory.h"

#include <QAccessibleWidget>

namespace ecoute::ui {

Panel::Panel(QWidget *parent) : QFrame(parent)
{
    AccessibleFactory::attach(this, staticMetaObject, QAccessible::Pane,
                              [](QWidget *widget) -> QAccessibleInterface * {
                                  return new QAccessibleWidget(widget, QAccessible::Pane);
                              });
}

} // namespace ecoute::ui
