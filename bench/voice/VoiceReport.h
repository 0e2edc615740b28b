// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VoiceBench.h"

namespace ecoute::bench {

/// Prints a run's figures as a table, the targets of issue 14 and, last,
/// `voice_added_latency_ratio_vs_direct: X` (bridged p50 / direct p50; nan without a figure).
/// Returns the process's exit code: 0 when the run completed.
int printVoiceReport(const VoiceBenchOptions &options, const VoiceFigures &figures);

} // namespace ecoute::bench
