// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/WaitEstimator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

/// What each waiting help-seeker hears about their place in the queue
/// (queue.position) and when: soon after a change, but in bursts coalesced,
/// and every periodMs in any case. Computes the bodies; the router sends them.
class QueuePositions
{
public:
    explicit QueuePositions(int periodMs) : m_periodMs(periodMs) { }

    /// The clock starts: the first periodic update is due periodMs later.
    void start(const QDateTime &now) { m_lastUpdate = now; }
    /// Something moved in a queue: an update is due soon.
    void markChanged() { m_changed = true; }

    enum class Due { No, Changed, All };
    /// All every periodMs; Changed (only those whose body changed) a little after a change.
    Due due(const QDateTime &now) const;

    struct Update
    {
        QString contactId;
        QJsonObject body;
    };
    /// Each waiting contact's position (per channel and language), whether
    /// anyone qualified is on shift, and an estimate when there is one.
    /// Returns the bodies to send (all of them when all is true, else only
    /// those that changed) and remembers them.
    QList<Update> update(const QList<ContactRecord> &waiting, const QList<Account> &onShift,
                         const WaitEstimator &estimator, const QDateTime &now, bool all);

    /// What the seekers of this contact last heard (for a page that comes back).
    std::optional<QJsonObject> last(const QString &contactId) const;
    /// The contact left the queue.
    void forget(const QString &contactId) { m_last.remove(contactId); }

    /// The queue's key, e.g. "chat/fr" (also WaitEstimator's).
    static QString queueOf(const ContactRecord &contact)
    {
        return protocol::toString(contact.channel) + u'/' + contact.language;
    }

private:
    int m_periodMs;
    bool m_changed = false;
    QDateTime m_lastUpdate;
    QHash<QString, QJsonObject> m_last; ///< per waiting contact: what its seekers last heard
};

} // namespace ecoute::server
