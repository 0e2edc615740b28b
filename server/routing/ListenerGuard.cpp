// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/ListenerGuard.h"

#include "server/accounts/AccountStore.h"
#include "server/accounts/StaffAuthorizations.h"
#include "server/core/Logging.h"
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

std::optional<Account> ListenerGuard::account(qint64 userId) const
{
    return m_cache ? m_cache->account(userId) : m_accounts.findById(userId);
}

bool ListenerGuard::mayListen(qint64 userId, const ContactRecord &contact) const
{
    if (contact.practice)
        return true;
    if (contact.state != protocol::ContactState::Active || contact.volunteerId == 0
        || contact.volunteerId == userId)
        return false;
    const auto listener = account(userId);
    const auto volunteer = account(contact.volunteerId);
    if (!listener || listener->disabled || !volunteer || listener->centre != volunteer->centre)
        return false;
    if (listener->role == protocol::Role::Supervisor)
        return true;
    // A volunteer listens only to what a supervisor of their centre took over from them.
    return volunteer->role == protocol::Role::Supervisor;
}

void ListenerGuard::review(const ContactRecord &contactNow)
{
    for (qint64 listener : m_router.listenersOf(contactNow.id)) {
        if (!admit(listener, contactNow))
            continue;
        // Still there with the right to: the new volunteer sees them, as when they joined.
        if (contactNow.practice || contactNow.volunteerId == 0)
            continue;
        if (const auto who = account(listener))
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
    if (const auto who = account(userId))
        m_router.sendToUser(userId, QStringLiteral("supervision.presence"),
                            presence(contact.id, *who, QStringLiteral("left")));
    if (m_dropped)
        m_dropped(userId, contact);
}

} // namespace ecoute::server
