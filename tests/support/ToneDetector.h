// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace ecoute::testing {

/// Which test tones a stretch of audio holds (the phone tests: caller 700 Hz, volunteer 1000 Hz,
/// supervisor 1600 Hz). A Goertzel filter per frequency over 16-bit mono PCM gives each tone's
/// power in dB relative to a full-scale sine, so a test can say "the caller heard the supervisor
/// at most at −40 dB" second by second.
class ToneDetector
{
public:
    explicit ToneDetector(int sampleRate) : m_rate(sampleRate) { }

    /// Power of `frequency` in `samples`, in dB relative to a full-scale sine at that frequency
    /// (0 dB: a full-scale tone; silence: −120 dB or less).
    double levelDb(const QList<std::int16_t> &samples, double frequency) const
    {
        if (samples.isEmpty())
            return kFloorDb;
        const double omega = 2.0 * std::numbers::pi * frequency / m_rate;
        const double coefficient = 2.0 * std::cos(omega);
        double previous = 0;
        double beforePrevious = 0;
        for (std::int16_t sample : samples) {
            const double current = sample / 32768.0 + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        const double power =
            previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        // A full-scale sine of N samples gives a power of (N/2)^2.
        const double reference = (samples.size() / 2.0) * (samples.size() / 2.0);
        return power <= 0 ? kFloorDb : std::max(kFloorDb, 10.0 * std::log10(power / reference));
    }

    /// levelDb for each whole second of `samples`.
    QList<double> perSecondDb(const QList<std::int16_t> &samples, double frequency) const
    {
        QList<double> levels;
        for (qsizetype start = 0; start + m_rate <= samples.size(); start += m_rate)
            levels << levelDb(samples.mid(start, m_rate), frequency);
        return levels;
    }

    static constexpr double kFloorDb = -120.0;

private:
    int m_rate;
};

} // namespace ecoute::testing
