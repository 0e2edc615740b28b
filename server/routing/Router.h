// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/ListenerGuard.h"
#include "server/routing/OfferBook.h"
#include "server/routing/Roster.h"
#include "server/routing/RoutingConfig.h"
#include "server/routing/WaitEstimator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace ecoute::server {

class ClientConnection;
class SeekerSession;
class StaffSession;

/// Knows who is connected and decides who hears about what. Contacts wait in
/// queues per channel and language (urgent first, then those handed back,
/// then by age); the longest-idle qualified volunteer with room gets an offer
/// that times out to the next one. It also runs wrap-up periods, the grace
/// period of disconnected volunteers, transfers, and tells waiting
/// help-seekers where they stand.
class Router : public QObject
{
    Q_OBJECT

public:
    Router(ContactStore &contacts, AccountStore &accounts, const RoutingConfig &config,
           QObject *parent = nullptr);

    /// After the database is open: volunteers who held conversations when the
    /// server stopped get their grace period; the clock starts.
    void start();

    /// Registers a ready staff session under its current user (again after a
    /// new login on the same connection: the index follows the user).
    /// resumedPresence: what the session token remembered.
    void addStaff(StaffSession *session, const QString &resumedPresence = {});
    void removeStaff(StaffSession *session);
    /// Registers a seeker session under its contact (set by seeker.start).
    void addSeeker(SeekerSession *session);
    void removeSeeker(SeekerSession *session);

    /// presence.state body for this user (effective state, chosen, reason, wrap-up end).
    QJsonObject presenceBody(qint64 userId) const;
    /// Chosen available (busy and wrap-up included): sees the inbox and may accept.
    bool isAvailable(qint64 userId) const;
    /// presence.set: the user's choice, for every window of theirs.
    void setPresence(StaffSession &session, const QString &state, const QString &reason, const QString &re);
    /// The offer ringing for this user, if any (sent again to a window that connects).
    void resendOffer(StaffSession &session);

    /// The waiting contacts this staff session may see (empty unless available).
    QList<ContactRecord> inboxFor(const StaffSession &session) const;
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
    AcceptResult accept(StaffSession &session, const QString &contactId);
    /// A practice contact appeared for its trainee: their inbox shows it.
    void practiceWaiting(const ContactRecord &contact);

    enum class Outcome { Done, NotFound, InvalidState, Forbidden };
    /// The volunteer lets the offer of this contact pass; it goes to the next.
    Outcome decline(StaffSession &session, const QString &contactId, const QString &re);
    Outcome endWrapup(StaffSession &session, const QString &re);
    Outcome extendWrapup(StaffSession &session, int seconds, const QString &re);
    /// Gives the session's own active contact to another volunteer with an
    /// internal note. NotFound: no such user; InvalidState: they cannot take it now.
    Outcome transfer(StaffSession &session, const ContactRecord &contact, const QString &toUser,
                     const QString &note, const QString &re);
    /// Hands the session's own active contact back to the head of its queue.
    Outcome requeue(StaffSession &session, const ContactRecord &contact, const QString &re);
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
    /// contact.notice "continued" to the help-seeker (transfer, takeover).
    void notifyContinued(const QString &contactId);
    /// Users with at least one window open.
    QList<qint64> connectedUsers() const;
    /// A frame to every window of a user (the requester's copy answers re).
    void sendToUser(qint64 userId, const QString &type, const QJsonObject &body,
                    const ClientConnection *requester = nullptr, const QString &re = {});

private:
    struct Candidate
    {
        qint64 userId = 0;
        Account account;
        QHash<QString, int> load;
        QDateTime idleSince;
    };

    AcceptResult acceptPractice(StaffSession &session, const ContactRecord &before);
    static QString queueOf(const ContactRecord &contact) { return contact.channel + u'/' + contact.language; }
    bool hasRoom(const Account &account, const QHash<QString, int> &load, const QString &channel) const;
    bool atCapacity(const Account &account, const QHash<QString, int> &load) const;
    QString effectiveState(qint64 userId) const;

    /// Runs dispatch once the current event is handled (several changes, one pass).
    void scheduleDispatch();
    /// Offers waiting contacts, in queue order, to the longest-idle free volunteers.
    void dispatch();
    void offer(const ContactRecord &contact, const Candidate &to, const QDateTime &now);
    void withdrawOffer(const OfferBook::Offer &offer, const QString &reason, const QString &re = {});
    void tick();
    /// The user has no connection left: offers move on, the grace period starts.
    void lastConnectionGone(qint64 userId);
    void graceExpired(qint64 userId);
    /// A contact left its volunteer and waits again; the help-seeker hears why.
    void announceRequeued(const ContactRecord &contactBefore);
    /// queue.position to the seekers of waiting contacts whose position
    /// changed (all of them when forced).
    void updatePositions(bool force);
    void sendPosition(SeekerSession &seeker, const QJsonObject &body);

    void broadcastPresence(qint64 userId, const ClientConnection *requester = nullptr, const QString &re = {});
    /// Whether this session's inbox shows the contact: its trainee for a practice
    /// contact; otherwise available, not in training and qualified.
    bool seesInInbox(const StaffSession &session, const ContactRecord &contact) const;
    /// contact.removed to the inboxes that showed this contact.
    void removeFromInboxes(const ContactRecord &contact, const StaffSession *except = nullptr);
    void notifySeekers(const QString &contactId, const QString &type, const QJsonObject &body);

    /// The staff sessions registered under this user id (in the order they came).
    QList<StaffSession *> staffOf(qint64 userId) const { return m_staffByUser.value(userId); }
    /// The seeker connections of this contact (a resumed contact may briefly have two).
    QList<SeekerSession *> seekersOf(const QString &contactId) const
    {
        return m_seekersByContact.value(contactId);
    }

    ContactStore &m_contacts;
    AccountStore &m_accounts;
    const RoutingConfig &m_config;
    Roster m_roster;
    OfferBook m_offers;
    WaitEstimator m_estimator;
    QTimer m_tick;
    bool m_dispatchScheduled = false;
    bool m_positionsDirty = false;
    bool m_hasWaiting = false; ///< the last dispatch left contacts waiting
    QDateTime m_lastPositions;
    QDateTime m_lastRedispatch;
    QHash<QString, QJsonObject> m_lastPosition;
    ListenerGuard m_listenerGuard {m_accounts, *this};
    QHash<QString, QSet<qint64>> m_listeners; ///< per contact, in memory: joining again after a restart ///<
                                              ///< per waiting contact: what its seekers last heard

    // Lists are iterated as copies: a send may close a connection, whose
    // disconnection unregisters it while the loop runs. Sessions are deleted
    // later (deleteLater), so the pointers stay valid for the loop.
    QList<StaffSession *> m_staff; ///< every registered staff session, for broadcasts
    QHash<StaffSession *, qint64> m_staffUser; ///< the user each was registered under
    QHash<qint64, QList<StaffSession *>> m_staffByUser;
    QHash<SeekerSession *, QString> m_seekerContact; ///< the contact each was registered under
    QHash<QString, QList<SeekerSession *>> m_seekersByContact;
};

} // namespace ecoute::server
