// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The process's open-file limit, and how many connections fit under it.
namespace ecoute::server::descriptor_limit {
/// Raises the soft RLIMIT_NOFILE to the hard one (systemd's LimitNOFILE sets
/// both) and returns the soft limit now in force.
int raiseToHardLimit();
/// Connections the front may keep open: the configured cap (0: no preference)
/// kept below the descriptor limit, leaving room for the database, the
/// workers and accepting the next socket.
int connectionCap(int configured, int descriptorLimit);
} // namespace ecoute::server::descriptor_limit
