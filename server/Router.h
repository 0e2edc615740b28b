// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactStore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

class Connection;
class SeekerSession;
class StaffSession;

/// Knows who is connected and decides who hears about what: new waiting
/// contacts go to every available volunteer/supervisor (contact.update), the
/// first accept wins, messages go to both sides of a conversation.
/// Skeleton routing; offers and queues come later and belong here.
class Router
{
public:
    explicit Router(ContactStore &contacts) : m_contacts(contacts) { }

    /// Registers a ready staff session under its current user (again after a
    /// new login on the same connection: the index follows the user).
    void addStaff(StaffSession *session);
    void removeStaff(StaffSession *session);
    /// Registers a seeker session under its contact (set by seeker.start).
    void addSeeker(SeekerSession *session);
    void removeSeeker(SeekerSession *session);

    /// The waiting contacts this staff session may see (empty unless routable).
    QList<ContactRecord> inboxFor(const StaffSession &session) const;
    /// A contact started waiting: tell every routable staff session.
    void contactWaiting(const ContactRecord &contact);

    enum class AcceptOutcome { Accepted, NotFound, AlreadyTaken, Forbidden };
    struct AcceptResult
    {
        AcceptOutcome outcome = AcceptOutcome::NotFound;
        std::optional<ContactRecord> contact;
    };
    /// First accept wins. The caller answers its own request; everybody else
    /// concerned is told here.
    AcceptResult accept(StaffSession &session, const QString &contactId);

    /// A stored message: chat.message to the volunteer's and the seeker's connections.
    void deliver(const ContactRecord &contact, const MessageRecord &message);
    /// The contact was ended: contact.ended to both sides (the requester's copy
    /// answers its request), contact.removed from inboxes if it was waiting.
    void contactEnded(const ContactRecord &contactBefore, const QString &by, Connection *requester,
                      const QString &re);

private:
    /// The staff sessions registered under this user id (in the order they came).
    QList<StaffSession *> staffOf(qint64 userId) const { return m_staffByUser.value(userId); }
    /// The seeker connections of this contact (a resumed contact may briefly have two).
    QList<SeekerSession *> seekersOf(const QString &contactId) const
    {
        return m_seekersByContact.value(contactId);
    }

    // Lists are iterated as copies: a send may close a connection, whose
    // disconnection unregisters it while the loop runs. Sessions are deleted
    // later (deleteLater), so the pointers stay valid for the loop.
    QList<StaffSession *> m_staff; ///< every registered staff session, for broadcasts
    QHash<StaffSession *, qint64> m_staffUser; ///< the user each was registered under
    QHash<qint64, QList<StaffSession *>> m_staffByUser;
    QHash<SeekerSession *, QString> m_seekerContact; ///< the contact each was registered under
    QHash<QString, QList<SeekerSession *>> m_seekersByContact;
    ContactStore &m_contacts;
};

} // namespace ecoute::server
