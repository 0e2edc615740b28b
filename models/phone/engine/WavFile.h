// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ecoute::models::engine {

/// 16-bit mono PCM in a WAV file, as sox writes it: what FileAudio plays as the microphone and
/// how it records what the speaker would have played.
struct WavSound
{
    int sampleRate = 0;
    std::vector<std::int16_t> samples;

    /// std::nullopt for anything but a readable 16-bit mono PCM WAV file. A data chunk whose size
    /// was never filled in (0 or 0xffffffff: a writer still had it open) runs to the end.
    static std::optional<WavSound> read(const QString &path);
    /// Writes the file (replacing it); false if it cannot.
    static bool write(const QString &path, int sampleRate, std::span<const std::int16_t> samples);
    /// The file as bytes (what write() stores).
    static QByteArray encode(int sampleRate, std::span<const std::int16_t> samples);
    static std::optional<WavSound> decode(const QByteArray &bytes);
};

} // namespace ecoute::models::engine
