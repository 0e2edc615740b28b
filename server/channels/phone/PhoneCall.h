// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/ChannelGateway.h"
#include "server/routing/Recipients.h"

#include "protocol/CallAudio.h"

#include <QHash>
#include <QString>

#include <functional>

namespace ecoute::server {

/// The caller's side of one phone contact, as the router sees it (a SeekerRecipient, like a chat
/// page) and the audio state of the call (its legs for protocol::CallAudio). What the router says to
/// the help-seeker becomes something the bridge does; PhoneLine owns the calls and talks to the bridge.
class PhoneCall final : public SeekerRecipient, public ChannelGateway
{
public:
    /// What the router told the caller's side, for PhoneLine to carry out.
    struct Events
    {
        std::function<void(PhoneCall &, int position)> positionChanged;
        std::function<void(PhoneCall &)> answered; ///< a volunteer accepted it
        std::function<void(PhoneCall &)> requeued; ///< it waits again (requeue, grace expired)
        std::function<void(PhoneCall &)> continued; ///< another staff member answers now (transfer, takeover)
        std::function<void(PhoneCall &)> ended; ///< ended by anyone but the caller's line
    };

    PhoneCall(QString callId, QString contactId, Events events);

    const QString &callId() const { return m_callId; }

    // SeekerRecipient / ChannelGateway
    QString contactId() const override { return m_contactId; }
    const ClientConnection *connectionKey() const override { return nullptr; }
    void push(const QString &type, const protocol::FrameBody &body, const QString &re = {}) override;
    protocol::Channel channel() const override { return protocol::Channel::Phone; }
    void toSeeker(const QString &type, const QJsonObject &body, const QString &re = {}) override
    {
        push(type, body, re);
    }
    void contactEnded(const QString &by, const QString &re = {}) override;

    /// A staff leg the bridge expects (not yet up): whose it is.
    void expectLeg(const QString &legId, qint64 userId, protocol::CallAudio::LegRole role);
    /// The bridge says the leg's media flows: it joins the audio table.
    bool legUp(const QString &legId);
    /// The leg went; true if it was known.
    bool legDown(const QString &legId);
    /// The leg of this user and role, up or expected; empty if none.
    QString legOf(qint64 userId, protocol::CallAudio::LegRole role) const;
    qint64 ownerOf(const QString &legId) const { return m_staff.value(legId).owner; }
    /// Every staff leg, up or expected.
    QList<QString> staffLegs() const { return m_staff.keys(); }

    void setOnHold(bool onHold) { m_call.onHold = onHold; }
    bool onHold() const { return m_call.onHold; }
    bool setMuted(const QString &legId, bool muted);
    bool setMode(const QString &legId, protocol::CallAudio::SupervisorMode mode);
    /// The legs whose media flows, the caller first: what voice.call.route carries.
    const protocol::CallAudio::Call &audio() const { return m_call; }
    bool isEnded() const { return m_ended; }
    void markEnded() { m_ended = true; }

private:
    protocol::CallAudio::Leg *findUp(const QString &legId);

    QString m_callId;
    QString m_contactId;
    Events m_events;
    protocol::CallAudio::Call m_call;
    /// A leg a staff member dials in (a practice call's caller too), expected or up.
    struct StaffLeg
    {
        qint64 owner = 0;
        protocol::CallAudio::LegRole role = protocol::CallAudio::LegRole::Volunteer;
        bool up = false;
    };
    QHash<QString, StaffLeg> m_staff;
    bool m_ended = false;
};

} // namespace ecoute::server
