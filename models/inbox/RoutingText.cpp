// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/RoutingText.h"

#include "protocol/Vocabulary.h"

#include "models/connection/ErrorText.h"

namespace ecoute::models {

QString RoutingText::offerWithdrawn(const QString &reason)
{
    using protocol::OfferEndReason;
    const auto known = protocol::fromString<OfferEndReason>(reason);
    if (!known)
        return tr("Offer withdrawn.");
    switch (*known) {
    case OfferEndReason::Timeout:
        return tr("Offer passed to another volunteer (no answer in time).");
    case OfferEndReason::Declined:
        return tr("Offer declined: it goes to another volunteer.");
    case OfferEndReason::Taken:
        return tr("Offer withdrawn: another volunteer took this contact.");
    case OfferEndReason::Ended:
        return tr("Offer withdrawn: the person left before being answered.");
    case OfferEndReason::Unavailable:
        return tr("Offer withdrawn: you are no longer available.");
    }
    return tr("Offer withdrawn.");
}

QString RoutingText::released(const QString &reason, const QString &toName)
{
    using protocol::ReleaseReason;
    const auto known = protocol::fromString<ReleaseReason>(reason);
    if (known == ReleaseReason::Transferred) {
        return toName.isEmpty() ? tr("This conversation was transferred to a colleague. It is no longer on "
                                     "your workstation.")
                                : tr("This conversation was transferred to %1. It is no longer on your "
                                     "workstation.")
                                      .arg(toName);
    }
    if (known == ReleaseReason::Requeued)
        return tr("This conversation was handed back to the queue: another volunteer will continue it.");
    if (known == ReleaseReason::GraceExpired)
        return tr("You were disconnected for too long: this conversation went back to the queue so "
                  "that someone else can continue it.");
    if (known == ReleaseReason::TakenOver)
        return toName.isEmpty()
            ? tr("A supervisor has taken over this conversation. It is no longer on your "
                 "workstation.")
            : tr("Supervisor %1 has taken over this conversation. It is no longer on your "
                 "workstation.")
                  .arg(toName);
    if (reason == QLatin1String("left")) // not a server reason: this supervisor left (SupervisionModel)
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
    switch (protocol::fromString<protocol::Role>(role).value_or(protocol::Role::Volunteer)) {
    case protocol::Role::Supervisor:
        return tr("Supervisor");
    case protocol::Role::Trainer:
        return tr("Trainer");
    case protocol::Role::Admin:
        return tr("Administrator");
    case protocol::Role::Volunteer:
        return tr("Volunteer");
    }
    return tr("Volunteer");
}

} // namespace ecoute::models
