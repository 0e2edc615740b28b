// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/LibreSoftphone.h"

#include "models/connection/ServerAddress.h"
#include "models/phone/engine/AudioIo.h"
#include "models/phone/engine/LibreLoop.h"
#include "models/phone/engine/SipCall.h"
#include "models/phone/engine/SipTarget.h"

#include <QLoggingCategory>

namespace ecoute::models {

namespace {

Q_LOGGING_CATEGORY(lcPhone, "ecoute.phone")

/// Time for a BYE to leave when the engine is destroyed during a call.
constexpr int kShutdownGraceMs = 300;

Softphone::EndReason fromAudio(engine::AudioIo::Error error)
{
    return error == engine::AudioIo::Error::NoInput ? Softphone::EndReason::NoMicrophone
                                                    : Softphone::EndReason::NoAudioDevice;
}

} // namespace

LibreSoftphone::LibreSoftphone(QObject *parent) : LibreSoftphone(nullptr, parent) { }

LibreSoftphone::LibreSoftphone(std::unique_ptr<engine::AudioIo> audio, QObject *parent)
    : Softphone(parent), m_audio(audio ? std::move(audio) : engine::AudioIo::fromEnvironment()),
      m_loop(std::make_unique<engine::LibreLoop>())
{
    connect(m_audio.get(), &engine::AudioIo::devicesChanged, this, &Softphone::audioDevicesChanged);
    connect(m_audio.get(), &engine::AudioIo::failed, this, [this](engine::AudioIo::Error error) {
        if (m_current != 0)
            endHere(fromAudio(error));
    });
    if (!m_loop->isRunning())
        qCWarning(lcPhone, "the SIP engine (libre) could not start: calls will fail");
}

LibreSoftphone::~LibreSoftphone()
{
    const bool hadCall = m_lastCall != 0;
    m_current = 0;
    m_loop->stop(
        [this] {
            m_call.reset(); // hangs up: CANCEL or BYE
        },
        hadCall ? kShutdownGraceMs : 0);
    m_audio->stop();
}

void LibreSoftphone::dial(const QUrl &sipUri, const QByteArray &pinnedCertificateDer)
{
    stopCall();
    const quint64 call = m_current = ++m_lastCall;
    // The devices first: without them no SIP message leaves at all.
    const engine::AudioIo::Error audio = m_audio->start(m_inputId, m_outputId);
    if (audio != engine::AudioIo::Error::None) {
        endHere(fromAudio(audio));
        return;
    }
    QString text = sipUri.toString(QUrl::FullyEncoded);
    QByteArray bytes = text.toUtf8();
    std::optional<engine::SipTarget> target = engine::SipTarget::parse(bytes);
    text.fill(QChar(0));
    bytes.fill('\0');
    if (!target) {
        qCWarning(lcPhone, "refused to dial: not a sip: address over TLS with a port");
        endHere(EndReason::Failed);
        return;
    }
    if (pinnedCertificateDer.isEmpty() && !ServerAddress::isLoopback(QString::fromUtf8(target->host))) {
        target->wipe();
        qCWarning(lcPhone, "refused to dial: no pinned certificate for a server on another machine");
        endHere(EndReason::BridgeUnreachable);
        return;
    }
    engine::SipCall::Events events;
    events.ringing = [this, call] {
        deliver(call, [this] { emit ringing(); });
    };
    events.established = [this, call] {
        deliver(call, [this] { emit established(); });
    };
    events.levels = [this, call](float inputDb, float outputDb) {
        deliver(call, [this, inputDb, outputDb] { emit levels(inputDb, outputDb); });
    };
    events.ended = [this, call](EndReason reason) {
        deliver(call, [this, reason] { endHere(reason); });
    };
    const bool posted = m_loop->post([this, events = std::move(events), target = std::move(*target),
                                      pin = pinnedCertificateDer]() mutable {
        m_call.reset(); // the last call, hung up already
        m_call = std::make_unique<engine::SipCall>(std::move(events), *m_audio, m_muted);
        m_call->start(target, pin); // wipes the token once the INVITE is out
        target.wipe();
    });
    if (!posted)
        endHere(EndReason::Failed);
}

void LibreSoftphone::hangUp()
{
    stopCall();
}

void LibreSoftphone::stopCall()
{
    if (m_current == 0)
        return;
    m_current = 0; // whatever libre still reports about it is dropped
    m_audio->stop();
    m_loop->post([this] {
        if (m_call)
            m_call->hangUp();
    });
}

void LibreSoftphone::endHere(EndReason reason)
{
    if (m_current == 0)
        return;
    stopCall();
    qCInfo(lcPhone) << "call ended:" << reason;
    emit ended(reason);
}

void LibreSoftphone::deliver(quint64 call, std::function<void()> emitIt)
{
    QMetaObject::invokeMethod(
        this,
        [this, call, emitIt = std::move(emitIt)] {
            if (call == m_current)
                emitIt();
        },
        Qt::QueuedConnection);
}

void LibreSoftphone::setMuted(bool muted)
{
    m_muted.store(muted, std::memory_order_relaxed);
}

void LibreSoftphone::setInputDevice(const QByteArray &id)
{
    switchDevices(id, m_outputId);
}

void LibreSoftphone::setOutputDevice(const QByteArray &id)
{
    switchDevices(m_inputId, id);
}

void LibreSoftphone::switchDevices(const QByteArray &input, const QByteArray &output)
{
    if (input == m_inputId && output == m_outputId)
        return;
    m_inputId = input;
    m_outputId = output;
    if (m_current == 0)
        return; // the next call opens them
    const engine::AudioIo::Error error = m_audio->start(m_inputId, m_outputId);
    if (error != engine::AudioIo::Error::None)
        endHere(fromAudio(error));
}

AudioDevices LibreSoftphone::audioDevices() const
{
    return m_audio->devices();
}

} // namespace ecoute::models
