// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/ConnectionGate.h"

namespace ecoute::server {

ConnectionGate::Verdict ConnectionGate::admit(const SourceKey &source)
{
    if (m_open >= m_maxTotal)
        return Verdict::TooManyInTotal;
    int &fromSource = m_perSource[source];
    if (fromSource >= m_maxPerSource && (m_limitLoopback || !source.isLoopback())) {
        if (fromSource == 0)
            m_perSource.remove(source);
        return Verdict::TooManyFromSource;
    }
    ++fromSource;
    ++m_open;
    return Verdict::Admitted;
}

void ConnectionGate::release(const SourceKey &source)
{
    auto it = m_perSource.find(source);
    if (it == m_perSource.end())
        return;
    --m_open;
    if (--it.value() <= 0)
        m_perSource.erase(it);
}

} // namespace ecoute::server
