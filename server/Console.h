// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::server::console {
/// One line on stdout, flushed at once (tests and scripts read it through a pipe).
void out(const QString &line);
/// One line on stderr.
void err(const QString &line);
} // namespace ecoute::server::console
