// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/CallAudio.h"
#include "voice/bridge/Telephony.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <span>

namespace ecoute::voice {

/// The arithmetic of the per-listener mixer. Which frames go into a listener's sum comes only from
/// protocol::CallAudio; this adds them up.
namespace AudioMix {

/// For each leg of `call` that hears anyone, the legs it hears (CallAudio::routes, grouped by
/// listener, speakers in the order of the call's legs). A leg absent from the map hears nobody.
QHash<QString, QStringList> speakersByListener(const protocol::CallAudio::Call &call);

/// The legs the caller (leg `callerId`) would hear if nobody were muted. While none of them is
/// connected the caller hears the hold tone; a muted volunteer gives the caller silence instead.
/// Empty on hold (CallAudio routes nothing to the caller then).
QStringList attendantsOfCaller(const protocol::CallAudio::Call &call, const QString &callerId);

/// `out` = the sum of `speakers`, sample by sample, in 32 bits and then clamped to 16 bits (tests
/// keep their tones at −10 dBFS or lower so that sums of three stay clear of the clamp).
/// No speakers: silence.
void mix(std::span<const AudioFrame *const> speakers, AudioFrame &out);

} // namespace AudioMix

} // namespace ecoute::voice
