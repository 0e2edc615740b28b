// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <optional>

namespace ecoute::models {

/// Which of the workstation's side panes a role sees. The window only shows what this
/// says; the server enforces the same rules on every action anyway.
struct RolePanes
{
    bool askSupervisor = false; ///< the supervision pane: ask for help, see one's requests
    bool supervisionQueue = false; ///< the queue of requests a supervisor answers
    bool team = false; ///< who is on shift, and in which state

    /// Before login (no role yet) the window looks like a volunteer's.
    static RolePanes forRole(std::optional<protocol::Role> role);

    bool operator==(const RolePanes &other) const = default;
};

} // namespace ecoute::models
