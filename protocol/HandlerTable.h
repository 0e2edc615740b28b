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
        // Occupancy is kept apart: GCC cannot compare member-function pointers in a
        // constant expression under -fsanitize=undefined.
        for (const Entry &entry : entries) {
            const std::size_t i = index(entry.type);
            if (m_used[i])
                std::abort(); // in a constant expression: a compile error (type listed twice)
            m_used[i] = true;
            m_handlers[i] = entry.handler;
        }
    }

    /// The handler of type, or null if this endpoint does not handle it.
    constexpr Handler find(MessageType type) const
    {
        return handles(type) ? m_handlers[index(type)] : nullptr;
    }

    constexpr bool handles(MessageType type) const
    {
        const std::size_t i = index(type);
        return i < m_used.size() && m_used[i];
    }

    /// Calls the handler of type on owner; false (nothing called) if there is none.
    template<class... CallArgs> bool dispatch(Owner &owner, MessageType type, CallArgs &&...args) const
    {
        if (!handles(type))
            return false;
        (owner.*m_handlers[index(type)])(std::forward<CallArgs>(args)...);
        return true;
    }

    /// Every type this table handles, in list order (for tests: no type is orphaned).
    QList<MessageType> types() const
    {
        QList<MessageType> list;
        for (std::size_t i = 0; i < m_handlers.size(); ++i) {
            if (m_used[i])
                list.append(static_cast<MessageType>(i));
        }
        return list;
    }

private:
    static constexpr std::size_t index(MessageType type) { return static_cast<std::size_t>(type); }

    std::array<Handler, kMessageTypeCount> m_handlers {};
    std::array<bool, kMessageTypeCount> m_used {};
};

} // namespace ecoute::protocol
