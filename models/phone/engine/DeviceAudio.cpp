// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/DeviceAudio.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QAudioSource>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ecoute::models::engine {

namespace {

constexpr int kRingFrames = 10; ///< 200 ms each way
constexpr int kInputBufferUs = 60000;
constexpr int kOutputBufferUs = 80000;
constexpr int kSilenceUs = 10000; ///< played when the engine has nothing yet
constexpr float kFullScale = 32768.0F;

QAudioDevice find(const QList<QAudioDevice> &devices, const QAudioDevice &fallback, const QByteArray &id)
{
    if (!id.isEmpty()) {
        for (const QAudioDevice &device : devices) {
            if (device.id() == id)
                return device;
        }
    }
    return fallback;
}

/// The phone's own format if the device takes it, else what the device prefers.
QAudioFormat chooseFormat(const QAudioDevice &device)
{
    QAudioFormat phone;
    phone.setSampleRate(telephony::kSampleRate);
    phone.setChannelCount(1);
    phone.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(phone))
        return phone;
    QAudioFormat preferred = device.preferredFormat();
    if (preferred.sampleFormat() == QAudioFormat::Unknown)
        preferred.setSampleFormat(QAudioFormat::Int16);
    if (preferred.channelCount() < 1)
        preferred.setChannelCount(1);
    if (preferred.sampleRate() < 1)
        preferred.setSampleRate(telephony::kSampleRate);
    return preferred;
}

/// Interleaved device samples to mono (the channels averaged), scaled like 16-bit samples.
void decodeMono(const QAudioFormat &format, const char *data, qsizetype frames, std::vector<float> &out)
{
    const int channels = format.channelCount();
    const int sampleBytes = format.bytesPerSample();
    for (qsizetype frame = 0; frame < frames; ++frame) {
        float sum = 0;
        for (int channel = 0; channel < channels; ++channel)
            sum += format.normalizedSampleValue(data + (frame * channels + channel) * sampleBytes);
        out.push_back(sum / float(channels) * kFullScale);
    }
}

/// Mono samples (scaled like 16-bit samples) to the device's format, on every channel.
void encodeMono(const QAudioFormat &format, const std::vector<float> &samples, QByteArray &out)
{
    const int channels = format.channelCount();
    for (float sample : samples) {
        const float value = std::clamp(sample / kFullScale, -1.0F, 1.0F);
        for (int channel = 0; channel < channels; ++channel) {
            switch (format.sampleFormat()) {
            case QAudioFormat::UInt8:
                out.append(char(std::uint8_t(std::lround(value * 127.0F) + 128)));
                break;
            case QAudioFormat::Int32: {
                const auto v = std::int32_t(std::lround(double(value) * 2147483647.0));
                out.append(reinterpret_cast<const char *>(&v), sizeof v);
                break;
            }
            case QAudioFormat::Float:
                out.append(reinterpret_cast<const char *>(&value), sizeof value);
                break;
            default: {
                const auto v = std::int16_t(std::lround(value * 32767.0F));
                out.append(reinterpret_cast<const char *>(&v), sizeof v);
                break;
            }
            }
        }
    }
}

} // namespace

/// What the speaker pulls: the engine's frames, resampled and encoded for the device; a little
/// silence when none is waiting, so the device keeps playing.
class PlaybackDevice : public QIODevice
{
public:
    PlaybackDevice(FrameRing &ring, const QAudioFormat &format)
        : m_ring(ring), m_format(format), m_resampler(telephony::kSampleRate, format.sampleRate())
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        AudioFrame frame;
        while (m_pending.size() < maxSize && m_ring.pop(frame)) {
            const std::vector<float> input(frame.begin(), frame.end());
            m_samples.clear();
            m_resampler.process(input, m_samples);
            encodeMono(m_format, m_samples, m_pending);
        }
        if (m_pending.isEmpty()) {
            m_samples.assign(std::size_t(m_format.framesForDuration(kSilenceUs)), 0.0F);
            encodeMono(m_format, m_samples, m_pending);
        }
        const qint64 frameBytes = std::max(1, m_format.bytesPerFrame());
        const qint64 count = std::min<qint64>(maxSize, m_pending.size()) / frameBytes * frameBytes;
        std::memcpy(data, m_pending.constData(), std::size_t(count));
        m_pending.remove(0, count);
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    FrameRing &m_ring;
    QAudioFormat m_format;
    Resampler m_resampler;
    std::vector<float> m_samples;
    QByteArray m_pending;
};

