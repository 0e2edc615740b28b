// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::voice {

/// The bridge's own log lines. They name calls and legs by their ids and say what happened,
/// never a number, URI, address or token; they still pass through LogScrubber like everything
/// else that reaches standard error (StderrScrubber).
namespace Log {

void info(const QString &line);
void warning(const QString &line);
void error(const QString &line);

} // namespace Log

} // namespace ecoute::voice
