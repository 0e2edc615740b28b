// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/phone/PhoneLine.h"

#include "server/contacts/ContactStore.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/core/Logging.h"
#include "server/routing/Router.h"
#include "server/storage/AuditLog.h"
#include "server/storage/SecureRandom.h"

#include "protocol/Errors.h"

#include <QJsonArray>

namespace ecoute::server {

using protocol::CallState;
using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;
using protocol::CallAudio::LegRole;
using protocol::CallAudio::SupervisorMode;

namespace {
/// Short enough to mean little once the call is placed, long enough for a slow workstation to dial.
constexpr int kTokenBytes = 20;
} // namespace

PhoneLine::PhoneLine(PhoneConfig config, QStringList bridgeArguments, ContactStore &contacts,
                     PseudonymGenerator &pseudonyms, Router &router, AuditLog &audit, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_contacts(contacts), m_pseudonyms(pseudonyms),
      m_router(router), m_audit(audit), m_bridge(m_config.voiceBinary, std::move(bridgeArguments))
{
    m_monotonic.start();
    connect(&m_bridge, &BridgeProcess::received, this, &PhoneLine::onBridgeFrame);
    connect(&m_bridge, &BridgeProcess::lost, this, &PhoneLine::onBridgeLost);
}

PhoneLine::~PhoneLine()
{
    for (const auto &call : std::as_const(m_calls))
        m_router.removeSeeker(call.get());
}

void PhoneLine::start()
{
    m_bridge.start();
}

// ---- the bridge's reports

const PhoneLine::BridgeHandlers &PhoneLine::bridgeHandlers()
{
    static constexpr BridgeHandlers table {
        {MessageType::VoiceCallIncoming, &PhoneLine::onIncoming},
        {MessageType::VoiceLegUp, &PhoneLine::onLegUp},
        {MessageType::VoiceLegDown, &PhoneLine::onLegDown},
        {MessageType::VoiceCallEnded, &PhoneLine::onCallEnded},
        {MessageType::VoiceCallLanguage, &PhoneLine::onLanguage},
    };
    return table;
}

void PhoneLine::onBridgeFrame(const Envelope &e)
{
    bridgeHandlers().dispatch(*this, e.messageType, e);
}

bool PhoneLine::admitsCaller(const QString &caller)
{
    // A withheld number cannot be told apart from another: only the line's capacity limits it.
    if (caller == QLatin1String("withheld") || m_config.callsPerCallerPerHour <= 0)
        return true;
    const qint64 now = m_monotonic.elapsed();
    auto bucket = m_callerBuckets.find(caller);
    if (bucket == m_callerBuckets.end())
        bucket = m_callerBuckets.insert(
            caller,
            abuse::TokenBucket(m_config.callsPerCallerPerHour, m_config.callsPerCallerPerHour / 3600.0, now));
    if (bucket->waitMs(1, now) != 0)
        return false;
    bucket->take(1);
    return true;
}

void PhoneLine::onIncoming(const Envelope &e)
{
    const QString callId = e.text("callId");
    const QString caller = e.text("caller");
    if (m_calls.contains(callId))
        return;
    const auto refuse = [&](protocol::CallRefusal reason) {
        m_bridge.send(Envelope::make(
            MessageType::VoiceCallRefuse,
            {{QStringLiteral("callId"), callId}, {QStringLiteral("reason"), toString(reason)}}));
    };
    if (!admitsCaller(caller)) {
        qCInfo(lcPhone) << "call refused: too many from one number";
        refuse(protocol::CallRefusal::Limited);
        return;
    }
    // The keyed hash lets the line recognise a repeat caller; a withheld number leaves nothing.
    const QString identity = caller == QLatin1String("withheld") ? QString() : caller;
    QJsonObject admit {{QStringLiteral("callId"), callId},
                       {QStringLiteral("position"), 0},
                       {QStringLiteral("language"), m_config.language}};
    if (!m_config.menu.isEmpty()) {
        // The caller chooses a language first (voice.call.language); the call queues only then.
        admit.insert(QStringLiteral("menu"), QJsonArray::fromStringList(m_config.menu));
        m_choosing.insert(callId, identity);
        m_bridge.send(Envelope::make(MessageType::VoiceCallAdmit, admit));
        return;
    }
    m_bridge.send(Envelope::make(MessageType::VoiceCallAdmit, admit));
    queue(callId, identity, m_config.language);
}

void PhoneLine::onLanguage(const Envelope &e)
{
    const QString callId = e.text("callId");
    const auto choosing = m_choosing.constFind(callId);
    if (choosing == m_choosing.cend())
        return;
    const QString identity = *choosing;
    m_choosing.erase(choosing);
    const QString language = e.text("language");
    queue(callId, identity, m_config.menu.contains(language) ? language : m_config.menu.first());
}

void PhoneLine::queue(const QString &callId, const QString &identity, const QString &language)
{
    // The caller's keyed hash is the contact's source (a repeat caller is recognised in the report),
    // not a resume token: that column is unique, and one number calls more than once.
    const auto contact =
        m_contacts.create(m_pseudonyms.next(), language, false, QString(), protocol::Channel::Phone);
    if (!contact) {
        m_bridge.send(Envelope::make(MessageType::VoiceCallHangup, {{QStringLiteral("callId"), callId}}));
        return;
    }
    if (!identity.isEmpty())
        m_contacts.setSourceHash(contact->id, identity);
    auto call = std::make_shared<PhoneCall>(callId, contact->id, callEvents());
    m_calls.insert(callId, call);
    m_router.addSeeker(call.get());
    m_router.contactWaiting(*contact);
    qCInfo(lcPhone) << "call admitted as a contact";
}

void PhoneLine::onLegUp(const Envelope &e)
{
    PhoneCall *call = m_calls.value(e.text("callId")).get();
    const QString legId = e.text("legId");
    if (!call || !call->legUp(legId)) {
        m_bridge.send(
            Envelope::make(MessageType::VoiceLegDrop,
                           {{QStringLiteral("callId"), e.text("callId")}, {QStringLiteral("legId"), legId}}));
        return;
    }
    sendRoute(*call);
    sendCallState(call->ownerOf(legId), call->contactId(),
                  call->onHold() ? CallState::Held : CallState::Connected);
}

void PhoneLine::onLegDown(const Envelope &e)
{
    PhoneCall *call = m_calls.value(e.text("callId")).get();
    const QString legId = e.text("legId");
    if (!call)
        return;
    const qint64 owner = call->ownerOf(legId);
    if (legId == call->callId()) {
        // A practice call's caller (the trainer) hung up: the call is over, as when a caller does.
        m_bridge.send(
            Envelope::make(MessageType::VoiceCallHangup, {{QStringLiteral("callId"), call->callId()}}));
        endContact(*call, protocol::CallEndReason::HungUp);
        return;
    }
    if (!call->legDown(legId))
        return;
    sendRoute(*call);
    sendCallState(owner, call->contactId(), CallState::Ended,
                  protocol::fromString<protocol::CallEndReason>(e.text("reason")));
    // A volunteer whose line dropped keeps the contact: the caller hears the hold message until they
    // call in again (call.connect is sent anew) or the router's grace period ends the contact.
}

void PhoneLine::onCallEnded(const Envelope &e)
{
    m_choosing.remove(e.text("callId")); // hung up in the menu: never queued
    const auto call = m_calls.value(e.text("callId"));
    if (!call)
        return;
    endContact(*call,
               protocol::fromString<protocol::CallEndReason>(e.text("reason"))
                   .value_or(protocol::CallEndReason::HungUp));
}

void PhoneLine::endContact(PhoneCall &call, protocol::CallEndReason reason)
{
    const QString callId = call.callId();
    const auto keep = m_calls.take(callId); // alive until the end of this function
    m_router.removeSeeker(&call);
    for (const QString &legId : call.staffLegs())
        sendCallState(call.ownerOf(legId), call.contactId(), CallState::Ended, reason);
    if (call.isEnded())
        return; // the contact ended first, from the workstation
    call.markEnded();
    const auto before = m_contacts.find(call.contactId());
    if (before && before->state != protocol::ContactState::Ended
        && m_contacts.end(call.contactId(), QStringLiteral("seeker")))
        m_router.contactEnded(*before, QStringLiteral("seeker"), nullptr, {});
}

void PhoneLine::onBridgeLost()
{
    qCWarning(lcPhone) << "the bridge died:" << m_calls.size() << "calls end";
    m_choosing.clear();
    const auto calls = m_calls.values();
    for (const auto &call : calls)
        endContact(*call, protocol::CallEndReason::BridgeLost);
}

// ---- what the router tells the caller's side

PhoneCall::Events PhoneLine::callEvents()
{
    PhoneCall::Events events;
    events.positionChanged = [this](PhoneCall &call, int position) {
        m_bridge.send(Envelope::make(
            MessageType::VoiceCallQueue,
            {{QStringLiteral("callId"), call.callId()}, {QStringLiteral("position"), position}}));
    };
    events.answered = [this](PhoneCall &call) {
        const auto contact = m_contacts.find(call.contactId());
        if (contact && contact->volunteerId != 0
            && call.legOf(contact->volunteerId, LegRole::Volunteer).isEmpty())
            invite(call, contact->volunteerId, LegRole::Volunteer);
    };
    events.requeued = [this](PhoneCall &call) {
        // Nobody's any more: every staff leg goes, the caller hears the hold message again.
        for (const QString &legId : call.staffLegs())
            dropLeg(call, legId);
        sendRoute(call);
    };
    events.continued = [this](PhoneCall &call) {
        // A transfer: the new volunteer gets a line and the old one's goes. After a takeover the
        // supervisor already has one (CallSupervision handled it) and nothing changes here.
        const auto contact = m_contacts.find(call.contactId());
        if (!contact || contact->volunteerId == 0
            || !call.legOf(contact->volunteerId, LegRole::Volunteer).isEmpty()
            || !call.legOf(contact->volunteerId, LegRole::Supervisor).isEmpty())
            return;
        for (const QString &legId : call.staffLegs()) {
            if (call.legOf(call.ownerOf(legId), LegRole::Volunteer) == legId)
                dropLeg(call, legId);
        }
        sendRoute(call);
        invite(call, contact->volunteerId, LegRole::Volunteer);
    };
    events.ended = [this](PhoneCall &call) {
        m_bridge.send(
            Envelope::make(MessageType::VoiceCallHangup, {{QStringLiteral("callId"), call.callId()}}));
        // The router is still telling this call's side (it iterates its pages): forget it afterwards.
        QMetaObject::invokeMethod(
            this,
            [this, callId = call.callId()] {
                if (const auto ended = m_calls.value(callId))
                    endContact(*ended, protocol::CallEndReason::HungUp);
            },
            Qt::QueuedConnection);
    };
    return events;
}

void PhoneLine::invite(PhoneCall &call, qint64 userId, LegRole role, QString legId)
{
    if (legId.isEmpty())
        legId = QStringLiteral("l-") + secure::randomHex(8);
    QString token = secure::randomHex(kTokenBytes);
    call.expectLeg(legId, userId, role);
    m_bridge.send(Envelope::make(MessageType::VoiceLegExpect,
                                 {{QStringLiteral("callId"), call.callId()},
                                  {QStringLiteral("legId"), legId},
                                  {QStringLiteral("token"), token}}));
    m_router.sendToUser(userId, toString(MessageType::CallConnect),
                        {{QStringLiteral("contactId"), call.contactId()},
                         {QStringLiteral("token"), token},
                         {QStringLiteral("sipTlsPort"), m_bridge.sipTlsPort()}});
    secure::wipe(token);
    sendCallState(userId, call.contactId(), CallState::Connecting);
}

void PhoneLine::dropLeg(PhoneCall &call, const QString &legId)
{
    const qint64 owner = call.ownerOf(legId);
    if (!call.legDown(legId))
        return;
    m_bridge.send(
        Envelope::make(MessageType::VoiceLegDrop,
                       {{QStringLiteral("callId"), call.callId()}, {QStringLiteral("legId"), legId}}));
    sendCallState(owner, call.contactId(), CallState::Ended, protocol::CallEndReason::Dropped);
}

void PhoneLine::sendRoute(const PhoneCall &call)
{
    m_bridge.send(
        Envelope::make(MessageType::VoiceCallRoute,
                       {{QStringLiteral("callId"), call.callId()},
                        {QStringLiteral("onHold"), call.onHold()},
                        {QStringLiteral("legs"), protocol::CallAudio::legsToJson(call.audio().legs)}}));
}

void PhoneLine::sendCallState(qint64 userId, const QString &contactId, CallState state,
                              std::optional<protocol::CallEndReason> reason)
{
    if (userId == 0)
        return;
    QJsonObject body {{QStringLiteral("contactId"), contactId}, {QStringLiteral("state"), toString(state)}};
    if (reason)
        body.insert(QStringLiteral("reason"), toString(*reason));
    m_router.sendToUser(userId, toString(MessageType::CallState), body);
}

PhoneCall *PhoneLine::callOfContact(const QString &contactId)
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call->contactId() == contactId)
            return call.get();
    }
    return nullptr;
}

