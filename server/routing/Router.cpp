// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/Router.h"

#include "server/transport/ClientConnection.h"
#include "server/service/Logging.h"
#include "server/channels/webchat/SeekerSession.h"
#include "server/staff/StaffSession.h"
#include "server/contacts/Transcript.h"

#include <algorithm>

namespace ecoute::server {

namespace {
const QString kWaiting = QStringLiteral("waiting");
const QString kOffered = QStringLiteral("offered");
const QString kActive = QStringLiteral("active");
constexpr int kTickMs = 200;
constexpr int kPositionsMinIntervalMs = 500; ///< coalesces queue.position bursts
constexpr int kRedispatchMs = 1000; ///< retries offers whose passes cooled down
constexpr int kMaxWrapupSeconds = 900;

template<typename K, typename V> void unindex(QHash<K, QList<V *>> &index, const K &key, V *session)
{
    auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeAll(session);
    if (it->isEmpty())
        index.erase(it);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace

Router::Router(ContactStore &contacts, AccountStore &accounts, const RoutingConfig &config, QObject *parent)
    : QObject(parent), m_contacts(contacts), m_accounts(accounts), m_config(config),
      m_offers(config.offerTimeoutMs)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &Router::tick);
}

void Router::start()
{
    const QDateTime t = now();
    for (qint64 userId : m_contacts.volunteersWithActiveContacts()) {
        StaffPresence &p = m_roster.connect(userId, {}, t);
        m_roster.disconnect(userId);
        p.graceUntil = t.addSecs(m_config.graceSeconds);
    }
    m_lastPositions = t;
    m_lastRedispatch = t;
    m_tick.start();
    scheduleDispatch();
}

// ---- registration

void Router::addStaff(StaffSession *session, const QString &resumedPresence)
{
    const qint64 userId = session->userId();
    const auto known = m_staffUser.constFind(session);
    if (known != m_staffUser.cend()) {
        if (*known == userId)
            return;
        // Logged in again as someone else: the previous user lost a window.
        const qint64 previous = *known;
        unindex(m_staffByUser, previous, session);
        m_staffUser.remove(session);
        if (m_roster.disconnect(previous))
            lastConnectionGone(previous);
    } else {
        m_staff.append(session);
    }
    m_staffUser.insert(session, userId);
    m_staffByUser[userId].append(session);
    m_roster.connect(userId, resumedPresence, now());
    scheduleDispatch();
}

void Router::removeStaff(StaffSession *session)
{
    const auto known = m_staffUser.constFind(session);
    if (known == m_staffUser.cend())
        return;
    const qint64 userId = *known;
    unindex(m_staffByUser, userId, session);
    m_staffUser.erase(known);
    m_staff.removeAll(session);
    if (m_roster.disconnect(userId))
        lastConnectionGone(userId);
}

void Router::lastConnectionGone(qint64 userId)
{
    // A ringing offer goes to someone else now; conversations wait for the
    // volunteer during the grace period.
    if (const auto pending = m_offers.forUser(userId))
        withdrawOffer(*pending, QStringLiteral("unavailable"));
    if (m_contacts.activeCountsFor(userId).isEmpty()) {
        m_roster.forget(userId);
    } else if (StaffPresence *p = m_roster.find(userId)) {
        p->graceUntil = now().addSecs(m_config.graceSeconds);
        qCInfo(lcRouting) << "volunteer disconnected; grace period started";
    }
    m_positionsDirty = true;
    scheduleDispatch();
}

void Router::addSeeker(SeekerSession *session)
{
    const QString contactId = session->contactId();
    const auto known = m_seekerContact.constFind(session);
    if (known != m_seekerContact.cend()) {
        if (*known == contactId)
            return;
        unindex(m_seekersByContact, *known, session);
    }
    m_seekerContact.insert(session, contactId);
    m_seekersByContact[contactId].append(session);
    // A page that comes back to a waiting contact hears where it stands at once.
    const auto last = m_lastPosition.constFind(contactId);
    if (last != m_lastPosition.cend())
        sendPosition(*session, *last);
    else
        m_positionsDirty = true;
}

void Router::removeSeeker(SeekerSession *session)
{
    const auto known = m_seekerContact.constFind(session);
    if (known == m_seekerContact.cend())
        return;
    unindex(m_seekersByContact, *known, session);
    m_seekerContact.erase(known);
}

// ---- presence

bool Router::hasRoom(const Account &account, const QHash<QString, int> &load, const QString &channel) const
{
    const int capacity = account.profile.capacityFor(channel);
    return capacity == 0 || load.value(channel) < capacity;
}

bool Router::atCapacity(const Account &account, const QHash<QString, int> &load) const
{
    // Busy when every channel with a limit is full; a channel without a limit
    // (email) is background work and does not keep anyone "available".
    bool limited = false;
    for (const QString &channel : account.profile.channels) {
        if (account.profile.capacityFor(channel) == 0)
            continue;
        limited = true;
        if (hasRoom(account, load, channel))
            return false;
    }
    return limited;
}

QString Router::effectiveState(qint64 userId) const
{
    const StaffPresence *p = m_roster.find(userId);
    if (!p)
        return QStringLiteral("off");
    if (!p->isAvailable())
        return p->chosen;
    if (p->inWrapup(now()))
        return QStringLiteral("wrapup");
    const auto account = m_accounts.findById(userId);
    if (account && atCapacity(*account, m_contacts.activeCountsFor(userId)))
        return QStringLiteral("busy");
    return p->chosen;
}

QJsonObject Router::presenceBody(qint64 userId) const
{
    const StaffPresence *p = m_roster.find(userId);
    QJsonObject body {{QStringLiteral("state"), effectiveState(userId)},
                      {QStringLiteral("chosen"), p ? p->chosen : QStringLiteral("off")}};
    if (p && !p->reason.isEmpty())
        body.insert(QStringLiteral("reason"), p->reason);
    if (p && p->inWrapup(now()))
        body.insert(QStringLiteral("wrapupUntil"), p->wrapupUntil.toString(Qt::ISODateWithMs));
    return body;
}

bool Router::isAvailable(qint64 userId) const
{
    const StaffPresence *p = m_roster.find(userId);
    return p && p->isAvailable();
}

void Router::setPresence(StaffSession &session, const QString &state, const QString &reason,
                         const QString &re)
{
    const qint64 userId = session.userId();
    m_roster.choose(userId, state, reason, now());
    if (state != QLatin1String("available")) {
        if (const auto pending = m_offers.forUser(userId))
            withdrawOffer(*pending, QStringLiteral("unavailable"));
    }
    broadcastPresence(userId, &session.connection(), re);
    scheduleDispatch();
}

void Router::broadcastPresence(qint64 userId, const ClientConnection *requester, const QString &re)
{
    sendToUser(userId, QStringLiteral("presence.state"), presenceBody(userId), requester, re);
}

void Router::resendOffer(StaffSession &session)
{
    const auto pending = m_offers.forUser(session.userId());
    if (!pending)
        return;
    const auto contact = m_contacts.find(pending->contactId);
    if (!contact)
        return;
    QJsonObject c = contact->toJson();
    c.insert(QStringLiteral("state"), kOffered);
    session.connection().send(
        QStringLiteral("offer"),
        {{QStringLiteral("contact"), c},
         {QStringLiteral("expiresAt"), pending->expiresAt.toString(Qt::ISODateWithMs)},
         {QStringLiteral("timeoutMs"), std::max<qint64>(0, now().msecsTo(pending->expiresAt))}});
}

// ---- inbox and offers

bool Router::seesInInbox(const StaffSession &session, const ContactRecord &contact) const
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

QList<ContactRecord> Router::inboxFor(const StaffSession &session) const
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
    const QJsonObject body {{QStringLiteral("contact"), contact.toJson()}};
    const QList<StaffSession *> staffSessions = m_staff;
    for (StaffSession *staff : staffSessions) {
        if (seesInInbox(*staff, contact) && staff->revalidate())
            staff->connection().send(QStringLiteral("contact.update"), body);
    }
    m_positionsDirty = true;
    scheduleDispatch();
}

