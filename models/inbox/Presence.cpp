// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/Presence.h"

#include <QCoreApplication>

namespace ecoute::models {

QString presenceName(Presence presence)
{
    return protocol::toString(presence);
}

Presence presenceFromName(const QString &name)
{
    return protocol::fromString<Presence>(name).value_or(Presence::Off);
}

QString presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::Off:
        return QCoreApplication::translate("Presence", "Off shift");
    case Presence::Available:
        return QCoreApplication::translate("Presence", "Available");
    case Presence::Busy:
        return QCoreApplication::translate("Presence", "Busy (at capacity)");
    case Presence::Pause:
        return QCoreApplication::translate("Presence", "Pause");
    case Presence::Wrapup:
        return QCoreApplication::translate("Presence", "Wrap-up");
    }
    return {};
}

QString formatCountdown(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

PresenceStatus PresenceStatus::fromJson(const QJsonObject &body)
{
    PresenceStatus status;
    status.state = presenceFromName(body.value(QLatin1String("state")).toString());
    const QString chosen = body.value(QLatin1String("chosen")).toString();
    if (!chosen.isEmpty()) {
        status.chosen = presenceFromName(chosen);
    } else {
        status.chosen = status.state;
    }
    if (status.chosen == Presence::Busy || status.chosen == Presence::Wrapup)
        status.chosen = Presence::Available;
    status.reason = body.value(QLatin1String("reason")).toString();
    if (status.state == Presence::Wrapup) {
        const QString until = body.value(QLatin1String("wrapupUntil")).toString();
        status.wrapupUntil = QDateTime::fromString(until, Qt::ISODateWithMs);
        if (!status.wrapupUntil.isValid())
            status.wrapupUntil = QDateTime::fromString(until, Qt::ISODate);
    }
    return status;
}

qint64 PresenceStatus::wrapupSecondsLeft(const QDateTime &now) const
{
    if (state != Presence::Wrapup || !wrapupUntil.isValid())
        return 0;
    // Round up: "0:01" until the very end, never a second early.
    return std::max<qint64>(0, (now.msecsTo(wrapupUntil) + 999) / 1000);
}

QString PresenceStatus::describe(const QDateTime &now) const
{
    switch (state) {
    case Presence::Pause:
        if (!reason.isEmpty())
            return QCoreApplication::translate("Presence", "Pause: %1").arg(reason);
        break;
    case Presence::Wrapup:
        if (wrapupUntil.isValid())
            return QCoreApplication::translate("Presence", "Wrap-up: %1 left")
                .arg(formatCountdown(wrapupSecondsLeft(now)));
        break;
    default:
        break;
    }
    return presenceLabel(state);
}

} // namespace ecoute::models
