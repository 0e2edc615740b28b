// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/Router.h"

#include "server/core/Logging.h"
#include "server/routing/Capacity.h"

#include <algorithm>

namespace ecoute::server {

using protocol::ContactState;
using protocol::OfferEndReason;
using protocol::PresenceState;
using protocol::toString;

namespace {
constexpr int kTickMs = 200;
constexpr int kRedispatchMs = 1000; ///< retries offers whose passes cooled down
constexpr int kMaxWrapupSeconds = 900;

bool hasState(const ContactRecord &contact, ContactState state)
{
    return contact.state == state;
}

/// The offer frame: the contact as "offered", and until when it rings.
QJsonObject offerBody(const ContactRecord &contact, const QDateTime &expiresAt, qint64 timeoutMs)
{
    QJsonObject c = contact.toJson();
    c.insert(QStringLiteral("state"), toString(ContactState::Offered));
    return {{QStringLiteral("contact"), c},
            {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("timeoutMs"), timeoutMs}};
}
} // namespace

Router::Router(ContactStore &contacts, AccountStore &accounts, const RoutingConfig &config,
               const Clock &clock, QObject *parent)
    : QObject(parent), m_contacts(contacts), m_accounts(accounts), m_config(config), m_clock(clock),
      m_planner(config.offerTimeoutMs), m_offers(config.offerTimeoutMs), m_positions(config.queueUpdateMs)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Router::tick);
}

void Router::start()
{
    const QDateTime t = m_clock.now();
    for (qint64 userId : m_contacts.volunteersWithActiveContacts()) {
        m_roster.connect(userId, {}, t);
        m_roster.disconnect(userId);
        m_roster.startGrace(userId, t.addSecs(m_config.graceSeconds));
    }
    m_positions.start(t);
    m_lastRedispatch = t;
    m_tick.start();
    scheduleDispatch();
}

// ---- registration

void Router::addStaff(StaffRecipient *session, std::optional<PresenceState> resumedPresence)
{
    const SessionDirectory::StaffChange change = m_sessions.addStaff(session);
    if (!change.changed)
        return;
    // Logged in again as someone else: the previous user lost a window.
    if (change.previousUser != 0 && m_roster.disconnect(change.previousUser))
        lastConnectionGone(change.previousUser);
    const StaffPresence *before = m_roster.find(session->userId());
    const PresenceState chosenBefore = before ? before->chosen : PresenceState::Off;
    const PresenceState chosenNow =
        m_roster.connect(session->userId(), resumedPresence, m_clock.now()).chosen;
    if (m_presenceHook && chosenNow != chosenBefore)
        m_presenceHook(session->userId(), chosenBefore, chosenNow);
    scheduleDispatch();
}

void Router::removeStaff(StaffRecipient *session)
{
    const qint64 userId = m_sessions.removeStaff(session);
    if (userId != 0 && m_roster.disconnect(userId))
        lastConnectionGone(userId);
}

void Router::lastConnectionGone(qint64 userId)
{
    // A ringing offer goes to someone else now; conversations wait for the
    // volunteer during the grace period.
    if (const auto pending = m_offers.forUser(userId))
        withdrawOffer(*pending, OfferEndReason::Unavailable);
    if (m_contacts.activeCountsFor(userId).isEmpty()) {
        m_roster.forget(userId);
    } else if (m_roster.find(userId)) {
        m_roster.startGrace(userId, m_clock.now().addSecs(m_config.graceSeconds));
        qCInfo(lcRouting) << "volunteer disconnected; grace period started";
    }
    m_positions.markChanged();
    scheduleDispatch();
}

void Router::addSeeker(SeekerRecipient *session)
{
    if (!m_sessions.addSeeker(session))
        return;
    // A page that comes back to a waiting contact hears where it stands at once.
    if (const auto last = m_positions.last(session->contactId()))
        session->push(QStringLiteral("queue.position"), *last);
    else
        m_positions.markChanged();
}

void Router::removeSeeker(SeekerRecipient *session)
{
    m_sessions.removeSeeker(session);
}

// ---- presence

