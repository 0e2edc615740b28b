// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/DescriptorLimit.h"

#include <sys/resource.h>

#include <algorithm>
#include <climits>

namespace ecoute::server::descriptor_limit {

namespace {
/// Database files and their WAL, the threads' event descriptors, TLS files, stdio, signal pipes...
constexpr int kReservedDescriptors = 64;
constexpr int kMinimumConnections = 16;
} // namespace

int raiseToHardLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > INT_MAX ? INT_MAX
                                                                       : static_cast<int>(limit.rlim_cur);
}

int connectionCap(int configured, int descriptorLimit)
{
    const int room = std::max(kMinimumConnections, descriptorLimit - kReservedDescriptors);
    // With no preference: the room, bounded so one process never tries to hold a million sockets.
    const int wanted = configured > 0 ? configured : 10000;
    return std::min(wanted, room);
}

} // namespace ecoute::server::descriptor_limit
