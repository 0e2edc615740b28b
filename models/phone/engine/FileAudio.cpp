// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/FileAudio.h"

#include "models/phone/engine/Resampler.h"
#include "models/phone/engine/WavFile.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace ecoute::models::engine {

namespace {

/// Half an hour of recording at most (29 MB): a forgotten demo must not fill the disk.
constexpr std::size_t kMaxRecordedSamples = std::size_t(telephony::kSampleRate) * 1800;

std::vector<std::int16_t> toPhoneRate(const WavSound &sound)
{
    if (sound.sampleRate == telephony::kSampleRate)
        return sound.samples;
    std::vector<float> input(sound.samples.begin(), sound.samples.end());
    std::vector<float> output;
    Resampler(sound.sampleRate, telephony::kSampleRate).process(input, output);
    std::vector<std::int16_t> samples(output.size());
    std::transform(output.begin(), output.end(), samples.begin(),
                   [](float value) { return std::int16_t(std::clamp(std::lround(value), -32768L, 32767L)); });
    return samples;
}

} // namespace

FileAudio::FileAudio(QString inputPath, QString outputPath, QObject *parent)
    : AudioIo(parent), m_inputPath(std::move(inputPath)), m_outputPath(std::move(outputPath))
{
}

FileAudio::~FileAudio()
{
    stop();
}

AudioIo::Error FileAudio::start(const QByteArray &, const QByteArray &)
{
    stop();
    const std::optional<WavSound> sound = WavSound::read(m_inputPath);
    if (!sound || sound->samples.empty())
        return Error::NoInput;
    std::vector<std::int16_t> input = toPhoneRate(*sound);
    if (input.empty())
        return Error::NoInput;
    // An empty recording now: a path that cannot be written is known before the call.
    if (!WavSound::write(m_outputPath, telephony::kSampleRate, {}))
        return Error::NoOutput;
    const std::lock_guard lock(m_mutex);
    m_input = std::move(input);
    m_inputAt = 0;
    m_recording.clear();
    m_running = true;
    return Error::None;
}

void FileAudio::stop()
{
    std::vector<std::int16_t> recording;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_running)
            return;
        m_running = false;
        recording = m_recording;
    }
    WavSound::write(m_outputPath, telephony::kSampleRate, recording);
}

AudioDevices FileAudio::devices() const
{
    AudioDevices devices;
    devices.inputs.append({QByteArray("file"), QFileInfo(m_inputPath).fileName()});
    devices.outputs.append({QByteArray("file"), QFileInfo(m_outputPath).fileName()});
    return devices;
}

bool FileAudio::takeCaptured(AudioFrame &frame)
{
    const std::lock_guard lock(m_mutex);
    if (!m_running || m_input.empty())
        return false;
    for (std::int16_t &sample : frame) {
        sample = m_input[m_inputAt];
        m_inputAt = (m_inputAt + 1) % m_input.size(); // in a loop
    }
    return true;
}

void FileAudio::play(const AudioFrame &frame)
{
    const std::lock_guard lock(m_mutex);
    if (m_running && m_recording.size() + frame.size() <= kMaxRecordedSamples)
        m_recording.insert(m_recording.end(), frame.begin(), frame.end());
}

std::vector<std::int16_t> FileAudio::recorded() const
{
    const std::lock_guard lock(m_mutex);
    return m_recording;
}

} // namespace ecoute::models::engine
