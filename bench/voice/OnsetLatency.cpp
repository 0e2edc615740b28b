// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnsetLatency.h"

#include <algorithm>

namespace ecoute::bench {

std::optional<std::int64_t> TimedRecording::writtenAtNs(qsizetype index) const
{
    const std::int64_t needed = pcm.dataOffset + 2 * (std::int64_t(index) + 1);
    for (qsizetype k = 0; k < growth.size(); ++k) {
        if (growth[k].size < needed)
            continue;
        const std::int64_t before = k > 0 ? growth[k - 1].size : pcm.dataOffset;
        const qsizetype firstInWrite = qsizetype(std::max<std::int64_t>(0, (before - pcm.dataOffset) / 2));
        return growth[k].atNs + std::int64_t(index - firstInWrite) * 1'000'000'000 / pcm.sampleRate;
    }
    return std::nullopt;
}

QList<double> mouthToEarMs(const TimedRecording &mouth, const TimedRecording &ear, std::int64_t fromNs,
                           std::int64_t toNs)
{
    QList<std::int64_t> heard;
    for (qsizetype onset : ToneBursts::onsets(ear.pcm.samples, ear.pcm.sampleRate)) {
        if (const auto at = ear.writtenAtNs(onset))
            heard << *at;
    }
    std::sort(heard.begin(), heard.end());
    const std::int64_t window = std::int64_t(ToneBursts::kPeriodMs) * 1'000'000 / 2;
    QList<double> delays;
    for (qsizetype onset : ToneBursts::onsets(mouth.pcm.samples, mouth.pcm.sampleRate)) {
        const auto sent = mouth.writtenAtNs(onset);
        if (!sent || *sent < fromNs || *sent > toNs)
            continue;
        const auto next = std::upper_bound(heard.cbegin(), heard.cend(), *sent);
        if (next != heard.cend() && *next - *sent < window)
            delays << double(*next - *sent) / 1e6;
    }
    return delays;
}

} // namespace ecoute::bench
