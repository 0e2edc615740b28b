// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/WavFile.h"

#include <QFile>
#include <QSaveFile>

namespace ecoute::models::engine {

namespace {

constexpr int kHeaderBytes = 44;
constexpr std::uint16_t kFormatPcm = 1;
constexpr std::uint16_t kFormatExtensible = 0xfffe;
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

std::uint32_t le32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16
        | std::uint32_t(p[3]) << 24;
}

std::uint16_t le16(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return std::uint16_t(p[0] | p[1] << 8);
}

void put32(QByteArray &out, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void put16(QByteArray &out, std::uint16_t value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

} // namespace

std::optional<WavSound> WavSound::decode(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    std::optional<WavSound> sound;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        qint64 size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > bytes.size())
                return std::nullopt;
            const std::uint16_t format = le16(bytes, body);
            if ((format != kFormatPcm && format != kFormatExtensible) || le16(bytes, body + 2) != 1
                || le16(bytes, body + 14) != 16)
                return std::nullopt;
            sound.emplace();
            sound->sampleRate = int(le32(bytes, body + 4));
            haveFormat = sound->sampleRate > 0;
        } else if (id == "data") {
            if (!haveFormat)
                return std::nullopt;
            if (size == 0 || size == 0xffffffff || body + size > bytes.size())
                size = bytes.size() - body; // never finalised, or cut short
            const qsizetype count = qsizetype(size / 2);
            sound->samples.resize(std::size_t(count));
            for (qsizetype i = 0; i < count; ++i)
                sound->samples[std::size_t(i)] = std::int16_t(le16(bytes, body + 2 * i));
            return sound;
        }
        at = body + qsizetype(size) + (size & 1); // chunks are padded to even sizes
    }
    return std::nullopt;
}

std::optional<WavSound> WavSound::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return std::nullopt;
    return decode(file.readAll());
}

QByteArray WavSound::encode(int sampleRate, std::span<const std::int16_t> samples)
{
    const auto dataBytes = std::uint32_t(samples.size() * 2);
    QByteArray out;
    out.reserve(kHeaderBytes + qsizetype(dataBytes));
    out.append("RIFF");
    put32(out, 36 + dataBytes);
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, kFormatPcm);
    put16(out, 1); // mono
    put32(out, std::uint32_t(sampleRate));
    put32(out, std::uint32_t(sampleRate) * 2); // bytes per second
    put16(out, 2); // bytes per frame
    put16(out, 16); // bits per sample
    out.append("data");
    put32(out, dataBytes);
    for (std::int16_t sample : samples)
        put16(out, std::uint16_t(sample));
    return out;
}

bool WavSound::write(const QString &path, int sampleRate, std::span<const std::int16_t> samples)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = encode(sampleRate, samples);
    return file.write(bytes) == bytes.size() && file.commit();
}

} // namespace ecoute::models::engine
