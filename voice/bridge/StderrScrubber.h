// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace ecoute::voice {

/// Makes sure that nothing reaches the bridge's standard error unscrubbed. At start, fd 2 becomes
/// the write end of a pipe whose read end the event loop reads, and every line from it, from
/// libre's debug output (dbg_handler_set), from Qt's message handler and from Log goes through
/// LogScrubber before it is written to the real standard error. So even a library's direct
/// fprintf(stderr, ...) is scrubbed. The process has one standard error: this is process-wide.
namespace StderrScrubber {

/// Redirects fd 2 into the pipe (before anything else may write to it). False if the pipe or the
/// duplicate cannot be made; the bridge must not run then.
bool install();
/// Starts reading the pipe in libre's loop and routes libre's and Qt's messages (after libre_init).
/// `libreLevel` is libre's debug level (DBG_WARNING = 4 ... DBG_DEBUG = 7).
bool attachToLoop(int libreLevel);
/// Stops reading in the loop and writes out whatever is still in the pipe (before libre_close).
void detachFromLoop();

/// One line of ours, scrubbed and written to the real standard error.
void writeLine(QByteArrayView line);

} // namespace StderrScrubber

} // namespace ecoute::voice