// ---- practice on the phone

void PhoneLine::practiceCallWaiting(const ContactRecord &contact)
{
    // Letters only, like the bridge's own ids: log scrubbers take long digit runs for numbers.
    QString callId = QStringLiteral("p-");
    for (const QChar digit : secure::randomHex(8))
        callId += QChar(u'a' + QString(digit).toInt(nullptr, 16));
    auto call = std::make_shared<PhoneCall>(callId, contact.id, callEvents());
    m_calls.insert(callId, call);
    m_bridge.send(Envelope::make(MessageType::VoiceCallCreate, {{QStringLiteral("callId"), callId}}));
    m_router.addSeeker(call.get());
    invite(*call, contact.practiceTrainer, LegRole::Caller, callId);
}

// ---- supervision on calls

void PhoneLine::supervisorJoined(const ContactRecord &contact, qint64 supervisorId)
{
    PhoneCall *call = contact.channel == protocol::Channel::Phone ? callOfContact(contact.id) : nullptr;
    if (call && call->legOf(supervisorId, LegRole::Supervisor).isEmpty())
        invite(*call, supervisorId, LegRole::Supervisor);
}

void PhoneLine::supervisorLeft(const ContactRecord &contact, qint64 supervisorId)
{
    PhoneCall *call = contact.channel == protocol::Channel::Phone ? callOfContact(contact.id) : nullptr;
    if (!call)
        return;
    const QString legId = call->legOf(supervisorId, LegRole::Supervisor);
    if (!legId.isEmpty()) {
        dropLeg(*call, legId);
        sendRoute(*call);
    }
}

