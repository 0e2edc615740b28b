// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Clock.h"
#include "server/routing/DispatchPlanner.h"
#include "server/routing/ListenerGuard.h"
#include "server/routing/OfferBook.h"
#include "server/routing/QueuePositions.h"
#include "server/routing/Recipients.h"
#include "server/routing/Roster.h"
#include "server/routing/RoutingConfig.h"
#include "server/routing/SessionDirectory.h"
#include "server/routing/WaitEstimator.h"

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace ecoute::server {

class ClientConnection;

/// Knows who is connected and decides who hears about what. Contacts wait in
/// queues per channel and language (urgent first, then those handed back,
/// then by age); the longest-idle qualified volunteer with room gets an offer
/// that times out to the next one. It also runs wrap-up periods, the grace
/// period of disconnected volunteers, transfers, and tells waiting
/// help-seekers where they stand.
///
/// Who gets which offer is DispatchPlanner's decision; deadlines live in
/// Roster and OfferBook; Router gathers the facts, carries the decisions out
/// (frames to StaffRecipient/SeekerRecipient windows, ContactStore writes).
/// Every "now" comes from the Clock it was given.
class Router : public QObject
{
    Q_OBJECT

public:
    Router(ContactStore &contacts, AccountStore &accounts, const RoutingConfig &config,
           const Clock &clock = Clock::system(), QObject *parent = nullptr);

    /// After the database is open: volunteers who held conversations when the
    /// server stopped get their grace period; the clock starts.
    void start();
    /// Does what is due at the clock's now: offers that timed out pass on,
    /// wrap-ups and grace periods that ended end, offers are retried, queue
    /// positions go out. A timer calls it every 200 ms; tests call it after
    /// moving a ManualClock (dispatch itself runs from the event loop).
    void tick();

    /// Registers a ready staff session under its current user (again after a
    /// new login on the same connection: the index follows the user).
    /// resumedPresence: what the session token remembered.
    void addStaff(StaffRecipient *session, std::optional<protocol::PresenceState> resumedPresence = {});
    void removeStaff(StaffRecipient *session);
    /// Registers a seeker session under its contact (set by seeker.start).
    void addSeeker(SeekerRecipient *session);
    void removeSeeker(SeekerRecipient *session);

    /// presence.state body for this user (effective state, chosen, reason, wrap-up end).
    QJsonObject presenceBody(qint64 userId) const;
    /// Chosen available (busy and wrap-up included): sees the inbox and may accept.
    bool isAvailable(qint64 userId) const;
    /// presence.set: the user's choice, for every window of theirs.
    void setPresence(StaffRecipient &session, protocol::PresenceState state, const QString &reason,
                     const QString &re);
    /// The offer ringing for this user, if any (sent again to a window that connects).
    void resendOffer(StaffRecipient &session);

    /// The waiting contacts this staff session may see (empty unless available).
    QList<ContactRecord> inboxFor(const StaffRecipient &session) const;
    /// A contact started waiting (new or resumed as waiting).
    void contactWaiting(const ContactRecord &contact);

    enum class AcceptOutcome { Accepted, NotFound, AlreadyTaken, Forbidden, NotQualified, AtCapacity };
    struct AcceptResult
    {
        AcceptOutcome outcome = AcceptOutcome::NotFound;
        std::optional<ContactRecord> contact;
    };
    /// First accept wins (an offer to someone else is withdrawn). The caller
    /// answers its own request; everybody else concerned is told here.
    AcceptResult accept(StaffRecipient &session, const QString &contactId);
    /// A practice contact appeared for its trainee: their inbox shows it.
    void practiceWaiting(const ContactRecord &contact);

    enum class Outcome { Done, NotFound, InvalidState, Forbidden };
    /// The volunteer lets the offer of this contact pass; it goes to the next.
    Outcome decline(StaffRecipient &session, const QString &contactId, const QString &re);
    Outcome endWrapup(StaffRecipient &session, const QString &re);
    Outcome extendWrapup(StaffRecipient &session, int seconds, const QString &re);
    /// Gives the session's own active contact to another volunteer with an
    /// internal note. NotFound: no such user; InvalidState: they cannot take it now.
    Outcome transfer(StaffRecipient &session, const ContactRecord &contact, const QString &toUser,
                     const QString &note, const QString &re);
    /// A supervisor gives someone's active contact (an e-mail thread whose volunteer is away) to
    /// another qualified volunteer, online or not, with a handover note.
    Outcome reassign(const Account &supervisor, const ContactRecord &contact, const QString &toUser,
                     const QString &note);
    /// Hands the session's own active contact back to the head of its queue.
    Outcome requeue(StaffRecipient &session, const ContactRecord &contact, const QString &re);
    /// Staff on shift, for the team board and the transfer dialog (no contact content).
    QJsonArray team() const;

    /// A stored message: chat.message to the volunteer's and the seeker's connections.
    void deliver(const ContactRecord &contact, const MessageRecord &message);
    /// The contact was ended: contact.ended to both sides (the requester's copy
    /// answers its request), contact.removed from inboxes if it was waiting;
    /// the volunteer who had it starts their wrap-up.
    void contactEnded(const ContactRecord &contactBefore, const QString &by, ClientConnection *requester,
                      const QString &re);

    /// seeker.session's emergency numbers.
    QJsonArray emergencyNumbers() const;

    /// Supervisors (and a volunteer after a takeover) who follow a contact
    /// read-only: they get its chat.message and contact.ended too.
    void addListener(const QString &contactId, qint64 userId) { m_listeners[contactId].insert(userId); }
    void removeListener(const QString &contactId, qint64 userId);
    bool isListening(const QString &contactId, qint64 userId) const
    {
        return m_listeners.value(contactId).contains(userId);
    }
    QList<qint64> listenersOf(const QString &contactId) const
    {
        return m_listeners.value(contactId).values();
    }
    /// Listening and still allowed to (ListenerGuard); one who lost the right is dropped and told.
    bool isAllowedListener(const ContactRecord &contact, qint64 userId)
    {
        return isListening(contact.id, userId) && m_listenerGuard.admit(userId, contact);
    }
    /// The contact changed hands: its listeners are checked again (ListenerGuard::review).
    void reviewListeners(const ContactRecord &contactNow) { m_listenerGuard.review(contactNow); }
    void onListenerDropped(ListenerGuard::Dropped hook) { m_listenerGuard.onDropped(std::move(hook)); }
    /// Listener checks read accounts from this cache instead of SQL (set once at start).
    void useAuthorizations(StaffAuthorizations &cache) { m_listenerGuard.useAuthorizations(cache); }
    /// contact.notice "continued" to the help-seeker (transfer, takeover).
    void notifyContinued(const QString &contactId);
    /// The presence a user chose changed (before, after): the shift ledger (reports/) hears of it.
    using PresenceHook =
        std::function<void(qint64 userId, protocol::PresenceState before, protocol::PresenceState after)>;
    void onPresenceChosen(PresenceHook hook) { m_presenceHook = std::move(hook); }
    /// Extra counts a team() member carries (unreported and hard contacts, from reports/).
    using MemberCounts = std::function<QJsonObject(qint64 userId)>;
    void useMemberCounts(MemberCounts counts) { m_memberCounts = std::move(counts); }
    /// Users with at least one window open.
    QList<qint64> connectedUsers() const;
    /// The account as the authorization cache has it (SQL only when it is not loaded or too old).
    std::optional<Account> accountOf(qint64 userId) const { return m_listenerGuard.account(userId); }
    /// A frame to every window of a user (the requester's copy answers re).
    void sendToUser(qint64 userId, const QString &type, const protocol::FrameBody &body,
                    const ClientConnection *requester = nullptr, const QString &re = {});

private:
    AcceptResult acceptPractice(StaffRecipient &session, const ContactRecord &before);
    protocol::PresenceState effectiveState(qint64 userId) const;

    /// Runs dispatch once the current event is handled (several changes, one pass).
    void scheduleDispatch();
    /// Offers waiting contacts, in queue order, to the longest-idle free volunteers.
    void dispatch();
    void makeOffer(const PlannedOffer &offer);
    void withdrawOffer(const OfferBook::Offer &offer, protocol::OfferEndReason reason,
                       const QString &re = {});
    /// The user has no connection left: offers move on, the grace period starts.
    void lastConnectionGone(qint64 userId);
    void graceExpired(qint64 userId);
    /// A contact left its volunteer and waits again; the help-seeker hears why.
    void announceRequeued(const ContactRecord &contactBefore);
    /// queue.position to the seekers of waiting contacts whose position
    /// changed (all of them when all is true).
    void updatePositions(bool all);

    void broadcastPresence(qint64 userId, const ClientConnection *requester = nullptr,
                           const QString &re = {});
    /// Whether this session's inbox shows the contact: its trainee for a practice
    /// contact; otherwise available, not in training and qualified.
    bool seesInInbox(const StaffRecipient &session, const ContactRecord &contact) const;
    /// contact.removed to the inboxes that showed this contact.
    void removeFromInboxes(const ContactRecord &contact, const StaffRecipient *except = nullptr);

    ContactStore &m_contacts;
    AccountStore &m_accounts;
    const RoutingConfig &m_config;
    const Clock &m_clock;
    DispatchPlanner m_planner;
    SessionDirectory m_sessions;
    Roster m_roster;
    OfferBook m_offers;
    WaitEstimator m_estimator;
    QueuePositions m_positions;
    QTimer m_tick;
    bool m_dispatchScheduled = false;
    bool m_hasWaiting = false; ///< the last dispatch left contacts waiting
    QDateTime m_lastRedispatch;
    ListenerGuard m_listenerGuard {m_accounts, *this};
    PresenceHook m_presenceHook;
    MemberCounts m_memberCounts;
    QHash<QString, QSet<qint64>> m_listeners; ///< per contact, in memory: joining again after a restart
};

} // namespace ecoute::server
