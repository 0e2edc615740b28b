// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/RolePanes.h"

namespace ecoute::models {

RolePanes RolePanes::forRole(std::optional<protocol::Role> role, bool takingContacts)
{
    const RolePanes volunteer {.shift = true, .inbox = true, .askSupervisor = true};
    if (!role)
        return volunteer;
    switch (*role) {
    case protocol::Role::Supervisor:
        // Their queue and the team first; they answer contacts too, and then ask a colleague as well.
        return {.shift = true,
                .inbox = takingContacts,
                .askSupervisor = takingContacts,
                .supervisionQueue = true,
                .team = true,
                .mailDesk = true,
                .statistics = true};
    case protocol::Role::Volunteer:
        return volunteer;
    case protocol::Role::Trainer:
        return {.practiceConsole = true};
    case protocol::Role::Admin:
        return {.statistics = true, .directoryEditor = true};
    }
    return {};
}

} // namespace ecoute::models
