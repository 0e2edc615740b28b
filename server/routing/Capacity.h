// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/VolunteerProfile.h"

#include "protocol/Vocabulary.h"

#include <QHash>

namespace ecoute::server::capacity {

/// Active contacts per channel, as ContactStore::activeCountsFor counts them.
using Load = QHash<protocol::Channel, int>;

/// Room for one more contact of this channel (a capacity of 0 means no limit).
bool hasRoom(const VolunteerProfile &profile, const Load &load, protocol::Channel channel);
/// Busy: every channel with a limit is full. A channel without a limit
/// (email) is background work and does not keep anyone "available".
bool isFull(const VolunteerProfile &profile, const Load &load);

} // namespace ecoute::server::capacity
