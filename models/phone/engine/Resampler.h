// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace ecoute::models::engine {

/// Converts a stream of mono samples from one rate to another (a sound card's 44.1 or 48 kHz and
/// the phone's 8 kHz), with a windowed-sinc low-pass so that nothing above the lower rate's
/// Nyquist frequency folds back into the call. Any pair of rates; 32 taps at the lower rate:
/// flat to 3 kHz, −1 dB at 3.4 kHz, −80 dB from 4.6 kHz. Streaming: each call continues the last.
class Resampler
{
public:
    Resampler(int inputRate, int outputRate);

    int inputRate() const { return m_inputRate; }
    int outputRate() const { return m_outputRate; }
    /// Appends the resampled `input` to `output`. The output lags the input by the filter's
    /// half-width (2 ms at 8 kHz).
    void process(std::span<const float> input, std::vector<float> &output);
    /// Forgets the stream so far (a device was reopened).
    void reset();

private:
    float kernel(double distance) const;

    int m_inputRate;
    int m_outputRate;
    double m_step; ///< input samples per output sample
    int m_halfWidth; ///< of the kernel, in input samples
    std::vector<float> m_table; ///< the kernel from 0 to m_halfWidth, kTableResolution per sample
    std::vector<float> m_pending; ///< input not yet consumed, with the history the filter needs
    double m_position = 0; ///< of the next output sample, in m_pending
};

} // namespace ecoute::models::engine
