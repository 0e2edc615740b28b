// SPDX-License-Identifier: GPL-3.0-or-later
#include "Presence.h"

#include <QCoreApplication>

namespace ecoute::models {

QString presenceName(Presence presence)
{
    switch (presence) {
    case Presence::Off:
        return QStringLiteral("off");
    case Presence::Available:
        return QStringLiteral("available");
    case Presence::Busy:
        return QStringLiteral("busy");
    case Presence::Pause:
        return QStringLiteral("pause");
    }
    return QStringLiteral("off");
}

Presence presenceFromName(const QString &name)
{
    if (name == QLatin1String("available"))
        return Presence::Available;
    if (name == QLatin1String("busy"))
        return Presence::Busy;
    if (name == QLatin1String("pause"))
        return Presence::Pause;
    return Presence::Off;
}

QString presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::Off:
        return QCoreApplication::translate("Presence", "Off shift");
    case Presence::Available:
        return QCoreApplication::translate("Presence", "Available");
    case Presence::Busy:
        return QCoreApplication::translate("Presence", "Busy (in a conversation)");
    case Presence::Pause:
        return QCoreApplication::translate("Presence", "Pause");
    }
    return {};
}

} // namespace ecoute::models