void Router::practiceWaiting(const ContactRecord &contact)
{
    sendToUser(contact.practiceTrainee, QStringLiteral("contact.update"),
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
    const QDateTime t = now();
    // Who could take a contact right now: on shift and available, connected,
    // not in wrap-up, no offer ringing. Usually a handful of people.
    QList<Candidate> free;
    for (qint64 userId : m_roster.users()) {
        const StaffPresence *p = m_roster.find(userId);
        if (!p || p->connections == 0 || !p->isAvailable() || p->inWrapup(t) || m_offers.forUser(userId))
            continue;
        const auto account = m_accounts.findById(userId); // fresh: an admin may have changed it
        // People in training get practice contacts only, never a real one.
        if (!account || account->disabled || !account->takesContacts() || account->inTraining)
            continue;
        free.append({userId, *account, m_contacts.activeCountsFor(userId), p->idleSince});
    }
    if (free.isEmpty())
        return; // nobody to offer to: the queue is not even read
    const QList<ContactRecord> waiting = m_contacts.waiting();
    m_hasWaiting = !waiting.isEmpty();
    if (waiting.isEmpty())
        return;
    for (const ContactRecord &contact : waiting) {
        if (m_offers.forContact(contact.id))
            continue;
        auto best = free.end();
        for (auto it = free.begin(); it != free.end(); ++it) {
            if (!it->account.profile.qualifiedFor(contact.channel, contact.language)
                || !hasRoom(it->account, it->load, contact.channel)
                || m_offers.passedRecently(contact.id, it->userId, t)) {
                continue;
            }
            if (best == free.end() || it->idleSince < best->idleSince)
                best = it;
        }
        if (best == free.end())
            continue;
        const Candidate chosen = *best;
        free.erase(best);
        offer(contact, chosen, t);
        if (free.isEmpty())
            break;
    }
}

void Router::offer(const ContactRecord &contact, const Candidate &to, const QDateTime &t)
{
    const QDateTime expiresAt = t.addMSecs(m_config.offerTimeoutMs);
    QJsonObject c = contact.toJson();
    c.insert(QStringLiteral("state"), kOffered);
    const QJsonObject body {{QStringLiteral("contact"), c},
                            {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("timeoutMs"), m_config.offerTimeoutMs}};
    int rang = 0;
    for (StaffSession *staff : staffOf(to.userId)) {
        if (staff->userId() == to.userId && staff->revalidate()) {
            staff->connection().send(QStringLiteral("offer"), body);
            ++rang;
        }
    }
    if (rang > 0) {
        m_offers.add({contact.id, to.userId, expiresAt});
        qCInfo(lcRouting) << "contact offered to the longest-idle qualified volunteer";
    }
}

void Router::withdrawOffer(const OfferBook::Offer &offer, const QString &reason, const QString &re)
{
    m_offers.take(offer.contactId);
    if (reason == QLatin1String("timeout") || reason == QLatin1String("declined")
        || reason == QLatin1String("unavailable")) {
        m_offers.recordPass(offer.contactId, offer.userId, now());
    }
    const QJsonObject body {{QStringLiteral("contactId"), offer.contactId},
                            {QStringLiteral("reason"), reason}};
    for (StaffSession *staff : staffOf(offer.userId)) {
        if (staff->userId() == offer.userId)
            staff->connection().send(QStringLiteral("offer.withdrawn"), body, re);
    }
    scheduleDispatch();
}

Router::AcceptResult Router::acceptPractice(StaffSession &session, const ContactRecord &before)
{
    // Only the trainee it was made for; no presence, capacity or wrap-up rules.
    if (before.practiceTrainee != session.userId() || !session.canTakeContacts())
        return {AcceptOutcome::NotFound, std::nullopt};
    if (before.state != kWaiting || !m_contacts.assign(before.id, session.userId()))
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    const auto contact = m_contacts.find(before.id);
    if (!contact)
        return {AcceptOutcome::NotFound, std::nullopt};
    for (qint64 listener : listenersOf(contact->id))
        sendToUser(listener, QStringLiteral("contact.update"),
                   {{QStringLiteral("contact"), contact->toJson()}});
    qCInfo(lcRouting) << "practice contact accepted";
    return {AcceptOutcome::Accepted, contact};
}

Router::AcceptResult Router::accept(StaffSession &session, const QString &contactId)
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
    if (before->state != kWaiting && before->state != kOffered)
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    if (!account->profile.qualifiedFor(before->channel, before->language) || account->inTraining)
        return {AcceptOutcome::NotQualified, std::nullopt};
    if (!hasRoom(*account, m_contacts.activeCountsFor(session.userId()), before->channel))
        return {AcceptOutcome::AtCapacity, std::nullopt};
    if (!m_contacts.assign(contactId, session.userId()))
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    const auto contact = m_contacts.find(contactId);
    if (!contact)
        return {AcceptOutcome::NotFound, std::nullopt};

    const QDateTime t = now();
    if (const auto pending = m_offers.take(contactId); pending && pending->userId != session.userId())
        withdrawOffer(*pending, QStringLiteral("taken"));
    m_offers.forgetContact(contactId);
    m_estimator.recordPickup(queueOf(*contact), t);
    if (StaffPresence *p = m_roster.find(session.userId()))
        p->idleSince = t;
    m_lastPosition.remove(contactId);

    for (StaffSession *staff : staffOf(session.userId())) {
        // The same volunteer in another window: show the conversation there too.
        if (staff != &session && staff->userId() == session.userId() && staff->revalidate())
            transcript::sendConversationOpen(staff->connection(), *contact,
                                             m_contacts.messagesAfter(contactId, 0));
    }
    removeFromInboxes(*contact, &session);
    m_listenerGuard.review(*contact);
    notifySeekers(contactId, QStringLiteral("contact.state"), {{QStringLiteral("state"), contact->state}});
    broadcastPresence(session.userId());
    m_positionsDirty = true;
    scheduleDispatch();
    qCInfo(lcRouting) << "contact accepted";
    return {AcceptOutcome::Accepted, contact};
}

