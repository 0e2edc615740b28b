// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/phone/PhoneCall.h"

#include "protocol/MessageTypes.h"

namespace ecoute::server {

using protocol::CallAudio::Leg;
using protocol::CallAudio::LegRole;
using protocol::CallAudio::SupervisorMode;

PhoneCall::PhoneCall(QString callId, QString contactId, Events events)
    : m_callId(std::move(callId)), m_contactId(std::move(contactId)), m_events(std::move(events))
{
    // The caller's leg is the call itself (the bridge's convention).
    m_call.legs.append(Leg {m_callId, LegRole::Caller, SupervisorMode::Listen, false, false});
}

void PhoneCall::push(const QString &type, const protocol::FrameBody &frameBody, const QString &)
{
    const QJsonObject &body = frameBody.object();
    const auto messageType = protocol::messageTypeOf(type);
    if (messageType == protocol::MessageType::QueuePosition) {
        if (m_events.positionChanged)
            m_events.positionChanged(*this, body.value(QStringLiteral("position")).toInt());
    } else if (messageType == protocol::MessageType::ContactState) {
        const auto state =
            protocol::fromString<protocol::ContactState>(body.value(QStringLiteral("state")).toString());
        if (state == protocol::ContactState::Active && m_events.answered)
            m_events.answered(*this);
        else if (state == protocol::ContactState::Waiting && m_events.requeued)
            m_events.requeued(*this);
    } else if (messageType == protocol::MessageType::ContactNotice
               && body.value(QStringLiteral("kind")).toString()
                   == toString(protocol::SeekerNotice::Continued)) {
        if (m_events.continued)
            m_events.continued(*this);
    } else if (messageType == protocol::MessageType::ContactEnded) {
        contactEnded(body.value(QStringLiteral("by")).toString());
    }
    // chat.message, other notices: nothing to say on a phone line.
}

void PhoneCall::contactEnded(const QString &, const QString &)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_events.ended)
        m_events.ended(*this);
}

void PhoneCall::expectLeg(const QString &legId, qint64 userId, LegRole role)
{
    m_staff.insert(legId, StaffLeg {userId, role, false});
}

bool PhoneCall::legUp(const QString &legId)
{
    const auto staff = m_staff.find(legId);
    if (staff == m_staff.end() || staff->up)
        return false;
    staff->up = true;
    // A supervisor's leg comes up only after the volunteer was told (Supervision::join, then
    // call.connect), so it is announced from the start; until the leg exists it hears nothing.
    // A practice call's caller (the trainer) is in the table already.
    if (staff->role != LegRole::Caller)
        m_call.legs.append(
            Leg {legId, staff->role, SupervisorMode::Listen, staff->role == LegRole::Supervisor, false});
    return true;
}

bool PhoneCall::legDown(const QString &legId)
{
    if (!m_staff.remove(legId))
        return false;
    m_call.legs.removeIf([&](const Leg &leg) { return leg.id == legId; });
    return true;
}

QString PhoneCall::legOf(qint64 userId, LegRole role) const
{
    for (auto it = m_staff.cbegin(); it != m_staff.cend(); ++it) {
        if (it->owner == userId && it->role == role)
            return it.key();
    }
    return {};
}

Leg *PhoneCall::findUp(const QString &legId)
{
    for (Leg &leg : m_call.legs) {
        if (leg.id == legId)
            return &leg;
    }
    return nullptr;
}

bool PhoneCall::setMuted(const QString &legId, bool muted)
{
    Leg *leg = findUp(legId);
    if (!leg)
        return false;
    leg->muted = muted;
    return true;
}

bool PhoneCall::setMode(const QString &legId, SupervisorMode mode)
{
    Leg *leg = findUp(legId);
    if (!leg || leg->role != LegRole::Supervisor)
        return false;
    leg->mode = mode;
    return true;
}

} // namespace ecoute::server