void PhoneLine::supervisorTookOver(const ContactRecord &contact, qint64 supervisorId, bool volunteerStays)
{
    PhoneCall *call = contact.channel == protocol::Channel::Phone ? callOfContact(contact.id) : nullptr;
    if (!call)
        return;
    const QString legId = call->legOf(supervisorId, LegRole::Supervisor);
    if (legId.isEmpty())
        invite(*call, supervisorId, LegRole::Supervisor); // takes over without having listened
    call->setMode(call->legOf(supervisorId, LegRole::Supervisor), SupervisorMode::TakeOver);
    if (!volunteerStays) {
        for (const QString &staffLeg : call->staffLegs()) {
            if (call->ownerOf(staffLeg) != supervisorId)
                dropLeg(*call, staffLeg);
        }
    }
    sendRoute(*call);
}

// ---- staff requests on calls

const PhoneLine::StaffHandlers &PhoneLine::staffHandlers()
{
    static constexpr StaffHandlers table {
        {MessageType::CallHold, &PhoneLine::hold},
        {MessageType::CallMute, &PhoneLine::mute},
        {MessageType::SupervisionMode, &PhoneLine::mode},
    };
    return table;
}

QList<MessageType> PhoneLine::handledTypes()
{
    return staffHandlers().types();
}

