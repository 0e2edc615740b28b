// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/engine/AudioIo.h"

#include <QString>

#include <cstdint>
#include <mutex>
#include <vector>

namespace ecoute::models::engine {

/// A microphone and a speaker made of files, for tests and for demos on machines without a sound
/// card: plays a WAV file (16-bit mono; 8 kHz, or resampled to it) in a loop as what the
/// microphone hears, and records what the speaker plays to another WAV file (8 kHz 16-bit mono),
/// written when the audio stops. Paced by the engine's clock: one frame each way per 20 ms.
class FileAudio : public AudioIo
{
    Q_OBJECT

public:
    FileAudio(QString inputPath, QString outputPath, QObject *parent = nullptr);
    ~FileAudio() override;

    /// NoInput if the input is not a readable 16-bit mono WAV file, NoOutput if the recording
    /// cannot be written. The ids are ignored (there is one device each way).
    Error start(const QByteArray &inputId, const QByteArray &outputId) override;
    /// Writes the recording.
    void stop() override;
    AudioDevices devices() const override;

    bool takeCaptured(AudioFrame &frame) override;
    void play(const AudioFrame &frame) override;

    /// What was played since start() (tests).
    std::vector<std::int16_t> recorded() const;

private:
    QString m_inputPath;
    QString m_outputPath;
    mutable std::mutex m_mutex;
    bool m_running = false;
    std::vector<std::int16_t> m_input;
    std::size_t m_inputAt = 0;
    std::vector<std::int16_t> m_recording;
};

} // namespace ecoute::models::engine
