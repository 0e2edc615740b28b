// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactStore.h"

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

    void addStaff(StaffSession *session);
    void removeStaff(StaffSession *session);
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
    QList<StaffSession *> m_staff;
    QList<SeekerSession *> m_seekers;
    ContactStore &m_contacts;
};

} // namespace ecoute::server
