// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/abuse/SeekerGrace.h"

namespace ecoute::server::abuse {

void SeekerGrace::pageOpened(const QString &contactId)
{
    ++m_pages[contactId];
    m_deadlines.remove(contactId);
}

void SeekerGrace::pageClosed(const QString &contactId, qint64 nowMs)
{
    auto it = m_pages.find(contactId);
    if (it != m_pages.end() && --*it > 0)
        return;
    if (it != m_pages.end())
        m_pages.erase(it);
    m_deadlines.insert(contactId, nowMs + m_graceMs);
}

void SeekerGrace::seenWithoutPage(const QString &contactId, qint64 nowMs)
{
    if (!hasPage(contactId) && !m_deadlines.contains(contactId))
        m_deadlines.insert(contactId, nowMs + m_graceMs);
}

QStringList SeekerGrace::takeExpired(qint64 nowMs)
{
    QStringList expired;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end();) {
        if (it.value() <= nowMs) {
            expired.append(it.key());
            it = m_deadlines.erase(it);
        } else {
            ++it;
        }
    }
    return expired;
}

} // namespace ecoute::server::abuse
