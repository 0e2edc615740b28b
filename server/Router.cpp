// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include "Connection.h"
#include "Logging.h"
#include "SeekerSession.h"
#include "StaffSession.h"
#include "Transcript.h"

#include <QJsonArray>

namespace ecoute::server {

namespace {
const QString kWaiting = QStringLiteral("waiting");
const QString kOffered = QStringLiteral("offered");

template<typename K, typename V> void unindex(QHash<K, QList<V *>> &index, const K &key, V *session)
{
    auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeAll(session);
    if (it->isEmpty())
        index.erase(it);
}
} // namespace

void Router::addStaff(StaffSession *session)
{
    const qint64 userId = session->userId();
    const auto known = m_staffUser.constFind(session);
    if (known != m_staffUser.cend()) {
        if (*known == userId)
            return;
        unindex(m_staffByUser, *known, session); // logged in again as someone else
    } else {
        m_staff.append(session);
    }
    m_staffUser.insert(session, userId);
    m_staffByUser[userId].append(session);
}

void Router::removeStaff(StaffSession *session)
{
    const auto known = m_staffUser.constFind(session);
    if (known == m_staffUser.cend())
        return;
    unindex(m_staffByUser, *known, session);
    m_staffUser.erase(known);
    m_staff.removeAll(session);
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
}

void Router::removeSeeker(SeekerSession *session)
{
    const auto known = m_seekerContact.constFind(session);
    if (known == m_seekerContact.cend())
        return;
    unindex(m_seekersByContact, *known, session);
    m_seekerContact.erase(known);
}

QList<ContactRecord> Router::inboxFor(const StaffSession &session) const
{
    return session.isRoutable() ? m_contacts.waiting() : QList<ContactRecord>();
}

void Router::contactWaiting(const ContactRecord &contact)
{
    int notified = 0;
    const QList<StaffSession *> staffSessions = m_staff;
    for (StaffSession *staff : staffSessions) {
        if (staff->isRoutable() && staff->revalidate()) {
            staff->connection().send(QStringLiteral("contact.update"),
                                     {{QStringLiteral("contact"), contact.toJson()}});
            ++notified;
        }
    }
    qCInfo(lcRouting) << "contact waiting; offered to" << notified << "staff connections";
}

Router::AcceptResult Router::accept(StaffSession &session, const QString &contactId)
{
    // Only someone on shift and available takes a contact: off shift or on pause means not now.
    if (!session.isRoutable())
        return {AcceptOutcome::Forbidden, std::nullopt};
    const auto before = m_contacts.find(contactId);
    if (!before)
        return {AcceptOutcome::NotFound, std::nullopt};
    if (before->state != kWaiting && before->state != kOffered)
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    if (!m_contacts.assign(contactId, session.userId()))
        return {AcceptOutcome::AlreadyTaken, std::nullopt};
    const auto contact = m_contacts.find(contactId);
    if (!contact)
        return {AcceptOutcome::NotFound, std::nullopt};

    const QJsonObject removed {{QStringLiteral("contactId"), contactId}};
    const QList<StaffSession *> staffSessions = m_staff;
    for (StaffSession *staff : staffSessions) {
        if (staff == &session)
            continue;
        if (staff->userId() == session.userId() && staff->revalidate()) {
            // The same volunteer in another window: show the conversation there too.
            transcript::sendConversationOpen(staff->connection(), *contact,
                                             m_contacts.messagesAfter(contactId, 0));
        }
        if (staff->isRoutable())
            staff->connection().send(QStringLiteral("contact.removed"), removed);
    }
    for (SeekerSession *seeker : seekersOf(contactId)) {
        if (seeker->contactId() == contactId)
            seeker->connection().send(QStringLiteral("contact.state"),
                                      {{QStringLiteral("state"), contact->state}});
    }
    qCInfo(lcRouting) << "contact accepted";
    return {AcceptOutcome::Accepted, contact};
}

void Router::deliver(const ContactRecord &contact, const MessageRecord &message)
{
    QJsonObject seekerBody = message.toJson();
    QJsonObject staffBody = seekerBody;
    staffBody.insert(QStringLiteral("contactId"), contact.id);
    if (contact.volunteerId != 0) {
        // The index is by the user a session registered as; the checks below
        // are the same as before (a session whose revalidation failed has no
        // user any more and is skipped).
        for (StaffSession *staff : staffOf(contact.volunteerId)) {
            if (staff->userId() == contact.volunteerId && staff->revalidate())
                staff->connection().send(QStringLiteral("chat.message"), staffBody);
        }
    }
    for (SeekerSession *seeker : seekersOf(contact.id)) {
        if (seeker->contactId() == contact.id)
            seeker->connection().send(QStringLiteral("chat.message"), seekerBody);
    }
}

void Router::contactEnded(const ContactRecord &contactBefore, const QString &by, Connection *requester,
                          const QString &re)
{
    const QString &id = contactBefore.id;
    const QJsonObject staffBody {{QStringLiteral("contactId"), id}, {QStringLiteral("by"), by}};
    const QJsonObject seekerBody {{QStringLiteral("by"), by}};
    const bool wasWaiting = contactBefore.state == kWaiting || contactBefore.state == kOffered;
    // Only a waiting contact concerns every inbox; otherwise only its volunteer's sessions.
    const QList<StaffSession *> staffSessions = wasWaiting
        ? m_staff
        : (contactBefore.volunteerId != 0 ? staffOf(contactBefore.volunteerId) : QList<StaffSession *>());
    for (StaffSession *staff : staffSessions) {
        Connection &c = staff->connection();
        if (contactBefore.volunteerId != 0 && staff->userId() == contactBefore.volunteerId)
            c.send(QStringLiteral("contact.ended"), staffBody, &c == requester ? re : QString());
        else if (wasWaiting && staff->isRoutable())
            c.send(QStringLiteral("contact.removed"), {{QStringLiteral("contactId"), id}});
    }
    for (SeekerSession *seeker : seekersOf(id)) {
        if (seeker->contactId() != id)
            continue;
        Connection &c = seeker->connection();
        c.send(QStringLiteral("contact.ended"), seekerBody, &c == requester ? re : QString());
        c.send(QStringLiteral("contact.state"), {{QStringLiteral("state"), QStringLiteral("ended")}});
    }
    qCInfo(lcRouting) << "contact ended by" << by;
}

} // namespace ecoute::server
