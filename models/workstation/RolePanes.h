// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <optional>

namespace ecoute::models {

/// Which of the workstation's panes a role sees. The window only shows what this says; the
/// server enforces the same rules on every action anyway.
struct RolePanes
{
    bool shift = false; ///< the shift state (off, available, pause): the role answers contacts
    bool inbox = false; ///< the contacts waiting
    bool askSupervisor = false; ///< ask for supervision, see one's requests
    bool supervisionQueue = false; ///< the queue of requests a supervisor answers
    bool team = false; ///< who is on shift, and in which state
    bool practiceConsole = false; ///< the scenarios a trainer plays
    bool mailDesk = false; ///< e-mail answers to review, threads past their deadline
    bool statistics = false; ///< the line's anonymous statistics (stats.get)
    bool directoryEditor = false; ///< keeping the referral directory (directory.save/remove)
    /// Before login (no role yet) the window looks like a volunteer's. A supervisor's window is
    /// built for supervising: the inbox and the request form join only while they are on shift
    /// (`takingContacts`), i.e. answering contacts themselves.
    static RolePanes forRole(std::optional<protocol::Role> role, bool takingContacts = false);
    bool operator==(const RolePanes &other) const = default;
};

} // namespace ecoute::models
