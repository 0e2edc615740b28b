// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace ecoute::voice {

/// The one-time SIP credentials the server hands to workstations (voice.leg.expect): a staff
/// INVITE whose Request-URI user is a pending token becomes that leg. A token lives 60 s and is
/// consumed by its first use, whatever the outcome; a token seen on a plain transport is burnt.
class StaffTokens
{
public:
    struct Leg
    {
        QString callId;
        QString legId;
    };

    static constexpr std::uint64_t kLifetimeMs = 60'000;
    static constexpr int kMaxPending = 1024;

    /// Remembers `token` for the leg; false when too many are pending (the oldest stay).
    bool expect(const QString &token, Leg leg, std::uint64_t nowMs);
    /// The leg of a pending, unexpired token, which is consumed at once.
    std::optional<Leg> take(const QString &token, std::uint64_t nowMs);
    /// Drops the tokens of a call that ended.
    void forgetCall(const QString &callId);
    /// Drops a leg's token (the server dropped the leg before it connected); false if none.
    bool forgetLeg(const QString &callId, const QString &legId);
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Entry
    {
        Leg leg;
        std::uint64_t expiresAtMs = 0;
    };
    void dropExpired(std::uint64_t nowMs);

    QHash<QString, Entry> m_pending;
};

} // namespace ecoute::voice
