// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/Call.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace ecoute::voice {

/// The calls the bridge holds, by call id; at most kMaxCalls. A removed call is destroyed on the
/// loop's next turn (it may be the one whose callback is running).
class CallTable
{
public:
    static constexpr int kMaxCalls = 200;

    bool isFull() const { return int(m_calls.size()) >= kMaxCalls; }
    int size() const { return int(m_calls.size()); }
    Call *find(const QString &callId) const;
    Call &add(std::unique_ptr<Call> call);
    void remove(const QString &callId);
    /// The calls now, safe to walk while calls end and are removed.
    std::vector<Call *> snapshot() const;

private:
    std::map<QString, std::unique_ptr<Call>> m_calls;
};

} // namespace ecoute::voice