PresenceState Router::effectiveState(qint64 userId) const
{
    const StaffPresence *p = m_roster.find(userId);
    if (!p)
        return PresenceState::Off;
    if (!p->isAvailable())
        return p->chosen;
    if (p->inWrapup(m_clock.now()))
        return PresenceState::Wrapup;
    const auto account = m_accounts.findById(userId);
    if (account && capacity::isFull(account->profile, m_contacts.activeCountsFor(userId)))
        return PresenceState::Busy;
    return p->chosen;
}

QJsonObject Router::presenceBody(qint64 userId) const
{
    const StaffPresence *p = m_roster.find(userId);
    QJsonObject body {{QStringLiteral("state"), toString(effectiveState(userId))},
                      {QStringLiteral("chosen"), toString(p ? p->chosen : PresenceState::Off)}};
    if (p && !p->reason.isEmpty())
        body.insert(QStringLiteral("reason"), p->reason);
    if (p && p->inWrapup(m_clock.now()))
        body.insert(QStringLiteral("wrapupUntil"), p->wrapupUntil.toString(Qt::ISODateWithMs));
    return body;
}

bool Router::isAvailable(qint64 userId) const
{
    const StaffPresence *p = m_roster.find(userId);
    return p && p->isAvailable();
}

void Router::setPresence(StaffRecipient &session, PresenceState state, const QString &reason,
                         const QString &re)
{
    const qint64 userId = session.userId();
    const StaffPresence *before = m_roster.find(userId);
    const PresenceState chosenBefore = before ? before->chosen : PresenceState::Off;
    m_roster.choose(userId, state, reason, m_clock.now());
    if (state != PresenceState::Available) {
        if (const auto pending = m_offers.forUser(userId))
            withdrawOffer(*pending, OfferEndReason::Unavailable);
    }
    broadcastPresence(userId, session.connectionKey(), re);
    if (m_presenceHook && chosenBefore != state)
        m_presenceHook(userId, chosenBefore, state);
    scheduleDispatch();
}

void Router::broadcastPresence(qint64 userId, const ClientConnection *requester, const QString &re)
{
    m_sessions.sendToUser(userId, QStringLiteral("presence.state"), presenceBody(userId), requester, re);
}

void Router::resendOffer(StaffRecipient &session)
{
    const auto pending = m_offers.forUser(session.userId());
    if (!pending)
        return;
    const auto contact = m_contacts.find(pending->contactId);
    if (!contact)
        return;
    const qint64 left = std::max<qint64>(0, m_clock.now().msecsTo(pending->expiresAt));
    session.push(QStringLiteral("offer"), offerBody(*contact, pending->expiresAt, left));
}

// ---- inbox and offers

bool Router::seesInInbox(const StaffRecipient &session, const ContactRecord &contact) const
{
    const Account *account = session.account();
    if (!account || !session.canTakeContacts())
        return false;
    // A practice contact is its trainee's alone, whatever their presence: practice happens off shift too.
    if (contact.practice)
        return contact.practiceTrainee == account->id;
    return isAvailable(session.userId()) && !account->inTraining
        && account->profile.qualifiedFor(contact.channel, contact.language);
}

QList<ContactRecord> Router::inboxFor(const StaffRecipient &session) const
{
    if (!session.account())
        return {};
    QList<ContactRecord> visible = m_contacts.practiceWaitingFor(session.userId());
    for (const ContactRecord &c : m_contacts.waiting()) {
        if (seesInInbox(session, c))
            visible.append(c);
    }
    return visible;
}

void Router::contactWaiting(const ContactRecord &contact)
{
    const protocol::FrameBody body {{QStringLiteral("contact"), contact.toJson()}}; // serialised once
    for (StaffRecipient *staff : m_sessions.staff()) {
        if (seesInInbox(*staff, contact) && staff->revalidate())
            staff->push(QStringLiteral("contact.update"), body);
    }
    m_positions.markChanged();
    scheduleDispatch();
}

void Router::practiceWaiting(const ContactRecord &contact)
{
    m_sessions.sendToUser(contact.practiceTrainee, QStringLiteral("contact.update"),
                          {{QStringLiteral("contact"), contact.toJson()}});
}

void Router::scheduleDispatch()
{
    if (m_dispatchScheduled)
        return;
    m_dispatchScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_dispatchScheduled = false;
        dispatch();
    });
}