Router::Outcome Router::decline(StaffSession &session, const QString &contactId, const QString &re)
{
    const auto pending = m_offers.forContact(contactId);
    if (!pending || pending->userId != session.userId())
        return Outcome::NotFound;
    withdrawOffer(*pending, QStringLiteral("declined"), re);
    qCInfo(lcRouting) << "offer declined";
    return Outcome::Done;
}

// ---- wrap-up

Router::Outcome Router::endWrapup(StaffSession &session, const QString &re)
{
    const StaffPresence *p = m_roster.find(session.userId());
    if (!p || !p->inWrapup(now()))
        return Outcome::InvalidState;
    m_roster.endWrapup(session.userId());
    if (StaffPresence *q = m_roster.find(session.userId()))
        q->idleSince = now();
    broadcastPresence(session.userId(), &session.connection(), re);
    scheduleDispatch();
    return Outcome::Done;
}

Router::Outcome Router::extendWrapup(StaffSession &session, int seconds, const QString &re)
{
    const QDateTime t = now();
    const StaffPresence *p = m_roster.find(session.userId());
    if (!p || !p->inWrapup(t))
        return Outcome::InvalidState;
    if (seconds < 1 || seconds > kMaxWrapupSeconds)
        return Outcome::Forbidden;
    const QDateTime until = std::min(p->wrapupUntil.addSecs(seconds), t.addSecs(kMaxWrapupSeconds));
    m_roster.startWrapup(session.userId(), until);
    broadcastPresence(session.userId(), &session.connection(), re);
    return Outcome::Done;
}

