// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace ecoute::telephony {

/// RFC 4733 key presses from telephone-event packets. A press is sent as several packets sharing
/// one RTP timestamp (updates, then three end packets); it is reported once, at the first of them
/// that arrives, whichever it is. Pure: MediaLeg hands it the timestamp and the payload.
class TelephoneEvent
{
public:
    /// The key of event code `event` ('0'-'9', '*', '#', 'A'-'D'); nullopt for other events
    /// (flash, tones), which are no key.
    static std::optional<char> keyOf(std::uint8_t event)
    {
        static constexpr char kKeys[] = "0123456789*#ABCD";
        if (event >= sizeof kKeys - 1)
            return std::nullopt;
        return kKeys[event];
    }

    /// One telephone-event packet. The key when it starts a press not reported yet; nullopt for
    /// the rest of a press, a malformed payload or an event that is no key.
    std::optional<char> take(std::uint32_t rtpTimestamp, const std::uint8_t *payload, std::size_t length)
    {
        if (!payload || length < kPayloadBytes)
            return std::nullopt;
        const std::optional<char> key = keyOf(payload[0]);
        if (!key || (m_havePress && rtpTimestamp == m_pressTimestamp))
            return std::nullopt;
        m_havePress = true;
        m_pressTimestamp = rtpTimestamp;
        return key;
    }

    /// Forgets the last press (a new stream, or the leg stopped).
    void reset() { m_havePress = false; }

private:
    /// event, E/R/volume, duration (16 bits).
    static constexpr std::size_t kPayloadBytes = 4;

    bool m_havePress = false;
    std::uint32_t m_pressTimestamp = 0; ///< RTP timestamp of the press reported last
};

} // namespace ecoute::telephony
