// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/AudioLevel.h"

#include <algorithm>
#include <cmath>

namespace ecoute::models::engine {

namespace {

constexpr double kFullScale = 32768.0;

float toDb(double sumOfSquares, std::int64_t count)
{
    if (count <= 0 || sumOfSquares <= 0)
        return AudioLevel::kFloorDb;
    const double meanSquare = sumOfSquares / (double(count) * kFullScale * kFullScale);
    return std::max(AudioLevel::kFloorDb, float(10.0 * std::log10(meanSquare)));
}

double sumOfSquares(std::span<const std::int16_t> samples)
{
    double sum = 0;
    for (std::int16_t sample : samples)
        sum += double(sample) * double(sample);
    return sum;
}

} // namespace

float AudioLevel::dbfs(std::span<const std::int16_t> samples)
{
    return toDb(sumOfSquares(samples), std::int64_t(samples.size()));
}

void LevelMeter::add(const telephony::AudioFrame &frame)
{
    m_sumOfSquares += sumOfSquares(frame);
    m_samples += std::int64_t(frame.size());
    ++m_frames;
}

float LevelMeter::takeDb()
{
    const float db = toDb(m_sumOfSquares, m_samples);
    m_sumOfSquares = 0;
    m_samples = 0;
    m_frames = 0;
    return db;
}

} // namespace ecoute::models::engine