void Router::dispatch()
{
    const QDateTime t = m_clock.now();
    // Who could take a contact right now (usually a handful of people). The
    // planner decides; presence is checked first so that only they cost SQL.
    QList<DispatchCandidate> candidates;
    for (qint64 userId : m_roster.users()) {
        const StaffPresence *p = m_roster.find(userId);
        if (!p || !DispatchPlanner::readyForOffer(*p, m_offers.forUser(userId).has_value(), t))
            continue;
        const auto account = m_accounts.findById(userId); // fresh: an admin may have changed it
        if (account && DispatchPlanner::mayTakeRealContacts(*account))
            candidates.append({*account, *p, m_contacts.activeCountsFor(userId)});
    }
    if (candidates.isEmpty())
        return; // nobody to offer to: the queue is not even read
    const QList<ContactRecord> waiting = m_contacts.waiting();
    m_hasWaiting = !waiting.isEmpty();
    for (const PlannedOffer &planned : m_planner.plan(waiting, candidates, m_offers, t))
        makeOffer(planned);
}

void Router::makeOffer(const PlannedOffer &planned)
{
    const QJsonObject body = offerBody(planned.contact, planned.expiresAt, m_planner.offerTimeoutMs());
    int rang = 0;
    for (StaffRecipient *staff : m_sessions.windowsOf(planned.userId)) {
        if (staff->revalidate()) {
            staff->push(QStringLiteral("offer"), body);
            ++rang;
        }
    }
    if (rang > 0) {
        m_offers.add({planned.contact.id, planned.userId, planned.expiresAt});
        qCInfo(lcRouting) << "contact offered to the longest-idle qualified volunteer";
    }
}

void Router::withdrawOffer(const OfferBook::Offer &offer, OfferEndReason reason, const QString &re)
{
    m_offers.take(offer.contactId);
    if (reason == OfferEndReason::Timeout || reason == OfferEndReason::Declined
        || reason == OfferEndReason::Unavailable) {
        m_offers.recordPass(offer.contactId, offer.userId, m_clock.now());
    }
    const QJsonObject body {{QStringLiteral("contactId"), offer.contactId},
                            {QStringLiteral("reason"), toString(reason)}};
    for (StaffRecipient *staff : m_sessions.windowsOf(offer.userId))
        staff->push(QStringLiteral("offer.withdrawn"), body, re);
    scheduleDispatch();
}

Router::AcceptResult Router::acceptPractice(StaffRecipient &session, const ContactRecord &before)
{
    // Only the trainee it was made for; no presence, capacity or wrap-up rules.
    if (before.practiceTrainee != session.userId() || !session.canTakeContacts())
        return {AcceptOutcome::NotFound, std::nullopt};
    if (!hasState(before, ContactState::Waiting) || !m_contacts.assign(before.id, session.userId()))
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    const auto contact = m_contacts.find(before.id);
    if (!contact)
        return {AcceptOutcome::NotFound, std::nullopt};
    for (qint64 listener : listenersOf(contact->id))
        m_sessions.sendToUser(listener, QStringLiteral("contact.update"),
                              {{QStringLiteral("contact"), contact->toJson()}});
    // A practice call's side (the phone line) connects the trainee now.
    m_sessions.sendToSeekers(contact->id, QStringLiteral("contact.state"),
                             {{QStringLiteral("state"), toString(contact->state)}});
    qCInfo(lcRouting) << "practice contact accepted";
    return {AcceptOutcome::Accepted, contact};
}

