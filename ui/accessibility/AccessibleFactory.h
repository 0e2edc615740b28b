// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>

class QWidget;
struct QMetaObject;

namespace ecoute::ui {

/// Gives our own widget classes the accessible interface (role, states) they need, through one
/// QAccessible interface factory. Qt asks the factory for the most derived class first and then
/// walks up the class chain, so a registered class also covers its subclasses.
///
/// Attach in the widget's constructor, before anything there sends an accessibility event (setText,
/// setAccessibleName…): Qt creates and caches a widget's interface on its first event.
class AccessibleFactory
{
public:
    using Creator = QAccessibleInterface *(*)(QWidget *widget);

    /// Widgets of class `type` (and its subclasses) get their interface from `creator`, whose
    /// interfaces have `role`; installs the factory on first use. If Qt already cached another
    /// interface for `widget` (an event sent by a base class constructor, while the widget was not
    /// yet of class `type`), that one is dropped so that the next query asks the factory.
    static void attach(QWidget *widget, const QMetaObject &type, QAccessible::Role role, Creator creator);
};

} // namespace ecoute::ui
