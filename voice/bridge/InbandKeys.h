// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/Telephony.h"

#include <functional>

namespace ecoute::voice {

/// Keys a caller presses, heard as DTMF tones in their audio (librem's Goertzel decoder): for
/// trunks that send keys in-band rather than as RFC 4733 events or SIP INFO. Each press is
/// reported once, when its tone has lasted long enough.
class InbandKeys
{
public:
    explicit InbandKeys(std::function<void(char key)> onKey);
    InbandKeys(const InbandKeys &) = delete;
    InbandKeys &operator=(const InbandKeys &) = delete;

    /// Feeds 20 ms of what the caller said.
    void listen(const AudioFrame &frame);
    /// Forgets a tone half heard (the next frames are not contiguous with the last ones).
    void reset();

private:
    static void onDigit(char digit, void *arg);

    std::function<void(char)> m_onKey;
    LibreRef<struct dtmf_dec> m_decoder;
};

} // namespace ecoute::voice
