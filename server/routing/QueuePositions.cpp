// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/QueuePositions.h"

#include <algorithm>

namespace ecoute::server {

namespace {
constexpr int kMinIntervalMs = 500; ///< coalesces queue.position bursts
}

QueuePositions::Due QueuePositions::due(const QDateTime &now) const
{
    const qint64 since = m_lastUpdate.msecsTo(now);
    if (since >= m_periodMs)
        return Due::All;
    return m_changed && since >= kMinIntervalMs ? Due::Changed : Due::No;
}

QList<QueuePositions::Update> QueuePositions::update(const QList<ContactRecord> &waiting,
                                                     const QList<Account> &onShift,
                                                     const WaitEstimator &estimator, const QDateTime &now,
                                                     bool all)
{
    m_lastUpdate = now;
    m_changed = false;
    QHash<QString, int> positions;
    QHash<QString, bool> staffed;
    QHash<QString, QJsonObject> current;
    QList<Update> updates;
    for (const ContactRecord &contact : waiting) {
        const QString queue = queueOf(contact);
        const int position = ++positions[queue];
        if (!staffed.contains(queue)) {
            staffed.insert(queue, std::any_of(onShift.cbegin(), onShift.cend(), [&](const Account &a) {
                               return a.profile.qualifiedFor(contact.channel, contact.language);
                           }));
        }
        QJsonObject body {{QStringLiteral("position"), position},
                          {QStringLiteral("staffOnShift"), staffed.value(queue)}};
        if (staffed.value(queue)) {
            if (const auto estimate = estimator.estimateSeconds(queue, position, now))
                body.insert(QStringLiteral("estimateSeconds"), *estimate);
        }
        current.insert(contact.id, body);
        const auto last = m_last.constFind(contact.id);
        if (all || last == m_last.cend() || *last != body)
            updates.append({contact.id, body});
    }
    m_last = std::move(current);
    return updates;
}

std::optional<QJsonObject> QueuePositions::last(const QString &contactId) const
{
    const auto it = m_last.constFind(contactId);
    return it == m_last.cend() ? std::nullopt : std::optional(*it);
}

} // namespace ecoute::server
