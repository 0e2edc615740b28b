// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"

#include "server/abuse/SeekerLimitsConfig.h"
#include "server/abuse/TokenBucket.h"
#include "server/transport/SourceKey.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace ecoute::server::abuse {

/// Per-source and per-contact limits of the anonymous endpoint, in memory only:
/// sources are SourceKeys (keyed hashes, never addresses) and are forgotten once
/// nothing of theirs waits and their window has passed. No account and no
/// puzzle: a refusal says when to try again (the page does so by itself).
///
/// A source: at most maxWaitingPerSource contacts waiting at once, at most
/// newPerWindow new ones per window, and only urgentPerSource of its waiting
/// contacts go first as "in danger now". A contact: a burst of messages then a
/// sustained rate, the same for characters, and for chat.sync.
class SeekerLimits
{
public:
    /// Whether a contact still waits for a volunteer (the limits keep no state of their own on it).
    using IsWaiting = std::function<bool(const QString &contactId)>;
    static constexpr int kMaxTrackedSources = 50'000; ///< beyond: forget the stalest, never refuse for it
    static constexpr qint64 kFullQueueRetryMs =
        10'000; ///< no telling when a waiting place frees: ask again soon

    SeekerLimits(SeekerLimitsConfig config, IsWaiting isWaiting, const Clock &clock = Clock::system());

    struct StartDecision
    {
        bool allowed = true;
        qint64 retryAfterMs = 0; ///< when refused
        bool urgent = false; ///< the priority the contact gets (asked and within the source's share)
    };
    /// May this source start a new contact now? Call started() once it exists.
    StartDecision admitStart(const SourceKey &source, bool urgentAsked);
    void started(const SourceKey &source, const QString &contactId, bool urgent);

    /// chat.send of a contact from this source: nullopt, or milliseconds to wait.
    std::optional<qint64> admitMessage(const SourceKey &source, const QString &contactId, qsizetype chars);
    /// chat.sync: nullopt, or milliseconds to wait.
    std::optional<qint64> admitSync(const SourceKey &source, const QString &contactId);

    bool applies(const SourceKey &source) const;
    int trackedSources() const { return int(m_sources.size()); }
    int trackedContacts() const { return int(m_contacts.size()); }

private:
    struct Source
    {
        QSet<QString> waiting; ///< contacts started here, as long as they wait
        QSet<QString> urgent; ///< those of them that go first
        QList<qint64> starts; ///< times of the new contacts within the window, oldest first
        qint64 lastUsedMs = 0;
    };
    struct Contact
    {
        TokenBucket messages;
        TokenBucket chars;
        TokenBucket syncs;
        qint64 lastUsedMs = 0;
    };

    /// Drops contacts that no longer wait and starts older than the window.
    void refresh(Source &source, qint64 now);
    Contact &contact(const QString &contactId, qint64 now);
    /// Forgets what can no longer limit anything (at most once a minute).
    void prune(qint64 now);

    SeekerLimitsConfig m_config;
    IsWaiting m_isWaiting;
    const Clock &m_clock;
    QHash<SourceKey, Source> m_sources;
    QHash<QString, Contact> m_contacts;
    qint64 m_lastPruneMs = 0;
};

} // namespace ecoute::server::abuse
