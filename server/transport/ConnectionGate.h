// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/SourceKey.h"

#include <QHash>

namespace ecoute::server {

/// Counts the open sockets of the front, in total and per source, and says
/// whether one more may be kept. Every admitted socket is released exactly
/// once (IoWorker's ticket, a child of the socket, does it), whatever stage it
/// dies in.
class ConnectionGate
{
public:
    enum class Verdict { Admitted, TooManyInTotal, TooManyFromSource };

    /// limitLoopback: loopback peers count per source too (by default only in the total,
    /// as a reverse proxy on the same host makes every peer look like loopback).
    ConnectionGate(int maxTotal, int maxPerSource, bool limitLoopback = false)
        : m_maxTotal(maxTotal), m_maxPerSource(maxPerSource), m_limitLoopback(limitLoopback)
    {
    }

    Verdict admit(const SourceKey &source);
    void release(const SourceKey &source);

    int open() const { return m_open; }
    int openFrom(const SourceKey &source) const { return m_perSource.value(source); }
    int maxTotal() const { return m_maxTotal; }

private:
    int m_maxTotal;
    int m_maxPerSource;
    bool m_limitLoopback;
    int m_open = 0;
    QHash<SourceKey, int> m_perSource; ///< only sources with open sockets
};

} // namespace ecoute::server
