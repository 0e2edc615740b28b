// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/InbandKeys.h"

namespace ecoute::voice {

InbandKeys::InbandKeys(std::function<void(char key)> onKey) : m_onKey(std::move(onKey))
{
    // Only fails without memory; the call then simply hears no in-band keys.
    (void)dtmf_dec_alloc(m_decoder.out(), kSampleRate, 1, onDigit, this);
}

void InbandKeys::listen(const AudioFrame &frame)
{
    if (m_decoder)
        dtmf_dec_probe(m_decoder.get(), frame.data(), frame.size());
}

void InbandKeys::reset()
{
    if (m_decoder)
        dtmf_dec_reset(m_decoder.get(), kSampleRate, 1);
}

void InbandKeys::onDigit(char digit, void *arg)
{
    auto *self = static_cast<InbandKeys *>(arg);
    if (self->m_onKey)
        self->m_onKey(digit);
}

} // namespace ecoute::voice