// ---- transfer and requeue

Router::Outcome Router::transfer(StaffSession &session, const ContactRecord &contact, const QString &toUser,
                                 const QString &note, const QString &re)
{
    const auto target = m_accounts.findByName(toUser);
    if (!target || target->disabled || !target->takesContacts())
        return Outcome::NotFound;
    if (target->inTraining && !contact.practice)
        return Outcome::InvalidState; // never a real contact to someone in training
    if (target->id == session.userId() || contact.state != kActive)
        return Outcome::InvalidState;
    const StaffPresence *p = m_roster.find(target->id);
    if (!p || p->connections == 0 || !p->isAvailable()
        || !target->profile.qualifiedFor(contact.channel, contact.language)
        || !hasRoom(*target, m_contacts.activeCountsFor(target->id), contact.channel)) {
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
    for (StaffSession *staff : staffOf(target->id)) {
        if (staff->userId() == target->id && staff->revalidate())
            transcript::sendConversationOpen(staff->connection(), *moved, messages, {},
                                             {{QStringLiteral("handover"), handover}});
    }
    m_listenerGuard.review(*moved); // another volunteer, maybe another centre
    sendToUser(session.userId(), QStringLiteral("contact.released"),
               {{QStringLiteral("contactId"), contact.id},
                {QStringLiteral("reason"), QStringLiteral("transferred")},
                {QStringLiteral("toUser"), target->name}},
               &session.connection(), re);
    notifyContinued(contact.id);
    broadcastPresence(session.userId());
    broadcastPresence(target->id);
    scheduleDispatch();
    qCInfo(lcRouting) << "contact transferred";
    return Outcome::Done;
}

Router::Outcome Router::requeue(StaffSession &session, const ContactRecord &contact, const QString &re)
{
    if (contact.state != kActive || !m_contacts.requeue(contact.id))
        return Outcome::InvalidState;
    sendToUser(
        session.userId(), QStringLiteral("contact.released"),
        {{QStringLiteral("contactId"), contact.id}, {QStringLiteral("reason"), QStringLiteral("requeued")}},
        &session.connection(), re);
    announceRequeued(contact);
    broadcastPresence(session.userId());
    qCInfo(lcRouting) << "contact handed back to the queue";
    return Outcome::Done;
}

void Router::announceRequeued(const ContactRecord &contactBefore)
{
    notifySeekers(contactBefore.id, QStringLiteral("contact.state"), {{QStringLiteral("state"), kWaiting}});
    notifySeekers(contactBefore.id, QStringLiteral("contact.notice"),
                  {{QStringLiteral("kind"), QStringLiteral("requeued")}});
    if (const auto now = m_contacts.find(contactBefore.id)) {
        m_listenerGuard.review(*now); // nobody's now: its listeners stop following it
        contactWaiting(*now);
    }
}

void Router::graceExpired(qint64 userId)
{
    const StaffPresence *p = m_roster.find(userId);
    if (p && p->connections > 0)
        return; // came back just in time
    const QList<ContactRecord> held = m_contacts.activeFor(userId);
    for (const ContactRecord &contact : held) {
        if (m_contacts.requeue(contact.id))
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
        members.append(QJsonObject {
            {QStringLiteral("user"), account->name},
            {QStringLiteral("displayName"), account->displayName},
            {QStringLiteral("role"), account->role},
            {QStringLiteral("state"), effectiveState(userId)},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("channels"), QJsonArray::fromStringList(account->profile.channels)},
            {QStringLiteral("languages"), QJsonArray::fromStringList(account->profile.languages)}});
    }
    return members;
}

