// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace ecoute::bench {

/// 16-bit mono PCM from a WAV file, with where its samples start in the file (so that the file's
/// size at some instant says how many samples had been written then).
struct PcmFile
{
    int sampleRate = 0;
    std::int64_t dataOffset = 0;
    QList<std::int16_t> samples;

    /// A PCM WAV file as sndfile writes it; a data size never filled in means "to the end".
    static std::optional<PcmFile> read(const QString &path);
};

/// What the phones play: every second, 800 ms of digital silence, then a 200 ms burst of 1000 Hz
/// at −10.5 dBFS (the level of the tests' tones). A burst's first samples are its onset, which
/// the caller's recording of what it sent and the volunteer's recording of what it heard both
/// show; the period is far longer than any delay on the way, so each onset heard is paired with
/// the last one sent before it.
namespace ToneBursts {
constexpr int kSampleRate = 8000;
constexpr double kToneHz = 1000;
constexpr int kPeriodMs = 1000;
constexpr int kBurstMs = 200;

/// Writes `seconds` of bursts to `path` (8 kHz, mono, 16-bit).
bool write(const QString &path, int seconds);

/// The sample index of each burst onset in `samples`: the first sample at a tenth of full scale
/// after at least 300 ms below half that, if the next 20 ms hold the 1000 Hz tone. A burst cut
/// by the start of a recording (or of the audio routed to it) is an onset too: callers of
/// onsets() skip the first moments of a call.
QList<qsizetype> onsets(const QList<std::int16_t> &samples, int sampleRate);
} // namespace ToneBursts

} // namespace ecoute::bench
