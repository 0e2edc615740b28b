// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supervision/SupervisionPresence.h"

#include "protocol/MessageCatalog.h"

namespace ecoute::models {

bool SupervisionPresence::update(const QString &user, const QString &displayName, const QString &mode)
{
    if (user.isEmpty())
        return false;
    const QString name = displayName.isEmpty() ? user : displayName;
    const auto it = std::find_if(m_supervisors.begin(), m_supervisors.end(),
                                 [&](const Supervisor &s) { return s.user == user; });
    const auto known = protocol::fromString<protocol::SupervisorMode>(mode);
    if (known == protocol::SupervisorMode::Left) {
        if (it == m_supervisors.end())
            return false;
        m_supervisors.erase(it);
    } else if (known) { // listening, took over; playing, observing
        if (it == m_supervisors.end())
            m_supervisors.append({user, name, mode});
        else if (it->mode == mode && it->name == name)
            return false;
        else
            *it = {user, name, mode};
    } else {
        return false;
    }
    emit changed();
    return true;
}

void SupervisionPresence::clear()
{
    if (m_supervisors.isEmpty())
        return;
    m_supervisors.clear();
    emit changed();
}

SupervisionPresence::Supervisor SupervisionPresence::tookOver() const
{
    for (const Supervisor &s : m_supervisors) {
        if (protocol::fromString<protocol::SupervisorMode>(s.mode) == protocol::SupervisorMode::TookOver)
            return s;
    }
    return {};
}

} // namespace ecoute::models