// ---- messages and endings

void Router::deliver(const ContactRecord &contact, const MessageRecord &message)
{
    QJsonObject seekerBody = message.toJson();
    QJsonObject staffBody = seekerBody;
    staffBody.insert(QStringLiteral("contactId"), contact.id);
    if (contact.volunteerId != 0) {
        // The index is by the user a session registered as; a session whose
        // revalidation failed has no user any more and is skipped.
        for (StaffSession *staff : staffOf(contact.volunteerId)) {
            if (staff->userId() == contact.volunteerId && staff->revalidate())
                staff->connection().send(QStringLiteral("chat.message"), staffBody);
        }
    }
    for (qint64 listener : listenersOf(contact.id)) {
        if (!m_listenerGuard.admit(listener, contact))
            continue;
        for (StaffSession *staff : staffOf(listener)) {
            if (staff->userId() == listener && staff->revalidate())
                staff->connection().send(QStringLiteral("chat.message"), staffBody);
        }
    }
    for (SeekerSession *seeker : seekersOf(contact.id)) {
        if (seeker->contactId() == contact.id)
            seeker->connection().send(QStringLiteral("chat.message"), seekerBody);
    }
}

void Router::notifyContinued(const QString &contactId)
{
    notifySeekers(contactId, QStringLiteral("contact.notice"),
                  {{QStringLiteral("kind"), QStringLiteral("continued")}});
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
    const bool wasWaiting = contactBefore.state == kWaiting || contactBefore.state == kOffered;
    if (const auto pending = m_offers.forContact(id))
        withdrawOffer(*pending, QStringLiteral("ended"));
    m_offers.forgetContact(id);
    m_lastPosition.remove(id);

    if (contactBefore.volunteerId != 0) {
        for (StaffSession *staff : staffOf(contactBefore.volunteerId)) {
            ClientConnection &c = staff->connection();
            if (staff->userId() == contactBefore.volunteerId)
                c.send(QStringLiteral("contact.ended"), staffBody, &c == requester ? re : QString());
        }
    }
    if (wasWaiting)
        removeFromInboxes(contactBefore);
    for (qint64 listener : m_listeners.take(id))
        sendToUser(listener, QStringLiteral("contact.ended"), staffBody, requester, re);
    for (SeekerSession *seeker : seekersOf(id)) {
        if (seeker->contactId() != id)
            continue;
        ClientConnection &c = seeker->connection();
        c.send(QStringLiteral("contact.ended"), {{QStringLiteral("by"), by}},
               &c == requester ? re : QString());
        c.send(QStringLiteral("contact.state"), {{QStringLiteral("state"), QStringLiteral("ended")}});
    }
    // The volunteer takes a breath before the next offer (not after practice).
    if (contactBefore.volunteerId != 0 && contactBefore.state == kActive && !contactBefore.practice) {
        const qint64 userId = contactBefore.volunteerId;
        if (m_config.wrapupSeconds > 0 && m_roster.find(userId)) {
            const QDateTime t = now();
            const StaffPresence *p = m_roster.find(userId);
            const QDateTime until = t.addSecs(m_config.wrapupSeconds);
            m_roster.startWrapup(userId, p->inWrapup(t) ? std::max(until, p->wrapupUntil) : until);
        }
        broadcastPresence(userId);
    }
    m_positionsDirty = true;
    scheduleDispatch();
    qCInfo(lcRouting) << "contact ended by" << by;
}