bool PhoneLine::handle(StaffRecipient &session, const Envelope &e)
{
    return staffHandlers().dispatch(*this, e.messageType, session, e);
}

void PhoneLine::hold(StaffRecipient &s, const Envelope &e)
{
    const auto contact = m_contacts.find(e.text("contactId"));
    PhoneCall *call = contact ? callOfContact(contact->id) : nullptr;
    if (!call || contact->volunteerId != s.userId()) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such call of yours"), e.id);
        return;
    }
    const bool on = e.body.value(QStringLiteral("on")).toBool();
    call->setOnHold(on);
    sendRoute(*call);
    for (const QString &legId : call->staffLegs())
        sendCallState(call->ownerOf(legId), call->contactId(), on ? CallState::Held : CallState::Connected);
}

void PhoneLine::mute(StaffRecipient &s, const Envelope &e)
{
    PhoneCall *call = callOfContact(e.text("contactId"));
    const QString legId = call ? call->legOf(s.userId(), LegRole::Volunteer) : QString();
    const QString supervisorLeg = call ? call->legOf(s.userId(), LegRole::Supervisor) : QString();
    const QString own = legId.isEmpty() ? supervisorLeg : legId;
    if (!call || own.isEmpty() || !call->setMuted(own, e.body.value(QStringLiteral("on")).toBool())) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("you are not on this call"), e.id);
        return;
    }
    sendRoute(*call);
}

void PhoneLine::mode(StaffRecipient &s, const Envelope &e)
{
    const auto contact = m_contacts.find(e.text("contactId"));
    PhoneCall *call = contact ? callOfContact(contact->id) : nullptr;
    const QString legId = call ? call->legOf(s.userId(), LegRole::Supervisor) : QString();
    // Still a listener the router allows (same centre, request or policy): checked at every change.
    if (!call || legId.isEmpty() || !m_router.isAllowedListener(*contact, s.userId())) {
        s.pushError(ErrorCode::Forbidden, QStringLiteral("join the call first"), e.id);
        m_audit.record({s.account() ? s.account()->name : QString(),
                        QStringLiteral("supervision.mode.refused"), e.text("contactId"), QString(),
                        QString()});
        return;
    }
    const auto mode = protocol::fromString<SupervisorMode>(e.text("mode"));
    if (!mode || !call->setMode(legId, *mode)) {
        s.pushError(ErrorCode::InvalidState, QStringLiteral("your line is not connected yet"), e.id);
        return;
    }
    m_audit.record({s.account() ? s.account()->name : QString(),
                    QStringLiteral("supervision.mode.") + e.text("mode"), contact->id, QString(), QString()});
    sendRoute(*call);
    s.push(toString(MessageType::CallState),
           {{QStringLiteral("contactId"), contact->id},
            {QStringLiteral("state"), toString(CallState::Connected)}},
           e.id);
}

} // namespace ecoute::server
