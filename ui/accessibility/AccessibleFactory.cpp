// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/AccessibleFactory.h"

#include <QAccessible>
#include <QHash>
#include <QMetaObject>
#include <QWidget>

namespace ecoute::ui {

namespace {

QHash<QString, AccessibleFactory::Creator> &creators()
{
    static QHash<QString, AccessibleFactory::Creator> table;
    return table;
}

QAccessibleInterface *create(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    const auto found = creators().constFind(className);
    if (found == creators().cend())
        return nullptr;
    return (*found)(static_cast<QWidget *>(object));
}

} // namespace

void AccessibleFactory::attach(QWidget *widget, const QMetaObject &type, QAccessible::Role role,
                               Creator creator)
{
    static const bool installed = [] {
        QAccessible::installFactory(&create);
        return true;
    }();
    Q_UNUSED(installed);
    creators().insert(QLatin1String(type.className()), creator);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (iface && iface->role() != role)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

} // namespace ecoute::ui
