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
} // namespace

void Router::addStaff(StaffSession *session)
{
    if (!m_staff.contains(session))
        m_staff.append(session);
}

void Router::removeStaff(StaffSession *session)
{
    m_staff.removeAll(session);
}

void Router::addSeeker(SeekerSession *session)
{
    if (!m_seekers.contains(session))
        m_seekers.append(session);
}

void Router::removeSeeker(SeekerSession *session)
{
    m_seekers.removeAll(session);
}

QList<ContactRecord> Router::inboxFor(const StaffSession &session) const
{
    return session.isRoutable() ? m_contacts.waiting() : QList<ContactRecord>();
}

void Router::contactWaiting(const ContactRecord &contact)
{
    int notified = 0;
    for (StaffSession *staff : std::as_const(m_staff)) {
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
    for (StaffSession *staff : std::as_const(m_staff)) {
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
    for (SeekerSession *seeker : std::as_const(m_seekers)) {
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
        for (StaffSession *staff : std::as_const(m_staff)) {
            if (staff->userId() == contact.volunteerId && staff->revalidate())
                staff->connection().send(QStringLiteral("chat.message"), staffBody);
        }
    }
    for (SeekerSession *seeker : std::as_const(m_seekers)) {
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
    for (StaffSession *staff : std::as_const(m_staff)) {
        Connection &c = staff->connection();
        if (contactBefore.volunteerId != 0 && staff->userId() == contactBefore.volunteerId)
            c.send(QStringLiteral("contact.ended"), staffBody, &c == requester ? re : QString());
        else if (wasWaiting && staff->isRoutable())
            c.send(QStringLiteral("contact.removed"), {{QStringLiteral("contactId"), id}});
    }
    for (SeekerSession *seeker : std::as_const(m_seekers)) {
        if (seeker->contactId() != id)
            continue;
        Connection &c = seeker->connection();
        c.send(QStringLiteral("contact.ended"), seekerBody, &c == requester ? re : QString());
        c.send(QStringLiteral("contact.state"), {{QStringLiteral("state"), QStringLiteral("ended")}});
    }
    qCInfo(lcRouting) << "contact ended by" << by;
}

} // namespace ecoute::server