Router::AcceptResult Router::accept(StaffRecipient &session, const QString &contactId)
{
    const auto before = m_contacts.find(contactId);
    if (before && before->practice)
        return acceptPractice(session, *before);
    const Account *account = session.account();
    // Only someone on shift and available takes a contact: off shift or on pause means not now.
    if (!account || !session.canTakeContacts() || !isAvailable(session.userId()))
        return {AcceptOutcome::Forbidden, std::nullopt};
    if (!before)
        return {AcceptOutcome::NotFound, std::nullopt};
    if (!hasState(*before, ContactState::Waiting) && !hasState(*before, ContactState::Offered))
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    if (!account->profile.qualifiedFor(before->channel, before->language) || account->inTraining)
        return {AcceptOutcome::NotQualified, std::nullopt};
    if (!capacity::hasRoom(account->profile, m_contacts.activeCountsFor(session.userId()), before->channel))
        return {AcceptOutcome::AtCapacity, std::nullopt};
    if (!m_contacts.assign(contactId, session.userId()))
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    const auto contact = m_contacts.find(contactId);
    if (!contact)
        return {AcceptOutcome::NotFound, std::nullopt};

    const QDateTime t = m_clock.now();
    if (const auto pending = m_offers.take(contactId); pending && pending->userId != session.userId())
        withdrawOffer(*pending, OfferEndReason::Taken);
    m_offers.forgetContact(contactId);
    m_estimator.recordPickup(QueuePositions::queueOf(*contact), t);
    if (StaffPresence *p = m_roster.find(session.userId()))
        p->idleSince = t;
    m_positions.forget(contactId);

    for (StaffRecipient *staff : m_sessions.windowsOf(session.userId())) {
        // The same volunteer in another window: show the conversation there too.
        if (staff != &session && staff->revalidate())
            staff->openConversation(*contact, m_contacts.messagesAfter(contactId, 0));
    }
    removeFromInboxes(*contact, &session);
    m_listenerGuard.review(*contact);
    m_sessions.sendToSeekers(contactId, QStringLiteral("contact.state"),
                             {{QStringLiteral("state"), toString(contact->state)}});
    broadcastPresence(session.userId());
    m_positions.markChanged();
    scheduleDispatch();
    qCInfo(lcRouting) << "contact accepted";
    return {AcceptOutcome::Accepted, contact};
}

Router::Outcome Router::decline(StaffRecipient &session, const QString &contactId, const QString &re)
{
    const auto pending = m_offers.forContact(contactId);
    if (!pending || pending->userId != session.userId())
        return Outcome::NotFound;
    withdrawOffer(*pending, OfferEndReason::Declined, re);
    qCInfo(lcRouting) << "offer declined";
    return Outcome::Done;
}

// ---- wrap-up

Router::Outcome Router::endWrapup(StaffRecipient &session, const QString &re)
{
    const QDateTime t = m_clock.now();
    const StaffPresence *p = m_roster.find(session.userId());
    if (!p || !p->inWrapup(t))
        return Outcome::InvalidState;
    m_roster.endWrapup(session.userId(), t);
    broadcastPresence(session.userId(), session.connectionKey(), re);
    scheduleDispatch();
    return Outcome::Done;
}

Router::Outcome Router::extendWrapup(StaffRecipient &session, int seconds, const QString &re)
{
    const QDateTime t = m_clock.now();
    const StaffPresence *p = m_roster.find(session.userId());
    if (!p || !p->inWrapup(t))
        return Outcome::InvalidState;
    if (seconds < 1 || seconds > kMaxWrapupSeconds)
        return Outcome::Forbidden;
    m_roster.extendWrapup(session.userId(), seconds, kMaxWrapupSeconds, t);
    broadcastPresence(session.userId(), session.connectionKey(), re);
    return Outcome::Done;
}

// ---- transfer and requeue

