// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToneBursts.h"

#include "ToneDetector.h"

#include <QFile>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace ecoute::bench {

namespace {

std::uint32_t le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<std::uint32_t>(bytes.constData() + at);
}

std::uint16_t le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<std::uint16_t>(bytes.constData() + at);
}

void append32(QByteArray &bytes, std::uint32_t value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    bytes.append(raw, 4);
}

void append16(QByteArray &bytes, std::uint16_t value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

constexpr double kAmplitude = 0.3; // −10.5 dBFS
constexpr double kOnsetLevel = 0.1 * 32768;
constexpr int kQuietMs = 300;
constexpr double kToneCheckDb = -25; // the burst is at −10.5 dB; G.711 twice loses well under 1 dB

} // namespace

std::optional<PcmFile> PcmFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    PcmFile pcm;
    bool formatOk = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 16 <= bytes.size()) {
            pcm.sampleRate = int(le32(bytes, body + 4));
            formatOk = le16(bytes, body) == 1 && le16(bytes, body + 2) == 1 && le16(bytes, body + 14) == 16;
        } else if (id == "data") {
            if (!formatOk)
                return std::nullopt;
            const qsizetype end = size == 0 || body + size > bytes.size() ? bytes.size() : body + size;
            pcm.dataOffset = body;
            pcm.samples.reserve((end - body) / 2);
            for (qsizetype i = body; i + 1 < end; i += 2)
                pcm.samples.append(qFromLittleEndian<std::int16_t>(bytes.constData() + i));
            return pcm;
        }
        at = body + size + (size & 1);
    }
    return std::nullopt;
}

bool ToneBursts::write(const QString &path, int seconds)
{
    const int total = seconds * kSampleRate;
    const int period = kPeriodMs * kSampleRate / 1000;
    const int burst = kBurstMs * kSampleRate / 1000;
    QByteArray data;
    data.reserve(total * 2);
    for (int i = 0; i < total; ++i) {
        const int inPeriod = i % period;
        const int inBurst = inPeriod - (period - burst);
        double value = 0;
        if (inBurst >= 0)
            value = kAmplitude * std::sin(2 * std::numbers::pi * kToneHz * inBurst / kSampleRate);
        append16(data, std::uint16_t(std::int16_t(std::lround(value * 32767))));
    }
    QByteArray wav = "RIFF";
    append32(wav, std::uint32_t(36 + data.size()));
    wav += "WAVEfmt ";
    append32(wav, 16);
    append16(wav, 1); // PCM
    append16(wav, 1); // mono
    append32(wav, kSampleRate);
    append32(wav, kSampleRate * 2);
    append16(wav, 2);
    append16(wav, 16);
    wav += "data";
    append32(wav, std::uint32_t(data.size()));
    wav += data;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(wav) == wav.size();
}

QList<qsizetype> ToneBursts::onsets(const QList<std::int16_t> &samples, int sampleRate)
{
    const testing::ToneDetector detector(sampleRate);
    const qsizetype quiet = qsizetype(kQuietMs) * sampleRate / 1000;
    const qsizetype frame = sampleRate / 50;
    QList<qsizetype> found;
    qsizetype lastLoud = -quiet - 1; // the start of a recording counts as quiet
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const int level = std::abs(int(samples[i]));
        if (level >= kOnsetLevel && i - lastLoud > quiet && i + frame <= samples.size()
            && detector.levelDb(samples.mid(i, frame), kToneHz) >= kToneCheckDb)
            found << i;
        if (level >= kOnsetLevel / 2)
            lastLoud = i;
    }
    return found;
}

} // namespace ecoute::bench
