// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/RoutingText.h"

#include "models/connection/ErrorText.h"

namespace ecoute::models {

QString RoutingText::offerWithdrawn(const QString &reason)
{
    if (reason == QLatin1String("timeout"))
        return tr("Offer passed to another volunteer (no answer in time).");
    if (reason == QLatin1String("declined"))
        return tr("Offer declined: it goes to another volunteer.");
    if (reason == QLatin1String("taken"))
        return tr("Offer withdrawn: another volunteer took this contact.");
    if (reason == QLatin1String("ended"))
        return tr("Offer withdrawn: the person left before being answered.");
    if (reason == QLatin1String("unavailable"))
        return tr("Offer withdrawn: you are no longer available.");
    return tr("Offer withdrawn.");
}

QString RoutingText::released(const QString &reason, const QString &toName)
{
    if (reason == QLatin1String("transferred")) {
        return toName.isEmpty() ? tr("This conversation was transferred to a colleague. It is no longer on "
                                     "your workstation.")
                                : tr("This conversation was transferred to %1. It is no longer on your "
                                     "workstation.")
                                      .arg(toName);
    }
    if (reason == QLatin1String("requeued"))
        return tr("This conversation was handed back to the queue: another volunteer will continue it.");
    if (reason == QLatin1String("grace_expired"))
        return tr("You were disconnected for too long: this conversation went back to the queue so "
                  "that someone else can continue it.");
    if (reason == QLatin1String("taken_over"))
        return toName.isEmpty()
            ? tr("A supervisor has taken over this conversation. It is no longer on your "
                 "workstation.")
            : tr("Supervisor %1 has taken over this conversation. It is no longer on your "
                 "workstation.")
                  .arg(toName);
    if (reason == QLatin1String("left"))
        return tr("You have left this conversation; the volunteer continues it.");
    return tr("This conversation is no longer on your workstation.");
}

QString RoutingText::transferFailed(const QString &code)
{
    if (code == QLatin1String("invalid_state"))
        return tr("The transfer did not happen: this colleague cannot take the conversation right now. "
                  "The conversation stays with you.");
    if (code == QLatin1String("not_found"))
        return tr("The transfer did not happen: this colleague or this conversation is no longer "
                  "available. The conversation stays with you.");
    return ErrorText::forCodeName(code);
}

QString RoutingText::roleLabel(const QString &role)
{
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role == QLatin1String("trainer"))
        return tr("Trainer");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    return tr("Volunteer");
}

} // namespace ecoute::models
