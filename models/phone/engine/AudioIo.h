// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/AudioDevices.h"
#include "telephony/AudioFrame.h"

#include <QObject>

#include <memory>

namespace ecoute::models::engine {

using telephony::AudioFrame;

/// The softphone's microphone and speaker, in the engine's one format: 20 ms frames of 8 kHz
/// mono 16-bit PCM. start() and stop() run on the GUI thread; the engine's audio clock (libre's
/// thread) takes a frame of what the microphone heard and gives one to play 50 times a second,
/// so those two are thread-safe. The levels are the engine's (AudioLevel).
class AudioIo : public QObject
{
    Q_OBJECT

public:
    enum class Error { None, NoInput, NoOutput };
    Q_ENUM(Error)

    /// The environment's choice: ECOUTE_PHONE_AUDIO=file:<in.wav>:<out.wav> plays a WAV file as
    /// the microphone and records what the speaker would play (FileAudio: tests, machines without
    /// a sound card); otherwise the system's devices (DeviceAudio).
    static std::unique_ptr<AudioIo> fromEnvironment();

    using QObject::QObject;
    ~AudioIo() override;

    /// Opens the devices (an id from devices(); empty for the system's default), or says which
    /// one is missing. Starting again switches devices.
    virtual Error start(const QByteArray &inputId, const QByteArray &outputId) = 0;
    /// Closes the devices; nothing is captured or played until the next start().
    virtual void stop() = 0;
    virtual AudioDevices devices() const = 0;

    /// Any thread: the next 20 ms from the microphone; false when none is ready (the engine then
    /// sends silence).
    virtual bool takeCaptured(AudioFrame &frame) = 0;
    /// Any thread: 20 ms for the speaker.
    virtual void play(const AudioFrame &frame) = 0;

signals:
    /// devices() changed (a headset was plugged in or removed).
    void devicesChanged();
    /// A device that was open stopped working (unplugged during a call).
    void failed(ecoute::models::engine::AudioIo::Error error);
};

} // namespace ecoute::models::engine
