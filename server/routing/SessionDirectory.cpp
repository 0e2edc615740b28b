// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/SessionDirectory.h"

namespace ecoute::server {

namespace {
template<typename K, typename V> void unindex(QHash<K, QList<V *>> &index, const K &key, V *session)
{
    auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeAll(session);
    if (it->isEmpty())
        index.erase(it);
}

QString answering(const ClientConnection *requester, const ClientConnection *key, const QString &re)
{
    return requester && key == requester ? re : QString();
}
} // namespace

SessionDirectory::StaffChange SessionDirectory::addStaff(StaffRecipient *window)
{
    const qint64 userId = window->userId();
    StaffChange change {true, 0};
    const auto known = m_staffUser.constFind(window);
    if (known != m_staffUser.cend()) {
        if (*known == userId)
            return {false, 0};
        change.previousUser = *known;
        unindex(m_staffByUser, change.previousUser, window);
        m_staffUser.remove(window);
    } else {
        m_staff.append(window);
    }
    m_staffUser.insert(window, userId);
    m_staffByUser[userId].append(window);
    return change;
}

qint64 SessionDirectory::removeStaff(StaffRecipient *window)
{
    const auto known = m_staffUser.constFind(window);
    if (known == m_staffUser.cend())
        return 0;
    const qint64 userId = *known;
    unindex(m_staffByUser, userId, window);
    m_staffUser.erase(known);
    m_staff.removeAll(window);
    return userId;
}

bool SessionDirectory::addSeeker(SeekerRecipient *page)
{
    const QString contactId = page->contactId();
    const auto known = m_seekerContact.constFind(page);
    if (known != m_seekerContact.cend()) {
        if (*known == contactId)
            return false;
        unindex(m_seekersByContact, *known, page);
    }
    m_seekerContact.insert(page, contactId);
    m_seekersByContact[contactId].append(page);
    return true;
}

void SessionDirectory::removeSeeker(SeekerRecipient *page)
{
    const auto known = m_seekerContact.constFind(page);
    if (known == m_seekerContact.cend())
        return;
    unindex(m_seekersByContact, *known, page);
    m_seekerContact.erase(known);
}

QList<StaffRecipient *> SessionDirectory::windowsOf(qint64 userId) const
{
    QList<StaffRecipient *> windows = m_staffByUser.value(userId);
    windows.removeIf([userId](const StaffRecipient *w) { return w->userId() != userId; });
    return windows;
}

QList<SeekerRecipient *> SessionDirectory::pagesOf(const QString &contactId) const
{
    QList<SeekerRecipient *> pages = m_seekersByContact.value(contactId);
    pages.removeIf([&contactId](const SeekerRecipient *p) { return p->contactId() != contactId; });
    return pages;
}

void SessionDirectory::sendToUser(qint64 userId, const QString &type, const protocol::FrameBody &body,
                                  const ClientConnection *requester, const QString &re) const
{
    for (StaffRecipient *window : windowsOf(userId))
        window->push(type, body, answering(requester, window->connectionKey(), re));
}

void SessionDirectory::sendToSeekers(const QString &contactId, const QString &type,
                                     const protocol::FrameBody &body, const ClientConnection *requester,
                                     const QString &re) const
{
    for (SeekerRecipient *page : pagesOf(contactId))
        page->push(type, body, answering(requester, page->connectionKey(), re));
}

} // namespace ecoute::server
