// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/CallTable.h"

#include "voice/bridge/Graveyard.h"

namespace ecoute::voice {

Call *CallTable::find(const QString &callId) const
{
    const auto it = m_calls.find(callId);
    return it == m_calls.end() ? nullptr : it->second.get();
}

Call &CallTable::add(std::unique_ptr<Call> call)
{
    const QString id = call->id();
    return *(m_calls[id] = std::move(call));
}

void CallTable::remove(const QString &callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Graveyard::bury(std::move(it->second));
    m_calls.erase(it);
}

std::vector<Call *> CallTable::snapshot() const
{
    std::vector<Call *> calls;
    calls.reserve(m_calls.size());
    for (const auto &[id, call] : m_calls)
        calls.push_back(call.get());
    return calls;
}

} // namespace ecoute::voice
