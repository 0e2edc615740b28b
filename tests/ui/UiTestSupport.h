// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QObject>

namespace ecoute::testing {

/// The child widget (or object) with this objectName, or null with a warning
/// that names what is missing.
template<typename T> T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no child named" << name;
    return widget;
}

} // namespace ecoute::testing