// ---- the clock

void Router::tick()
{
    const QDateTime t = now();
    for (const OfferBook::Offer &expired : m_offers.takeExpired(t)) {
        qCInfo(lcRouting) << "offer timed out; passing it on";
        withdrawOffer(expired, QStringLiteral("timeout"));
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
    const bool periodic = m_lastPositions.msecsTo(t) >= m_config.queueUpdateMs;
    if (periodic || (m_positionsDirty && m_lastPositions.msecsTo(t) >= kPositionsMinIntervalMs))
        updatePositions(periodic);
}

void Router::updatePositions(bool force)
{
    const QDateTime t = now();
    m_lastPositions = t;
    m_positionsDirty = false;
    // Who answers which queue at all: staff on shift (connected, not off).
    QList<Account> onShift;
    for (qint64 userId : m_roster.users()) {
        const StaffPresence *p = m_roster.find(userId);
        if (!p || p->connections == 0 || !p->onShift())
            continue;
        if (const auto account = m_accounts.findById(userId);
            account && !account->disabled && account->takesContacts())
            onShift.append(*account);
    }
    QHash<QString, int> positions;
    QHash<QString, bool> staffed;
    QHash<QString, QJsonObject> current;
    for (const ContactRecord &contact : m_contacts.waiting()) {
        const QString queue = queueOf(contact);
        const int position = ++positions[queue];
        if (!staffed.contains(queue)) {
            staffed.insert(queue, std::any_of(onShift.cbegin(), onShift.cend(), [&](const Account &a) {
                               return a.profile.qualifiedFor(contact.channel, contact.language);
                           }));
        }
        QJsonObject body {{QStringLiteral("position"), position},
                          {QStringLiteral("staffOnShift"), staffed.value(queue)}};
        if (staffed.value(queue)) {
            if (const auto estimate = m_estimator.estimateSeconds(queue, position, t))
                body.insert(QStringLiteral("estimateSeconds"), *estimate);
        }
        current.insert(contact.id, body);
        const auto last = m_lastPosition.constFind(contact.id);
        if (!force && last != m_lastPosition.cend() && *last == body)
            continue;
        for (SeekerSession *seeker : seekersOf(contact.id)) {
            if (seeker->contactId() == contact.id)
                sendPosition(*seeker, body);
        }
    }
    m_lastPosition = std::move(current);
}

void Router::sendPosition(SeekerSession &seeker, const QJsonObject &body)
{
    seeker.connection().send(QStringLiteral("queue.position"), body);
}

// ---- sending

void Router::sendToUser(qint64 userId, const QString &type, const QJsonObject &body,
                        const ClientConnection *requester, const QString &re)
{
    for (StaffSession *staff : staffOf(userId)) {
        if (staff->userId() != userId)
            continue;
        ClientConnection &c = staff->connection();
        c.send(type, body, &c == requester ? re : QString());
    }
}

void Router::removeFromInboxes(const ContactRecord &contact, const StaffSession *except)
{
    const QJsonObject removed {{QStringLiteral("contactId"), contact.id}};
    const QList<StaffSession *> staffSessions = m_staff;
    for (StaffSession *staff : staffSessions) {
        if (staff != except && seesInInbox(*staff, contact))
            staff->connection().send(QStringLiteral("contact.removed"), removed);
    }
}

void Router::notifySeekers(const QString &contactId, const QString &type, const QJsonObject &body)
{
    for (SeekerSession *seeker : seekersOf(contactId)) {
        if (seeker->contactId() == contactId)
            seeker->connection().send(type, body);
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
