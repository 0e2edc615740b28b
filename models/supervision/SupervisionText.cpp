// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supervision/SupervisionText.h"

#include "models/connection/ErrorText.h"
#include "models/inbox/Presence.h"
#include "protocol/Errors.h"
#include "protocol/MessageTypes.h"

namespace ecoute::models {

using protocol::SupervisorMode;

QString SupervisionText::kindLabel(protocol::SupervisionKind kind)
{
    switch (kind) {
    case protocol::SupervisionKind::Urgent:
        return tr("Urgent, now");
    case protocol::SupervisionKind::WhenPossible:
        return tr("When possible");
    case protocol::SupervisionKind::Debrief:
        return tr("Debrief");
    }
    return {};
}

QString SupervisionText::kindLabel(const QString &kind)
{
    const auto known = protocol::fromString<protocol::SupervisionKind>(kind);
    return known ? kindLabel(*known) : kind;
}

QString SupervisionText::describe(const SupervisionRequest &r, const QDateTime &now, bool forSupervisor,
                                  const QString &contactName)
{
    QString state;
    if (r.isWaiting())
        state = tr("waiting for %1").arg(formatCountdown(r.waitingSeconds(now)));
    else if (r.isAccepted())
        state = tr("accepted by %1").arg(r.supervisorDisplay());
    else if (r.state == protocol::SupervisionState::Cancelled)
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

QString SupervisionText::presenceBanner(const QString &supervisorName, const QString &modeName)
{
    const auto mode = protocol::fromString<SupervisorMode>(modeName);
    if (mode == SupervisorMode::TookOver)
        return tr("Supervisor %1 has taken over this conversation. You keep reading it, but you can no "
                  "longer write to the person.")
            .arg(supervisorName);
    if (mode == SupervisorMode::Playing)
        return tr("Trainer %1 plays the person in this exercise and reads your answers.").arg(supervisorName);
    if (mode == SupervisorMode::Observing)
        return tr("%1 observes this exercise silently.").arg(supervisorName);
    return tr("Supervisor %1 is listening to this conversation.").arg(supervisorName);
}

QString SupervisionText::presenceNotice(const QString &supervisorName, const QString &modeName,
                                        const QString &contactName)
{
    const auto mode = protocol::fromString<SupervisorMode>(modeName);
    if (mode == SupervisorMode::TookOver)
        return tr("Supervisor %1 has taken over the conversation with %2.").arg(supervisorName, contactName);
    if (mode == SupervisorMode::Left)
        return tr("Supervisor %1 has left the conversation with %2.").arg(supervisorName, contactName);
    if (mode == SupervisorMode::Playing || mode == SupervisorMode::Observing)
        return presenceBanner(supervisorName, modeName);
    return tr("Supervisor %1 is listening to the conversation with %2.").arg(supervisorName, contactName);
}

QString SupervisionText::failed(const QString &actionName, const QString &codeName)
{
    using protocol::ErrorCode;
    using protocol::MessageType;
    const MessageType action = protocol::messageTypeOf(actionName);
    const auto code = protocol::errorCodeFromName(codeName);
    const bool aboutRequest = action == MessageType::SupervisionCancel
        || action == MessageType::SupervisionClose || action == MessageType::SupervisionAccept
        || action == MessageType::DebriefSend;
    if (code == ErrorCode::Forbidden) {
        if (action == MessageType::SupervisionRequest)
            return tr("Your role cannot ask for supervision.");
        if (action == MessageType::SupervisionJoin)
            return tr("You may join this conversation only after accepting a request about it, or if it "
                      "is marked urgent.");
        return tr("Only supervisors can do this.");
    }
    if (code == ErrorCode::NotFound) {
        if (action == MessageType::SupervisionRequest)
            return tr("This conversation is no longer yours: the request was not sent.");
        if (aboutRequest)
            return tr("This request no longer exists.");
        return tr("This conversation is no longer going on.");
    }
    if (code == ErrorCode::InvalidState) {
        if (action == MessageType::SupervisionAccept)
            return tr("This request is no longer waiting: another supervisor may have accepted it.");
        if (action == MessageType::DebriefSend)
            return tr("The debrief has not been accepted yet, or it is over.");
        if (aboutRequest)
            return tr("This request is already over.");
        if (action == MessageType::SupervisionJoin)
            return tr("You cannot join your own conversation.");
        return tr("You are not in this conversation any more.");
    }
    return ErrorText::forCodeName(codeName);
}

QString SupervisionText::requestNotice(const SupervisionRequest &r)
{
    if (r.isAccepted())
        return tr("Your request for supervision was accepted by %1.").arg(r.supervisorDisplay());
    if (r.state == protocol::SupervisionState::Closed)
        return tr("Your request for supervision is closed.");
    if (r.state == protocol::SupervisionState::Cancelled)
        return tr("Your request for supervision is cancelled.");
    return {};
}

} // namespace ecoute::models
