// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ecoute::server {

/// When a supervisor may join a conversation nobody asked them into
/// (--supervisor-join). Joining is always shown to the volunteer.
enum class JoinPolicy { Never, Urgent, Always };

} // namespace ecoute::server
