// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/AudioFrame.h"
#include "telephony/LibreRef.h"
#include "telephony/MediaLeg.h"
#include "telephony/SdesCrypto.h"
#include "telephony/SdpNegotiation.h"
#include "telephony/SrtpTransform.h"

/// The shared media parts (telephony/) under the names the bridge has always used.
namespace ecoute::voice {
using telephony::AudioFrame;
using telephony::kFrameMs;
using telephony::kFrameSamples;
using telephony::kSampleRate;
using telephony::LibreRef;
using telephony::MediaLeg;
using telephony::NegotiatedMedia;
using telephony::PortRange;
using telephony::SdpNegotiation;
using telephony::SrtpTransform;
namespace Sdes = telephony::Sdes;
} // namespace ecoute::voice