Router::Outcome Router::transfer(StaffRecipient &session, const ContactRecord &contact, const QString &toUser,
                                 const QString &note, const QString &re)
{
    const auto target = m_accounts.findByName(toUser);
    if (!target || target->disabled || !target->takesContacts())
        return Outcome::NotFound;
    if (target->inTraining && !contact.practice)
        return Outcome::InvalidState; // never a real contact to someone in training
    if (target->id == session.userId() || !hasState(contact, ContactState::Active))
        return Outcome::InvalidState;
    const StaffPresence *p = m_roster.find(target->id);
    if (!p || p->connections == 0 || !p->isAvailable()
        || !target->profile.qualifiedFor(contact.channel, contact.language)
        || !capacity::hasRoom(target->profile, m_contacts.activeCountsFor(target->id), contact.channel)) {
        return Outcome::InvalidState;
    }
    const auto at = m_contacts.transfer(contact.id, session.userId(), target->id, note);
    if (!at)
        return Outcome::InvalidState;
    const auto moved = m_contacts.find(contact.id);
    if (!moved)
        return Outcome::NotFound;

    const Account *from = session.account();
    const QJsonObject handover {{QStringLiteral("fromUser"), from ? from->name : QString()},
                                {QStringLiteral("fromName"), from ? from->displayName : QString()},
                                {QStringLiteral("note"), note},
                                {QStringLiteral("at"), *at}};
    const QList<MessageRecord> messages = m_contacts.messagesAfter(contact.id, 0);
    for (StaffRecipient *staff : m_sessions.windowsOf(target->id)) {
        if (staff->revalidate())
            staff->openConversation(*moved, messages, {{QStringLiteral("handover"), handover}});
    }
    m_listenerGuard.review(*moved); // another volunteer, maybe another centre
    m_sessions.sendToUser(session.userId(), QStringLiteral("contact.released"),
                          {{QStringLiteral("contactId"), contact.id},
                           {QStringLiteral("reason"), toString(protocol::ReleaseReason::Transferred)},
                           {QStringLiteral("toUser"), target->name}},
                          session.connectionKey(), re);
    notifyContinued(contact.id);
    broadcastPresence(session.userId());
    broadcastPresence(target->id);
    scheduleDispatch();
    qCInfo(lcRouting) << "contact transferred";
    return Outcome::Done;
}

Router::Outcome Router::reassign(const Account &supervisor, const ContactRecord &contact,
                                 const QString &toUser, const QString &note)
{
    const auto target = m_accounts.findByName(toUser);
    if (!target || target->disabled || !target->takesContacts() || target->inTraining)
        return Outcome::NotFound;
    if (!hasState(contact, ContactState::Active) || target->id == contact.volunteerId
        || !target->profile.qualifiedFor(contact.channel, contact.language)) {
        return Outcome::InvalidState;
    }
    const qint64 fromUser = contact.volunteerId;
    const auto at = m_contacts.transfer(contact.id, fromUser, target->id, note);
    const auto moved = at ? m_contacts.find(contact.id) : std::nullopt;
    if (!moved)
        return Outcome::InvalidState;
    const QJsonObject handover {{QStringLiteral("fromUser"), supervisor.name},
                                {QStringLiteral("fromName"), supervisor.displayName},
                                {QStringLiteral("note"), note},
                                {QStringLiteral("at"), *at}};
    const QList<MessageRecord> messages = m_contacts.messagesAfter(contact.id, 0);
    for (StaffRecipient *staff : m_sessions.windowsOf(target->id)) {
        if (staff->revalidate())
            staff->openConversation(*moved, messages, {{QStringLiteral("handover"), handover}});
    }
    m_listenerGuard.review(*moved);
    m_sessions.sendToUser(fromUser, QStringLiteral("contact.released"),
                          {{QStringLiteral("contactId"), contact.id},
                           {QStringLiteral("reason"), toString(protocol::ReleaseReason::Transferred)},
                           {QStringLiteral("toUser"), target->name}});
    qCInfo(lcRouting) << "thread reassigned by a supervisor";
    return Outcome::Done;
}

Router::Outcome Router::requeue(StaffRecipient &session, const ContactRecord &contact, const QString &re)
{
    if (!hasState(contact, ContactState::Active) || !m_contacts.requeue(contact.id))
        return Outcome::InvalidState;
    m_sessions.sendToUser(session.userId(), QStringLiteral("contact.released"),
                          {{QStringLiteral("contactId"), contact.id},
                           {QStringLiteral("reason"), toString(protocol::ReleaseReason::Requeued)}},
                          session.connectionKey(), re);
    announceRequeued(contact);
    broadcastPresence(session.userId());
    qCInfo(lcRouting) << "contact handed back to the queue";
    return Outcome::Done;
}

void Router::announceRequeued(const ContactRecord &contactBefore)
{
    m_sessions.sendToSeekers(contactBefore.id, QStringLiteral("contact.state"),
                             {{QStringLiteral("state"), toString(ContactState::Waiting)}});
    m_sessions.sendToSeekers(contactBefore.id, QStringLiteral("contact.notice"),
                             {{QStringLiteral("kind"), toString(protocol::SeekerNotice::Requeued)}});
    if (const auto waitingAgain = m_contacts.find(contactBefore.id)) {
        m_listenerGuard.review(*waitingAgain); // nobody's now: its listeners stop following it
        contactWaiting(*waitingAgain);
    }
}

