// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/Softphone.h"

#include <atomic>
#include <functional>
#include <memory>

namespace ecoute::models::engine {
class AudioIo;
class LibreLoop;
class SipCall;
} // namespace ecoute::models::engine

namespace ecoute::models {

/// The workstation's softphone on libre and librem, the stack of the bridge (see Softphone for
/// the contract). libre runs on a thread of its own (engine::LibreLoop): dial() and hangUp()
/// hand work over to it, and what it reports comes back to the GUI thread queued, tagged with
/// the call it is about so that nothing of a call hung up here is ever emitted. The microphone
/// and speaker are an engine::AudioIo: the sound card, or WAV files when the environment says
/// ECOUTE_PHONE_AUDIO=file:<in.wav>:<out.wav>. One call at a time.
class LibreSoftphone : public Softphone
{
    Q_OBJECT

public:
    /// The microphone and speaker of AudioIo::fromEnvironment().
    explicit LibreSoftphone(QObject *parent = nullptr);
    /// `audio`: null for AudioIo::fromEnvironment().
    explicit LibreSoftphone(std::unique_ptr<engine::AudioIo> audio, QObject *parent = nullptr);
    ~LibreSoftphone() override;

    void dial(const QUrl &sipUri, const QByteArray &pinnedCertificateDer) override;
    void hangUp() override;
    void setMuted(bool muted) override;
    void setInputDevice(const QByteArray &id) override;
    void setOutputDevice(const QByteArray &id) override;
    AudioDevices audioDevices() const override;

    engine::AudioIo &audio() const { return *m_audio; }

private:
    /// Stops the call going on, if any, without a signal for it.
    void stopCall();
    /// Ends the call from this side (dial() refusing, a device failing) with a signal.
    void endHere(EndReason reason);
    void switchDevices(const QByteArray &input, const QByteArray &output);
    /// From libre's thread: runs `emit` on the GUI thread if `call` is still the current one.
    void deliver(quint64 call, std::function<void()> emit);

    std::unique_ptr<engine::AudioIo> m_audio;
    std::unique_ptr<engine::LibreLoop> m_loop;
    std::unique_ptr<engine::SipCall> m_call; ///< touched on libre's thread only
    std::atomic<bool> m_muted {false};
    quint64 m_current = 0; ///< the call whose signals are emitted; 0: none
    quint64 m_lastCall = 0;
    QByteArray m_inputId;
    QByteArray m_outputId;
};

} // namespace ecoute::models
