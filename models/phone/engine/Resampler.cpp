// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/Resampler.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ecoute::models::engine {

namespace {

constexpr int kHalfTaps = 16; ///< at the lower of the two rates
constexpr int kTableResolution = 256; ///< kernel values per input sample
/// The pass band ends a little under the lower rate's Nyquist frequency (3.7 kHz at 8 kHz).
constexpr double kCutoff = 0.92;

double blackman(double x) // x in [-1, 1]
{
    const double a = std::numbers::pi * (x + 1.0);
    return 0.42 - 0.5 * std::cos(a) + 0.08 * std::cos(2.0 * a);
}

} // namespace

Resampler::Resampler(int inputRate, int outputRate)
    : m_inputRate(std::max(1, inputRate)), m_outputRate(std::max(1, outputRate))
{
    m_step = double(m_inputRate) / m_outputRate;
    const double scale = std::min(1.0, double(m_outputRate) / m_inputRate);
    m_halfWidth = int(std::ceil(kHalfTaps / scale));
    const double cutoff = 0.5 * scale * kCutoff; // in cycles per input sample
    m_table.resize(std::size_t(m_halfWidth * kTableResolution + 2));
    for (std::size_t i = 0; i < m_table.size(); ++i) {
        const double x = double(i) / kTableResolution;
        if (x >= m_halfWidth) {
            m_table[i] = 0;
            continue;
        }
        const double arg = 2.0 * cutoff * x;
        const double sinc = x == 0 ? 1.0 : std::sin(std::numbers::pi * arg) / (std::numbers::pi * arg);
        m_table[i] = float(2.0 * cutoff * sinc * blackman(x / m_halfWidth));
    }
    reset();
}

void Resampler::reset()
{
    m_pending.assign(std::size_t(m_halfWidth), 0.0F); // history of silence before the first sample
    m_position = m_halfWidth;
}

float Resampler::kernel(double distance) const
{
    const double at = std::abs(distance) * kTableResolution;
    const auto index = std::size_t(at);
    if (index + 1 >= m_table.size())
        return 0;
    const float fraction = float(at - double(index));
    return m_table[index] + (m_table[index + 1] - m_table[index]) * fraction;
}

void Resampler::process(std::span<const float> input, std::vector<float> &output)
{
    if (m_inputRate == m_outputRate) {
        output.insert(output.end(), input.begin(), input.end());
        return;
    }
    m_pending.insert(m_pending.end(), input.begin(), input.end());
    const int available = int(m_pending.size());
    for (;;) {
        const int centre = int(std::floor(m_position));
        const int first = centre - m_halfWidth + 1;
        const int last = centre + m_halfWidth;
        if (last >= available)
            break;
        float sum = 0;
        for (int k = first; k <= last; ++k)
            sum += m_pending[std::size_t(k)] * kernel(m_position - k);
        output.push_back(sum);
        m_position += m_step;
    }
    const int consumed = std::clamp(int(std::floor(m_position)) - m_halfWidth + 1, 0, available);
    m_pending.erase(m_pending.begin(), m_pending.begin() + consumed);
    m_position -= consumed;
}

} // namespace ecoute::models::engine
