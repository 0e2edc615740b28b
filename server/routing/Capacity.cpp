// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/Capacity.h"

namespace ecoute::server::capacity {

bool hasRoom(const VolunteerProfile &profile, const Load &load, protocol::Channel channel)
{
    const int limit = profile.capacityFor(channel);
    return limit == 0 || load.value(channel) < limit;
}

bool isFull(const VolunteerProfile &profile, const Load &load)
{
    bool limited = false;
    for (const protocol::Channel channel : profile.channels) {
        if (profile.capacityFor(channel) == 0)
            continue;
        limited = true;
        if (hasRoom(profile, load, channel))
            return false;
    }
    return limited;
}

} // namespace ecoute::server::capacity
