// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supervision/SupervisionText.h"

#include "models/connection/ErrorText.h"
#include "models/inbox/Presence.h"

namespace ecoute::models {

QString SupervisionText::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("urgent"))
        return tr("Urgent, now");
    if (kind == QLatin1String("when_possible"))
        return tr("When possible");
    if (kind == QLatin1String("debrief"))
        return tr("Debrief");
    return kind;
}

QString SupervisionText::describe(const SupervisionRequest &r, const QDateTime &now, bool forSupervisor,
                                  const QString &contactName)
{
    QString state;
    if (r.isWaiting())
        state = tr("waiting for %1").arg(formatCountdown(r.waitingSeconds(now)));
    else if (r.isAccepted())
        state = tr("accepted by %1").arg(r.supervisorDisplay());
    else if (r.state == QLatin1String("cancelled"))
        state = tr("cancelled");
    else
        state = tr("closed");

    QString line = forSupervisor ? tr("%1 · %2 · %3").arg(kindLabel(r.kind), r.volunteerDisplay(), state)
                                 : tr("%1 · %2").arg(kindLabel(r.kind), state);
    if (!contactName.isEmpty())
        line = tr("%1 · about %2").arg(line, contactName);
    else if (forSupervisor && !r.contactId.isEmpty())
        line = tr("%1 · about a conversation").arg(line);
    if (!r.message.trimmed().isEmpty())
        line = tr("%1\n“%2”").arg(line, r.message.trimmed());
    return line;
}

QString SupervisionText::presenceBanner(const QString &supervisorName, const QString &mode)
{
    if (mode == QLatin1String("took_over"))
        return tr("Supervisor %1 has taken over this conversation. You keep reading it, but you can no "
                  "longer write to the person.")
            .arg(supervisorName);
    if (mode == QLatin1String("playing"))
        return tr("Trainer %1 plays the person in this exercise and reads your answers.").arg(supervisorName);
    if (mode == QLatin1String("observing"))
        return tr("%1 observes this exercise silently.").arg(supervisorName);
    return tr("Supervisor %1 is listening to this conversation.").arg(supervisorName);
}

QString SupervisionText::presenceNotice(const QString &supervisorName, const QString &mode,
                                        const QString &contactName)
{
    if (mode == QLatin1String("took_over"))
        return tr("Supervisor %1 has taken over the conversation with %2.").arg(supervisorName, contactName);
    if (mode == QLatin1String("left"))
        return tr("Supervisor %1 has left the conversation with %2.").arg(supervisorName, contactName);
    if (mode == QLatin1String("playing") || mode == QLatin1String("observing"))
        return presenceBanner(supervisorName, mode);
    return tr("Supervisor %1 is listening to the conversation with %2.").arg(supervisorName, contactName);
}

QString SupervisionText::failed(const QString &action, const QString &code)
{
    const bool aboutRequest = action == QLatin1String("supervision.cancel")
        || action == QLatin1String("supervision.close") || action == QLatin1String("supervision.accept")
        || action == QLatin1String("debrief.send");
    if (code == QLatin1String("forbidden")) {
        if (action == QLatin1String("supervision.request"))
            return tr("Your role cannot ask for supervision.");
        if (action == QLatin1String("supervision.join"))
            return tr("You may join this conversation only after accepting a request about it, or if it "
                      "is marked urgent.");
        return tr("Only supervisors can do this.");
    }
    if (code == QLatin1String("not_found")) {
        if (action == QLatin1String("supervision.request"))
            return tr("This conversation is no longer yours: the request was not sent.");
        if (aboutRequest)
            return tr("This request no longer exists.");
        return tr("This conversation is no longer going on.");
    }
    if (code == QLatin1String("invalid_state")) {
        if (action == QLatin1String("supervision.accept"))
            return tr("This request is no longer waiting: another supervisor may have accepted it.");
        if (action == QLatin1String("debrief.send"))
            return tr("The debrief has not been accepted yet, or it is over.");
        if (aboutRequest)
            return tr("This request is already over.");
        if (action == QLatin1String("supervision.join"))
            return tr("You cannot join your own conversation.");
        return tr("You are not in this conversation any more.");
    }
    return ErrorText::forCodeName(code);
}

QString SupervisionText::requestNotice(const SupervisionRequest &r)
{
    if (r.isAccepted())
        return tr("Your request for supervision was accepted by %1.").arg(r.supervisorDisplay());
    if (r.state == QLatin1String("closed"))
        return tr("Your request for supervision is closed.");
    if (r.state == QLatin1String("cancelled"))
        return tr("Your request for supervision is cancelled.");
    return {};
}

} // namespace ecoute::models
