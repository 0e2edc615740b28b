// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ToneBursts.h"
#include "WriteClock.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace ecoute::bench {

/// A phone's recording and when each part of it was written (WriteClock).
struct TimedRecording
{
    PcmFile pcm;
    QList<WriteClock::Growth> growth;

    /// When sample `index` was written: the stamp of the write that brought it, plus its place
    /// in that write (a write holds one 20 ms frame). std::nullopt if no write covered it.
    std::optional<std::int64_t> writtenAtNs(qsizetype index) const;
};

/// Mouth-to-ear delays in milliseconds: for each burst onset that `mouth` sent between two
/// instants, the time until `ear` wrote the next onset it heard (within half a burst period;
/// none: that burst is not counted).
QList<double> mouthToEarMs(const TimedRecording &mouth, const TimedRecording &ear, std::int64_t fromNs,
                           std::int64_t toNs);

} // namespace ecoute::bench