DeviceAudio::DeviceAudio(QObject *parent)
    : AudioIo(parent), m_media(new QMediaDevices(this)), m_captured(kRingFrames), m_toPlay(kRingFrames)
{
    connect(m_media, &QMediaDevices::audioInputsChanged, this, &AudioIo::devicesChanged);
    connect(m_media, &QMediaDevices::audioOutputsChanged, this, &AudioIo::devicesChanged);
}

DeviceAudio::~DeviceAudio()
{
    stop();
}

AudioDevices DeviceAudio::devices() const
{
    AudioDevices devices;
    for (const QAudioDevice &device : QMediaDevices::audioInputs())
        devices.inputs.append({device.id(), device.description()});
    for (const QAudioDevice &device : QMediaDevices::audioOutputs())
        devices.outputs.append({device.id(), device.description()});
    return devices;
}

AudioIo::Error DeviceAudio::start(const QByteArray &inputId, const QByteArray &outputId)
{
    stop();
    Error error = openInput(inputId);
    if (error == Error::None)
        error = openOutput(outputId);
    if (error != Error::None)
        stop();
    return error;
}

AudioIo::Error DeviceAudio::openInput(const QByteArray &id)
{
    const QAudioDevice device = find(QMediaDevices::audioInputs(), QMediaDevices::defaultAudioInput(), id);
    if (device.isNull())
        return Error::NoInput;
    m_inputFormat = chooseFormat(device);
    if (m_inputFormat.bytesPerFrame() <= 0)
        return Error::NoInput;
    m_inputResampler.emplace(m_inputFormat.sampleRate(), telephony::kSampleRate);
    m_source = std::make_unique<QAudioSource>(device, m_inputFormat);
    m_source->setBufferSize(m_inputFormat.bytesForDuration(kInputBufferUs));
    m_sourceIo = m_source->start();
    if (!m_sourceIo || m_source->error() != QAudio::NoError)
        return Error::NoInput;
    connect(m_sourceIo, &QIODevice::readyRead, this, &DeviceAudio::readMicrophone);
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError)
            emit failed(Error::NoInput);
    });
    return Error::None;
}

AudioIo::Error DeviceAudio::openOutput(const QByteArray &id)
{
    const QAudioDevice device = find(QMediaDevices::audioOutputs(), QMediaDevices::defaultAudioOutput(), id);
    if (device.isNull())
        return Error::NoOutput;
    const QAudioFormat format = chooseFormat(device);
    if (format.bytesPerFrame() <= 0)
        return Error::NoOutput;
    m_playback = std::make_unique<PlaybackDevice>(m_toPlay, format);
    m_playback->open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(kOutputBufferUs));
    m_sink->start(m_playback.get());
    if (m_sink->error() != QAudio::NoError)
        return Error::NoOutput;
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError)
            emit failed(Error::NoOutput);
    });
    return Error::None;
}

void DeviceAudio::stop()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_sourceIo = nullptr;
    m_source.reset();
    m_sink.reset();
    m_playback.reset();
    m_inputResampler.reset();
    m_inputPartial.clear();
    m_inputSamples.clear();
    m_captured.clear();
    m_toPlay.clear();
}

void DeviceAudio::readMicrophone()
{
    if (!m_sourceIo || !m_inputResampler)
        return;
    m_inputPartial += m_sourceIo->readAll();
    const int frameBytes = m_inputFormat.bytesPerFrame();
    const qsizetype frames = m_inputPartial.size() / frameBytes;
    m_inputScratch.clear();
    decodeMono(m_inputFormat, m_inputPartial.constData(), frames, m_inputScratch);
    m_inputPartial.remove(0, frames * frameBytes);
    m_inputResampler->process(m_inputScratch, m_inputSamples);
    std::size_t used = 0;
    AudioFrame frame;
    while (m_inputSamples.size() - used >= frame.size()) {
        for (std::size_t i = 0; i < frame.size(); ++i)
            frame[i] = std::int16_t(std::clamp(std::lround(m_inputSamples[used + i]), -32768L, 32767L));
        m_captured.push(frame);
        used += frame.size();
    }
    m_inputSamples.erase(m_inputSamples.begin(), m_inputSamples.begin() + std::ptrdiff_t(used));
}

bool DeviceAudio::takeCaptured(AudioFrame &frame)
{
    return m_captured.pop(frame);
}

void DeviceAudio::play(const AudioFrame &frame)
{
    m_toPlay.push(frame);
}

} // namespace ecoute::models::engine
