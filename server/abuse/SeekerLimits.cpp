// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/abuse/SeekerLimits.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace ecoute::server::abuse {

namespace {
constexpr qint64 kPruneEveryMs = 60'000;
} // namespace

SeekerLimits::SeekerLimits(SeekerLimitsConfig config, IsWaiting isWaiting, const Clock &clock)
    : m_config(config), m_isWaiting(std::move(isWaiting)), m_clock(clock)
{
    m_lastPruneMs = m_clock.monotonicMs();
}

bool SeekerLimits::applies(const SourceKey &source) const
{
    return !source.isNull() && (!source.isLoopback() || m_config.limitLoopback);
}

void SeekerLimits::refresh(Source &source, qint64 now)
{
    for (auto it = source.waiting.begin(); it != source.waiting.end();) {
        if (m_isWaiting(*it)) {
            ++it;
        } else {
            source.urgent.remove(*it);
            it = source.waiting.erase(it);
        }
    }
    const qint64 windowMs = qint64(m_config.windowSeconds) * 1000;
    while (!source.starts.isEmpty() && now - source.starts.constFirst() >= windowMs)
        source.starts.removeFirst();
}

SeekerLimits::StartDecision SeekerLimits::admitStart(const SourceKey &source, bool urgentAsked)
{
    if (!applies(source))
        return {true, 0, urgentAsked};
    const qint64 now = m_clock.monotonicMs();
    prune(now);
    const auto found = m_sources.find(source);
    if (found == m_sources.end())
        return {true, 0, urgentAsked && m_config.urgentPerSource > 0};
    Source &s = *found;
    refresh(s, now);
    if (s.waiting.size() >= m_config.maxWaitingPerSource)
        return {false, kFullQueueRetryMs, false};
    if (s.starts.size() >= m_config.newPerWindow) {
        const qint64 windowMs = qint64(m_config.windowSeconds) * 1000;
        return {false, std::max<qint64>(1, s.starts.constFirst() + windowMs - now), false};
    }
    return {true, 0, urgentAsked && s.urgent.size() < m_config.urgentPerSource};
}

void SeekerLimits::started(const SourceKey &source, const QString &contactId, bool urgent)
{
    if (!applies(source))
        return;
    const qint64 now = m_clock.monotonicMs();
    if (!m_sources.contains(source) && m_sources.size() >= kMaxTrackedSources) {
        // Abnormal load from very many addresses: make room rather than refuse anyone for it.
        auto stalest =
            std::min_element(m_sources.begin(), m_sources.end(),
                             [](const Source &a, const Source &b) { return a.lastUsedMs < b.lastUsedMs; });
        m_sources.erase(stalest);
    }
    Source &s = m_sources[source];
    s.waiting.insert(contactId);
    if (urgent)
        s.urgent.insert(contactId);
    s.starts.append(now);
    s.lastUsedMs = now;
}

SeekerLimits::Contact &SeekerLimits::contact(const QString &contactId, qint64 now)
{
    auto it = m_contacts.find(contactId);
    if (it == m_contacts.end()) {
        Contact c;
        c.messages = TokenBucket(m_config.messageBurst, m_config.messagesPerMinute / 60.0, now);
        c.chars = TokenBucket(m_config.charBurst, m_config.charsPerSecond, now);
        c.syncs = TokenBucket(m_config.syncBurst, m_config.syncsPerMinute / 60.0, now);
        it = m_contacts.insert(contactId, c);
    }
    it->lastUsedMs = now;
    return *it;
}

std::optional<qint64> SeekerLimits::admitMessage(const SourceKey &source, const QString &contactId,
                                                 qsizetype chars)
{
    if (!applies(source))
        return std::nullopt;
    const qint64 now = m_clock.monotonicMs();
    prune(now);
    Contact &c = contact(contactId, now);
    const double cost = double(std::max<qsizetype>(1, chars));
    const qint64 wait = std::max(c.messages.waitMs(1, now), c.chars.waitMs(cost, now));
    if (wait != 0)
        return wait < 0 ? kFullQueueRetryMs : wait;
    c.messages.take(1);
    c.chars.take(cost);
    return std::nullopt;
}

std::optional<qint64> SeekerLimits::admitSync(const SourceKey &source, const QString &contactId)
{
    if (!applies(source))
        return std::nullopt;
    const qint64 now = m_clock.monotonicMs();
    prune(now);
    Contact &c = contact(contactId, now);
    const qint64 wait = c.syncs.waitMs(1, now);
    if (wait != 0)
        return wait < 0 ? kFullQueueRetryMs : wait;
    c.syncs.take(1);
    return std::nullopt;
}

void SeekerLimits::prune(qint64 now)
{
    if (now - m_lastPruneMs < kPruneEveryMs)
        return;
    m_lastPruneMs = now;
    for (auto it = m_contacts.begin(); it != m_contacts.end();) {
        // A bucket that is full again limits nothing more than a new one would.
        if (it->messages.isFull(now) && it->chars.isFull(now) && it->syncs.isFull(now))
            it = m_contacts.erase(it);
        else
            ++it;
    }
    const qint64 windowMs = qint64(m_config.windowSeconds) * 1000;
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        // Only sources quiet for a whole window are looked at again: the store is asked rarely.
        if (now - it->lastUsedMs >= windowMs) {
            refresh(*it, now);
            if (it->waiting.isEmpty() && it->starts.isEmpty()) {
                it = m_sources.erase(it);
                continue;
            }
        }
        ++it;
    }
}

} // namespace ecoute::server::abuse
