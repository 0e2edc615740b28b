// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/engine/AudioIo.h"
#include "models/phone/engine/FrameRing.h"
#include "models/phone/engine/Resampler.h"

#include <QAudioFormat>

#include <memory>
#include <optional>
#include <vector>

class QAudioSink;
class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace ecoute::models::engine {

class PlaybackDevice;

/// The system's microphone and speaker through Qt Multimedia. Asks for 8 kHz mono 16-bit; a
/// device that wants another format (48 kHz stereo float, say) gets it, converted and
/// resampled here. What the microphone hears waits in a ring of 20 ms frames for the engine,
/// what the engine plays waits in another for the speaker; each holds 200 ms at most, so a
/// clock drift between the device and the engine costs a dropped frame, not a growing delay.
/// An id that is no longer plugged in falls back to the system's default device.
class DeviceAudio : public AudioIo
{
    Q_OBJECT

public:
    explicit DeviceAudio(QObject *parent = nullptr);
    ~DeviceAudio() override;

    Error start(const QByteArray &inputId, const QByteArray &outputId) override;
    void stop() override;
    AudioDevices devices() const override;

    bool takeCaptured(AudioFrame &frame) override;
    void play(const AudioFrame &frame) override;

private:
    Error openInput(const QByteArray &id);
    Error openOutput(const QByteArray &id);
    void readMicrophone();

    QMediaDevices *m_media;
    FrameRing m_captured;
    FrameRing m_toPlay;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_sourceIo = nullptr; ///< owned by m_source
    QAudioFormat m_inputFormat;
    std::optional<Resampler> m_inputResampler;
    QByteArray m_inputPartial; ///< bytes of an incomplete sample frame
    std::vector<float> m_inputScratch;
    std::vector<float> m_inputSamples; ///< at 8 kHz, waiting for a whole 20 ms
    std::unique_ptr<PlaybackDevice> m_playback;
    std::unique_ptr<QAudioSink> m_sink;
};

} // namespace ecoute::models::engine