void Router::graceExpired(qint64 userId)
{
    const StaffPresence *p = m_roster.find(userId);
    if (p && p->connections > 0)
        return; // came back just in time
    const QList<ContactRecord> held = m_contacts.activeFor(userId);
    for (const ContactRecord &contact : held) {
        // An e-mail thread stays with its volunteer across shifts and days (a supervisor can reassign it).
        if (contact.channel != protocol::Channel::Email && m_contacts.requeue(contact.id))
            announceRequeued(contact);
    }
    m_roster.forget(userId);
    qCInfo(lcRouting) << "grace period over;" << held.size() << "contacts back at the head of their queues";
}

QJsonArray Router::team() const
{
    QJsonArray members;
    for (qint64 userId : m_roster.users()) {
        const StaffPresence *p = m_roster.find(userId);
        if (!p || p->connections == 0 || !p->onShift())
            continue;
        const auto account = m_accounts.findById(userId);
        if (!account || account->disabled)
            continue;
        int conversations = 0;
        for (int n : m_contacts.activeCountsFor(userId))
            conversations += n;
        QJsonObject member {
            {QStringLiteral("user"), account->name},
            {QStringLiteral("displayName"), account->displayName},
            {QStringLiteral("role"), toString(account->role)},
            {QStringLiteral("state"), toString(effectiveState(userId))},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("channels"), QJsonArray::fromStringList(account->profile.channelNames())},
            {QStringLiteral("languages"), QJsonArray::fromStringList(account->profile.languages)}};
        if (m_memberCounts) {
            const QJsonObject counts = m_memberCounts(userId);
            for (auto it = counts.begin(); it != counts.end(); ++it)
                member.insert(it.key(), it.value());
        }
        members.append(member);
    }
    return members;
}

// ---- messages and endings

void Router::deliver(const ContactRecord &contact, const MessageRecord &message)
{
    const QJsonObject seekerBody = message.toJson();
    QJsonObject staffObject = seekerBody;
    staffObject.insert(QStringLiteral("contactId"), contact.id);
    const protocol::FrameBody staffBody(std::move(staffObject)); // serialised once for every window
    if (contact.volunteerId != 0) {
        for (StaffRecipient *staff : m_sessions.windowsOf(contact.volunteerId)) {
            if (staff->revalidate())
                staff->push(QStringLiteral("chat.message"), staffBody);
        }
    }
    for (qint64 listener : listenersOf(contact.id)) {
        if (!m_listenerGuard.admit(listener, contact))
            continue;
        for (StaffRecipient *staff : m_sessions.windowsOf(listener)) {
            if (staff->revalidate())
                staff->push(QStringLiteral("chat.message"), staffBody);
        }
    }
    m_sessions.sendToSeekers(contact.id, QStringLiteral("chat.message"), seekerBody);
}

void Router::notifyContinued(const QString &contactId)
{
    m_sessions.sendToSeekers(contactId, QStringLiteral("contact.notice"),
                             {{QStringLiteral("kind"), toString(protocol::SeekerNotice::Continued)}});
}

void Router::removeListener(const QString &contactId, qint64 userId)
{
    auto it = m_listeners.find(contactId);
    if (it == m_listeners.end())
        return;
    it->remove(userId);
    if (it->isEmpty())
        m_listeners.erase(it);
}

QList<qint64> Router::connectedUsers() const
{
    QList<qint64> users;
    for (qint64 userId : m_roster.users()) {
        if (const StaffPresence *p = m_roster.find(userId); p && p->connections > 0)
            users.append(userId);
    }
    return users;
}

