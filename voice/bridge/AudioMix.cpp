// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/AudioMix.h"

#include <algorithm>
#include <limits>

namespace ecoute::voice::AudioMix {

using protocol::CallAudio::Call;
using protocol::CallAudio::Route;

QHash<QString, QStringList> speakersByListener(const Call &call)
{
    QHash<QString, QStringList> result;
    for (const Route &route : protocol::CallAudio::routes(call))
        result[route.listener].append(route.speaker);
    return result;
}

QStringList attendantsOfCaller(const Call &call, const QString &callerId)
{
    Call unmuted = call;
    for (protocol::CallAudio::Leg &leg : unmuted.legs)
        leg.muted = false;
    return speakersByListener(unmuted).value(callerId);
}

void mix(std::span<const AudioFrame *const> speakers, AudioFrame &out)
{
    constexpr std::int32_t kMax = std::numeric_limits<std::int16_t>::max();
    constexpr std::int32_t kMin = std::numeric_limits<std::int16_t>::min();
    for (int i = 0; i < kFrameSamples; ++i) {
        std::int32_t sum = 0;
        for (const AudioFrame *frame : speakers)
            sum += (*frame)[i];
        out[i] = static_cast<std::int16_t>(std::clamp(sum, kMin, kMax));
    }
}

} // namespace ecoute::voice::AudioMix
