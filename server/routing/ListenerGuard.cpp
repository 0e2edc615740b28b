// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/ListenerGuard.h"

#include "server/accounts/AccountStore.h"
#include "server/service/Logging.h"
#include "server/routing/Router.h"

namespace ecoute::server {

namespace {
QJsonObject presence(const QString &contactId, const Account &who, const QString &mode)
{
    return {{QStringLiteral("contactId"), contactId},
            {QStringLiteral("supervisor"), who.name},
            {QStringLiteral("displayName"), who.displayName},
            {QStringLiteral("mode"), mode}};
}
} // namespace

bool ListenerGuard::mayListen(qint64 userId, const ContactRecord &contact) const
{
    if (contact.practice)
        return true;
    if (contact.state != QLatin1String("active") || contact.volunteerId == 0 || contact.volunteerId == userId)
        return false;
    const auto listener = m_accounts.findById(userId);
    const auto volunteer = m_accounts.findById(contact.volunteerId);
    if (!listener || listener->disabled || !volunteer || listener->centre != volunteer->centre)
        return false;
    if (listener->role == QLatin1String("supervisor"))
        return true;
    // A volunteer listens only to what a supervisor of their centre took over from them.
    return volunteer->role == QLatin1String("supervisor");
}

void ListenerGuard::review(const ContactRecord &contactNow)
{
    for (qint64 listener : m_router.listenersOf(contactNow.id)) {
        if (!admit(listener, contactNow))
            continue;
        // Still there with the right to: the new volunteer sees them, as when they joined.
        if (contactNow.practice || contactNow.volunteerId == 0)
            continue;
        if (const auto who = m_accounts.findById(listener))
            m_router.sendToUser(contactNow.volunteerId, QStringLiteral("supervision.presence"),
                                presence(contactNow.id, *who, QStringLiteral("listening")));
    }
}

bool ListenerGuard::admit(qint64 userId, const ContactRecord &contact)
{
    if (mayListen(userId, contact))
        return true;
    drop(userId, contact);
    return false;
}

void ListenerGuard::drop(qint64 userId, const ContactRecord &contact)
{
    m_router.removeListener(contact.id, userId);
    if (userId == contact.volunteerId)
        return; // it is theirs now: they were sent the conversation to answer
    qCInfo(lcRouting) << "a listener lost the right to follow a conversation";
    if (const auto who = m_accounts.findById(userId))
        m_router.sendToUser(userId, QStringLiteral("supervision.presence"),
                            presence(contact.id, *who, QStringLiteral("left")));
    if (m_dropped)
        m_dropped(userId, contact);
}

} // namespace ecoute::server
