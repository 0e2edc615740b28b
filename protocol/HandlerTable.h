// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/MessageTypes.h"

#include <QList>

#include <array>
#include <cstdlib>
#include <initializer_list>
#include <utility>

namespace ecoute::protocol {

/// Which member function answers which message type, for one endpoint: the one way
/// frames are dispatched on both sides (instead of chains of type comparisons).
/// Built once, as a function-local `static constexpr` so that a type listed twice
/// fails to compile:
///
///     static constexpr HandlerTable<Practice, StaffSession &, const Envelope &> table {
///         {MessageType::ScenarioList, &Practice::listScenarios}, ...};
///     return table.dispatch(*this, e.messageType, session, e);
template<class Owner, class... Args> class HandlerTable
{
public:
    using Handler = void (Owner::*)(Args...);

    struct Entry
    {
        MessageType type;
        Handler handler;
    };

    constexpr HandlerTable(std::initializer_list<Entry> entries)
    {
        for (const Entry &entry : entries) {
            Handler &slot = m_handlers[index(entry.type)];
            if (slot || !entry.handler)
                std::abort(); // in a constant expression: a compile error (type listed twice)
            slot = entry.handler;
        }
    }

    /// The handler of type, or null if this endpoint does not handle it.
    constexpr Handler find(MessageType type) const
    {
        const std::size_t i = index(type);
        return i < m_handlers.size() ? m_handlers[i] : nullptr;
    }

    constexpr bool handles(MessageType type) const { return find(type) != nullptr; }

    /// Calls the handler of type on owner; false (nothing called) if there is none.
    template<class... CallArgs> bool dispatch(Owner &owner, MessageType type, CallArgs &&...args) const
    {
        const Handler handler = find(type);
        if (!handler)
            return false;
        (owner.*handler)(std::forward<CallArgs>(args)...);
        return true;
    }

    /// Every type this table handles, in list order (for tests: no type is orphaned).
    QList<MessageType> types() const
    {
        QList<MessageType> list;
        for (std::size_t i = 0; i < m_handlers.size(); ++i) {
            if (m_handlers[i])
                list.append(static_cast<MessageType>(i));
        }
        return list;
    }

private:
    static constexpr std::size_t index(MessageType type) { return static_cast<std::size_t>(type); }

    std::array<Handler, kMessageTypeCount> m_handlers {};
};

} // namespace ecoute::protocol
