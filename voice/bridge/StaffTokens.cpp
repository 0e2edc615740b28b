// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/StaffTokens.h"

namespace ecoute::voice {

bool StaffTokens::expect(const QString &token, Leg leg, std::uint64_t nowMs)
{
    dropExpired(nowMs);
    if (!m_pending.contains(token) && m_pending.size() >= kMaxPending)
        return false;
    m_pending.insert(token, Entry {std::move(leg), nowMs + kLifetimeMs});
    return true;
}

std::optional<StaffTokens::Leg> StaffTokens::take(const QString &token, std::uint64_t nowMs)
{
    const auto it = m_pending.find(token);
    if (it == m_pending.end())
        return std::nullopt;
    const Entry entry = it.value();
    m_pending.erase(it);
    if (nowMs >= entry.expiresAtMs)
        return std::nullopt;
    return entry.leg;
}

void StaffTokens::forgetCall(const QString &callId)
{
    m_pending.removeIf([&](const auto &item) { return item.value().leg.callId == callId; });
}

bool StaffTokens::forgetLeg(const QString &callId, const QString &legId)
{
    return m_pending.removeIf([&](const auto &item) {
        return item.value().leg.callId == callId && item.value().leg.legId == legId;
    }) > 0;
}

void StaffTokens::dropExpired(std::uint64_t nowMs)
{
    m_pending.removeIf([&](const auto &item) { return nowMs >= item.value().expiresAtMs; });
}

} // namespace ecoute::voice
