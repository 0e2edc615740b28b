// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/abuse/TokenBucket.h"
#include "server/channels/phone/BridgeProcess.h"
#include "server/channels/phone/PhoneCall.h"
#include "server/channels/phone/PhoneConfig.h"
#include "server/practice/PracticeCalls.h"
#include "server/routing/StaffRequests.h"
#include "server/supervision/CallSupervision.h"

#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace ecoute::server {

class AuditLog;
class ContactStore;
class PseudonymGenerator;
class Router;
class StaffRecipient;

/// The phone channel's gateway: turns the bridge's calls into contacts the router queues and offers
/// like chats, gives the volunteer (and a supervisor, once the volunteer was told) a one-time
/// credential to call the bridge, and tells the bridge who hears whom. Every decision is taken here
/// or in the router and supervision; the bridge only applies them.
class PhoneLine : public QObject, public CallSupervision, public PracticeCalls, public StaffRequests
{
    Q_OBJECT

public:
    PhoneLine(PhoneConfig config, QStringList bridgeArguments, ContactStore &contacts,
              PseudonymGenerator &pseudonyms, Router &router, AuditLog &audit, QObject *parent = nullptr);
    ~PhoneLine() override;

    void start();
    BridgeProcess &bridge() { return m_bridge; }

    /// True if the type is one of the phone channel's staff requests (then it was answered).
    bool handle(StaffRecipient &session, const protocol::Envelope &e) override;
    static QList<protocol::MessageType> handledTypes();

    // CallSupervision: a supervisor joined, left or took over a contact (told to its volunteer already).
    void supervisorJoined(const ContactRecord &contact, qint64 supervisorId) override;
    void supervisorLeft(const ContactRecord &contact, qint64 supervisorId) override;
    void supervisorTookOver(const ContactRecord &contact, qint64 supervisorId, bool volunteerStays) override;
    // PracticeCalls: the trainer plays the caller, from their own workstation.
    void practiceCallWaiting(const ContactRecord &contact) override;

private:
    using BridgeHandlers = protocol::HandlerTable<PhoneLine, const protocol::Envelope &>;
    using StaffHandlers = protocol::HandlerTable<PhoneLine, StaffRecipient &, const protocol::Envelope &>;
    static const BridgeHandlers &bridgeHandlers();
    static const StaffHandlers &staffHandlers();

    void onBridgeFrame(const protocol::Envelope &e);
    void onIncoming(const protocol::Envelope &e);
    void onLegUp(const protocol::Envelope &e);
    void onLegDown(const protocol::Envelope &e);
    void onCallEnded(const protocol::Envelope &e);
    void onLanguage(const protocol::Envelope &e);
    /// The call becomes a contact waiting in the queue of this language.
    void queue(const QString &callId, const QString &identity, const QString &language);
    void onBridgeLost();

    void hold(StaffRecipient &s, const protocol::Envelope &e);
    void mute(StaffRecipient &s, const protocol::Envelope &e);
    void mode(StaffRecipient &s, const protocol::Envelope &e);

    PhoneCall::Events callEvents();
    /// A fresh leg for this user: the bridge expects its token, the user's windows get call.connect.
    /// legId: the bridge's handle (a practice call's caller leg is the call itself); empty: a new one.
    void invite(PhoneCall &call, qint64 userId, protocol::CallAudio::LegRole role, QString legId = {});
    void dropLeg(PhoneCall &call, const QString &legId);
    void sendRoute(const PhoneCall &call);
    void sendCallState(qint64 userId, const QString &contactId, protocol::CallState state,
                       std::optional<protocol::CallEndReason> reason = {});
    /// The caller's side is gone: the contact ends (by "seeker", as a chat page that leaves).
    void endContact(PhoneCall &call, protocol::CallEndReason reason);
    bool admitsCaller(const QString &caller);
    PhoneCall *callOfContact(const QString &contactId);

    PhoneConfig m_config;
    ContactStore &m_contacts;
    PseudonymGenerator &m_pseudonyms;
    Router &m_router;
    AuditLog &m_audit;
    BridgeProcess m_bridge;
    QHash<QString, std::shared_ptr<PhoneCall>> m_calls; ///< by callId
    QHash<QString, abuse::TokenBucket> m_callerBuckets; ///< by caller hash
    QHash<QString, QString> m_choosing; ///< calls in the language menu: callId → caller identity
    QElapsedTimer m_monotonic;
};

} // namespace ecoute::server