void Router::contactEnded(const ContactRecord &contactBefore, const QString &by, ClientConnection *requester,
                          const QString &re)
{
    const QString &id = contactBefore.id;
    const QJsonObject staffBody {{QStringLiteral("contactId"), id}, {QStringLiteral("by"), by}};
    const bool wasWaiting =
        hasState(contactBefore, ContactState::Waiting) || hasState(contactBefore, ContactState::Offered);
    if (const auto pending = m_offers.forContact(id))
        withdrawOffer(*pending, OfferEndReason::Ended);
    m_offers.forgetContact(id);
    m_positions.forget(id);

    if (contactBefore.volunteerId != 0)
        m_sessions.sendToUser(contactBefore.volunteerId, QStringLiteral("contact.ended"), staffBody,
                              requester, re);
    if (wasWaiting)
        removeFromInboxes(contactBefore);
    for (qint64 listener : m_listeners.take(id))
        m_sessions.sendToUser(listener, QStringLiteral("contact.ended"), staffBody, requester, re);
    for (SeekerRecipient *seeker : m_sessions.pagesOf(id)) {
        seeker->push(QStringLiteral("contact.ended"), {{QStringLiteral("by"), by}},
                     requester && seeker->connectionKey() == requester ? re : QString());
        seeker->push(QStringLiteral("contact.state"),
                     {{QStringLiteral("state"), toString(ContactState::Ended)}});
    }
    // The volunteer takes a breath before the next offer (not after practice).
    // Closing an e-mail thread is not the end of a conversation just had: no wrap-up for it.
    if (contactBefore.volunteerId != 0 && hasState(contactBefore, ContactState::Active)
        && !contactBefore.practice && contactBefore.channel != protocol::Channel::Email) {
        const qint64 userId = contactBefore.volunteerId;
        if (m_config.wrapupSeconds > 0)
            m_roster.startWrapupAfterContact(userId, m_config.wrapupSeconds, m_clock.now());
        broadcastPresence(userId);
    }
    m_positions.markChanged();
    scheduleDispatch();
    qCInfo(lcRouting) << "contact ended by" << by;
}

// ---- the clock

void Router::tick()
{
    const QDateTime t = m_clock.now();
    for (const OfferBook::Offer &expired : m_offers.takeExpired(t)) {
        qCInfo(lcRouting) << "offer timed out; passing it on";
        withdrawOffer(expired, OfferEndReason::Timeout);
    }
    for (qint64 userId : m_roster.takeEndedWrapups(t)) {
        broadcastPresence(userId);
        scheduleDispatch();
    }
    for (qint64 userId : m_roster.takeEndedGraces(t)) {
        graceExpired(userId);
        scheduleDispatch();
    }
    if (m_hasWaiting && m_lastRedispatch.msecsTo(t) >= kRedispatchMs) {
        m_lastRedispatch = t;
        scheduleDispatch();
    }
    if (const QueuePositions::Due due = m_positions.due(t); due != QueuePositions::Due::No)
        updatePositions(due == QueuePositions::Due::All);
}

void Router::updatePositions(bool all)
{
    // Who answers which queue at all: staff on shift (connected, not off).
    QList<Account> onShift;
    for (qint64 userId : m_roster.users()) {
        const StaffPresence *p = m_roster.find(userId);
        if (!p || p->connections == 0 || !p->onShift())
            continue;
        // From the authorization cache: this runs at every queue change, for everyone on shift.
        if (const auto account = accountOf(userId); account && !account->disabled && account->takesContacts())
            onShift.append(*account);
    }
    const auto updates = m_positions.update(m_contacts.waiting(), onShift, m_estimator, m_clock.now(), all);
    for (const QueuePositions::Update &update : updates)
        m_sessions.sendToSeekers(update.contactId, QStringLiteral("queue.position"), update.body);
}

// ---- sending

void Router::sendToUser(qint64 userId, const QString &type, const protocol::FrameBody &body,
                        const ClientConnection *requester, const QString &re)
{
    m_sessions.sendToUser(userId, type, body, requester, re);
}

void Router::removeFromInboxes(const ContactRecord &contact, const StaffRecipient *except)
{
    const protocol::FrameBody removed {{QStringLiteral("contactId"), contact.id}};
    for (StaffRecipient *staff : m_sessions.staff()) {
        if (staff != except && seesInInbox(*staff, contact))
            staff->push(QStringLiteral("contact.removed"), removed);
    }
}

QJsonArray Router::emergencyNumbers() const
{
    QJsonArray list;
    for (const EmergencyNumber &n : m_config.emergencyNumbers)
        list.append(QJsonObject {{QStringLiteral("number"), n.number}, {QStringLiteral("label"), n.label}});
    return list;
}

} // namespace ecoute::server
