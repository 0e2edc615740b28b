// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/RolePanes.h"

namespace ecoute::models {

RolePanes RolePanes::forRole(std::optional<protocol::Role> role)
{
    if (!role)
        return {.askSupervisor = true};
    switch (*role) {
    case protocol::Role::Supervisor:
        // Supervisors answer contacts too, so they can ask a colleague as well.
        return {.askSupervisor = true, .supervisionQueue = true, .team = true};
    case protocol::Role::Volunteer:
        return {.askSupervisor = true};
    case protocol::Role::Trainer:
    case protocol::Role::Admin:
        return {};
    }
    return {};
}

} // namespace ecoute::models
