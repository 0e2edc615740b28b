// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace ecoute::server::abuse {

/// Which waiting contacts have lost their chat page, and since when. A contact
/// whose every page has gone gets a grace period; a page that comes back in time
/// (resume token) cancels it and the contact keeps its place. Plain state on a
/// clock the caller passes in; SeekerGuard ends what expires.
class SeekerGrace
{
public:
    explicit SeekerGrace(qint64 graceMs) : m_graceMs(graceMs) { }

    void pageOpened(const QString &contactId);
    /// One page of the contact closed; the grace starts when it was the last one.
    void pageClosed(const QString &contactId, qint64 nowMs);
    /// A waiting contact with no page at all (after a restart, or handed back to
    /// the queue after its page went): its grace starts unless it already runs.
    void seenWithoutPage(const QString &contactId, qint64 nowMs);
    /// The contact no longer waits, or has ended: nothing to watch.
    void forget(const QString &contactId) { m_deadlines.remove(contactId); }

    bool hasPage(const QString &contactId) const { return m_pages.value(contactId) > 0; }
    bool inGrace(const QString &contactId) const { return m_deadlines.contains(contactId); }
    /// Contacts whose grace is over (removed from the watch list).
    QStringList takeExpired(qint64 nowMs);

private:
    qint64 m_graceMs;
    QHash<QString, int> m_pages; ///< open pages per contact
    QHash<QString, qint64> m_deadlines; ///< contacts without a page: when their grace ends
};

} // namespace ecoute::server::abuse
